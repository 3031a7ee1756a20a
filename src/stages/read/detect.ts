/** What a file is, from its first bytes; the extension only where the bytes do not tell. */
import type { Format } from "./types.js";

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, n: number) => Buffer.from(bytes.subarray(0, n)).toString("latin1");

export interface Detected {
  format: Format;
  /** for an unknown binary: what it seems to be, in words */
  what?: string;
}

/** whether the decode stage reads this file directly (no read step, no text written) */
export function isPlainText(format: Format): boolean {
  return format === "text" || format === "markdown";
}

export function detectFormat(bytes: Uint8Array, path: string): Detected {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "";
  const head = ascii(bytes, 1024);
  // a PDF's header may follow a little junk (the format allows up to 1 KB)
  if (head.includes("%PDF-")) return { format: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // a zip: a Word document holds word/document.xml, named in the archive's first entries
    if (ascii(bytes, 64 * 1024).includes("word/")) return { format: "docx" };
    if (extension === "docx") return { format: "docx" };
    return { format: "unknown", what: ascii(bytes, 64 * 1024).includes("content.xml") ? "an OpenDocument file (.odt)" : "a zip archive" };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { format: "doc" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { format: "image", what: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { format: "image", what: "jpg" };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { format: "image", what: "tif" };
  if (head.startsWith("{\\rtf")) return { format: "unknown", what: "a Rich Text file (.rtf)" };
  // an HTML page: its opening tags, after a BOM, blank space or a comment
  const start = head.replace(/^\ufeff|^\xef\xbb\xbf/, "").replace(/^\s+/, "").slice(0, 512).toLowerCase();
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body|meta|title)\b/.test(start)) return { format: "html" };
  if (extension === "html" || extension === "htm" || extension === "xhtml") return { format: "html" };
  if (extension === "md" || extension === "markdown") return { format: "markdown" };
  return { format: "text" };
}
