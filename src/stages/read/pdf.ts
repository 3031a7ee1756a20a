/**
 * A PDF's text layer through pdf.js (as unpdf packages it for Node, without a worker):
 * every text run with its page and box, to the layout assembler. A PDF whose pages carry
 * (almost) no text is a scan: `textLayer` says so by returning null.
 */
import type { Item, Page } from "./types.js";

/** fewer characters than this per page on average, and a PDF is read as a scan */
export const SCAN_CHARS_PER_PAGE = 40;

export class PdfEncrypted extends Error {}

/** the version of pdf.js that reads the text layer: part of the read cache's key */
export async function pdfjsVersion(): Promise<string> {
  const { getResolvedPDFJS } = await import("unpdf");
  return (await getResolvedPDFJS()).version;
}

/** the pages' text runs, or null when the PDF has no text layer worth reading (a scan) */
export async function textLayer(bytes: Uint8Array): Promise<{ pages: Page[]; scan: boolean }> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf;
  try {
    // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes whole
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, useSystemFonts: false });
  } catch (error) {
    if ((error as { name?: string }).name === "PasswordException") throw new PdfEncrypted("the PDF is encrypted with a password");
    throw error;
  }
  try {
    const pages: Page[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!("str" in raw) || raw.str === "") continue;
        const [, , c, d, e, f] = raw.transform as number[];
        const size = Math.hypot(c, d) || raw.height || 10;
        // the run's box in PDF space (baseline, ascent and descent of its font size) to the viewport's top-left space
        const [ax, ay] = viewport.convertToViewportPoint(e, f - 0.2 * size);
        const [bx, by] = viewport.convertToViewportPoint(e + raw.width, f + 0.8 * size);
        items.push({ str: raw.str, x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by), size });
        chars += raw.str.trim().length;
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return { pages, scan: chars < SCAN_CHARS_PER_PAGE * Math.max(1, pdf.numPages) };
  } finally {
    await pdf.destroy();
  }
}
