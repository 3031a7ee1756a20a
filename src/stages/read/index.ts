/**
 * read: a published file to the text the pipeline reads, before decode. Text and
 * markdown pass through untouched (decode reads their bytes, as before); a PDF's text
 * layer, a scan (through OCR), a Word document and a web page become markdown-ish text,
 * tables as pipe tables, with the page and box of every stretch for a PDF or a scan.
 *
 * Every file read says what it was read as (`read-format`, info); what cannot be read is
 * one error naming the fix:
 *   read-doc-unsupported     error  an old Word .doc (binary): save it as .docx
 *   read-pdf-encrypted       error  a PDF locked with a password
 *   read-pdf-damaged         error  a PDF that pdf.js cannot open
 *   read-ocr-unavailable     error  a scan, and no Tesseract (or its Vietnamese data, or pdftoppm)
 *   read-unsupported         error  a zip that is not a Word document, an .odt, an .rtf
 *   read-empty               error  a PDF, document or page without text
 *
 * A reading is cached by the file's sha256 and the versions of what read it (`cacheDir`),
 * so a rebuild does not parse an unchanged PDF again.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { decode } from "../decode/index.js";
import type { Problem } from "../../messages.js";
import { assemble } from "./assemble.js";
import { detectFormat, isPlainText } from "./detect.js";
import { readHtml } from "./html.js";
import { ocrImage, ocrPdf, ocrTools } from "./ocr.js";
import { LOW_CONFIDENCE } from "./locate.js";
import { PdfEncrypted, pdfjsVersion, textLayer } from "./pdf.js";
import type { Format, Layout, Page, Read } from "./types.js";

export type { Box, Format, Layout, Read, Span } from "./types.js";
export { detectFormat, isPlainText } from "./detect.js";
export { locate, type Located } from "./locate.js";
export { LOW_CONFIDENCE } from "./locate.js";

/** bumped whenever a reader's output changes: part of the cache key */
export const READER_VERSION = "1";

export interface ReadOptions {
  /** the file's path (its extension is the second clue to its format) */
  path: string;
  /** the bytes' sha256, when the caller has it */
  sha256?: string;
  /** a folder for readings kept between builds; none: no cache */
  cacheDir?: string;
  /** the readers' versions (`readerVersions()`), found once for a batch of files */
  versions?: ReaderVersions;
}

/** what the cache key holds besides the bytes: a new reader reads again */
export interface ReaderVersions {
  reader: string;
  pdfjs: string;
  ocr: string;
}

export async function readerVersions(): Promise<ReaderVersions> {
  const ocr = await ocrTools(true);
  return { reader: READER_VERSION, pdfjs: await pdfjsVersion(), ocr: "version" in ocr ? ocr.version : `none (${ocr.missing})` };
}

export async function readInput(bytes: Uint8Array, options: ReadOptions): Promise<Read> {
  const detected = detectFormat(bytes, options.path);
  const format = detected.format;
  if (isPlainText(format)) return { format, text: null, layout: null, problems: [] };
  if (format === "doc")
    return failure(format, "read-doc-unsupported", "an old Word document (.doc, binary format), which cannot be read: save it as .docx (Word or LibreOffice: Save As › Word Document; or `soffice --headless --convert-to docx FILE`) and build again");
  if (format === "unknown")
    return failure(format, "read-unsupported", `${detected.what ?? "an unknown binary format"}, which cannot be read: save it as PDF, DOCX, HTML or text and build again`);

  const cacheFile = options.cacheDir ? join(options.cacheDir, `${cacheKey(bytes, options.versions ?? (await readerVersions()), options.sha256)}.json`) : null;
  if (cacheFile) {
    const cached = await readFile(cacheFile, "utf8").then((s) => JSON.parse(s) as Read, () => null);
    if (cached) return cached;
  }
  const read = await readFresh(bytes, format, detected.what ?? "");
  // an error may be the machine's (no Tesseract): only a reading is kept
  if (cacheFile && !read.problems.some((p) => p.severity === "error")) {
    await mkdir(options.cacheDir!, { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(read));
    await rename(temp, cacheFile);
  }
  return read;
}

function cacheKey(bytes: Uint8Array, versions: ReaderVersions, sha256?: string): string {
  const hash = sha256 ?? createHash("sha256").update(bytes).digest("hex");
  const tools = [versions.reader, versions.pdfjs, versions.ocr].join("|");
  return `${hash}-${createHash("sha256").update(tools).digest("hex").slice(0, 12)}`;
}

function failure(format: Format, ruleId: string, reason: string): Read {
  return { format, text: null, layout: null, problems: [{ ruleId, severity: "error", reason }] };
}

async function readFresh(bytes: Uint8Array, format: Format, what: string): Promise<Read> {
  switch (format) {
    case "pdf":
      return readPdf(bytes);
    case "image":
      return readScan(bytes, "image", what);
    case "docx":
      return readDocx(bytes);
    case "html":
      return readPage(bytes);
    default:
      return failure(format, "read-unsupported", "a format that cannot be read");
  }
}

async function readPdf(bytes: Uint8Array): Promise<Read> {
  let layer;
  try {
    layer = await textLayer(bytes);
  } catch (error) {
    if (error instanceof PdfEncrypted)
      return failure("pdf", "read-pdf-encrypted", "the PDF is encrypted with a password and cannot be read: save an unlocked copy (`qpdf --decrypt --password=PASSWORD in.pdf out.pdf`) and build again");
    const reason = error instanceof Error ? error.message : String(error);
    return failure("pdf", "read-pdf-damaged", `the PDF cannot be opened (${reason}): save it again from its source, or print it to a new PDF`);
  }
  if (layer.scan) return readScan(bytes, "pdf-scan", "pdf");
  return fromPages("pdf", layer.pages, `read as PDF (text layer): ${plural(layer.pages.length, "page")}`);
}

async function readScan(bytes: Uint8Array, format: Format, what: string): Promise<Read> {
  const kind = format === "pdf-scan" ? "a scanned PDF (no text layer)" : `an image (${what.toUpperCase()})`;
  const tools = await ocrTools(format === "pdf-scan");
  if ("missing" in tools) return failure(format, "read-ocr-unavailable", `${kind} needs OCR to be read: ${tools.missing}`);
  let pages: Page[];
  try {
    pages = format === "pdf-scan" ? await ocrPdf(bytes) : await ocrImage(bytes, what);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return failure(format, "read-ocr-failed", `${kind} could not be read by OCR (${reason})`);
  }
  const words = pages.flatMap((p) => p.items);
  const mean = words.length ? Math.round(words.reduce((n, w) => n + (w.confidence ?? 0), 0) / words.length) : 0;
  const low = words.filter((w) => (w.confidence ?? 100) < LOW_CONFIDENCE).length;
  return fromPages(
    format,
    pages,
    `read ${kind} by OCR (${tools.version}, Vietnamese): ${plural(pages.length, "page")}, ${plural(words.length, "word")}, mean confidence ${mean}, ${low} below ${LOW_CONFIDENCE}`,
  );
}

function fromPages(format: Format, pages: Page[], said: string): Read {
  const { text, layout } = assemble(pages);
  if (text.trim() === "") return failure(format, "read-empty", `${said}, but no text on any page`);
  return { format, text, layout, problems: [{ ruleId: "read-format", severity: "info", reason: said }] };
}

async function readDocx(bytes: Uint8Array): Promise<Read> {
  const mammoth = (await import("mammoth")).default;
  let html: string;
  let notes: string[];
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
    notes = result.messages.filter((m) => m.type === "error").map((m) => m.message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure("docx", "read-unsupported", `the Word document cannot be opened (${reason}): save it again as .docx`);
  }
  const { text, tables } = readHtml(html);
  if (text.trim() === "") return failure("docx", "read-empty", "read as DOCX, but the document has no text");
  const problems: Problem[] = [{ ruleId: "read-format", severity: "info", reason: `read as DOCX: ${plural(tables, "table")}` }];
  if (notes.length) problems.push({ ruleId: "read-format", severity: "info", reason: `the Word reader noted: ${notes.slice(0, 3).join("; ")}` });
  return { format: "docx", text, layout: null, problems };
}

function readPage(bytes: Uint8Array): Read {
  const decoded = decode(bytes);
  if (decoded.problems.some((p) => p.severity === "error")) return { format: "html", text: null, layout: null, problems: decoded.problems };
  const { text, tables } = readHtml(decoded.text);
  if (text.trim() === "") return failure("html", "read-empty", "read as an HTML page, but it holds no text outside the site's menus and links");
  return { format: "html", text, layout: null, problems: [{ ruleId: "read-format", severity: "info", reason: `read as an HTML page (${decoded.encoding}): the document's body without the site around it, ${plural(tables, "table")}` }] };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export type { Layout as ReadLayout };
