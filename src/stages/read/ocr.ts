/**
 * OCR of scans: Tesseract with its Vietnamese data reads each page image into words with
 * boxes and confidence (its TSV output); a scanned PDF is first rasterized by poppler's
 * pdftoppm. Both are programs on the user's machine: when one is missing, `ocrTools`
 * says which and how to install it, and nothing is read.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Item, Page } from "./types.js";
import { misreadNumeral } from "../../../grammars/ocr.js";

const run = promisify(execFile);

/**
 * the resolution the pages of a scanned PDF are rasterized at: Tesseract reads best at
 * about 300 dpi, and a 200-dpi scan upsampled to it reads better than as it is ("II-"
 * read as "I-" at 200, right at 300, for the same CPU time within 10%)
 */
export const OCR_DPI = 300;
/** a word of no letter or digit read with less confidence than this is a speck, not text */
const SPECK_CONFIDENCE = 50;
/** a line of words without two letters together, read with less mean confidence than this, is specks */
const LINE_CONFIDENCE = 65;
/** Tesseract's language data for Vietnamese */
const LANGUAGE = "vie";
const INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils";

export interface OcrTools {
  /** "tesseract 5.3.0", part of the read cache's key */
  version: string;
}

/** the OCR tools, or why they cannot be used (with the command that installs them) */
export async function ocrTools(needPdf: boolean): Promise<OcrTools | { missing: string }> {
  let version: string;
  try {
    const { stdout, stderr } = await run("tesseract", ["--version"]);
    version = (stdout || stderr).split("\n")[0].trim();
  } catch {
    return { missing: `Tesseract is not installed (on Debian or Ubuntu: ${INSTALL})` };
  }
  try {
    const { stdout } = await run("tesseract", ["--list-langs"]);
    if (!stdout.split(/\s+/).includes(LANGUAGE)) return { missing: `Tesseract has no Vietnamese data (on Debian or Ubuntu: apt-get install tesseract-ocr-vie)` };
  } catch {
    return { missing: `Tesseract cannot list its languages (on Debian or Ubuntu: ${INSTALL})` };
  }
  if (needPdf) {
    try {
      await run("pdftoppm", ["-v"]);
    } catch {
      return { missing: `poppler's pdftoppm is not installed, to turn the scan's pages into images (on Debian or Ubuntu: apt-get install poppler-utils)` };
    }
  }
  return { version };
}

/** the words of each page of a scanned PDF */
export async function ocrPdf(bytes: Uint8Array): Promise<Page[]> {
  const dir = await mkdtemp(join(tmpdir(), "nghiquyet-ocr-"));
  try {
    await writeFile(join(dir, "scan.pdf"), bytes);
    await run("pdftoppm", ["-r", String(OCR_DPI), "-gray", "-png", join(dir, "scan.pdf"), join(dir, "page")], { maxBuffer: 1 << 20 });
    const images = (await readdir(dir)).filter((f) => f.startsWith("page") && f.endsWith(".png")).sort(byPageNumber);
    return (await inOrder(images.map((f) => () => ocrImageFile(join(dir, f), OCR_DPI)))).flat();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** the words of an image file (PNG, JPEG, TIFF: one page each, or each page of a TIFF) */
export async function ocrImage(bytes: Uint8Array, extension: string): Promise<Page[]> {
  const dir = await mkdtemp(join(tmpdir(), "nghiquyet-ocr-"));
  try {
    const path = join(dir, `image.${extension}`);
    await writeFile(path, bytes);
    return await ocrImageFile(path, null);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** two pages at a time: Tesseract runs one thread per page here */
async function inOrder<T>(tasks: Array<() => Promise<T>>, parallel = 2): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const k = next++;
      results[k] = await tasks[k]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, tasks.length) }, worker));
  return results;
}

const byPageNumber = (a: string, b: string) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, ""));

/** the pages of an image file (a TIFF may hold several) */
async function ocrImageFile(path: string, dpi: number | null): Promise<Page[]> {
  const args = [path, "stdout", "-l", LANGUAGE, "--psm", "3"];
  if (dpi !== null) args.push("--dpi", String(dpi));
  args.push("tsv");
  const { stdout } = await run("tesseract", args, { maxBuffer: 64 << 20, env: { ...process.env, OMP_THREAD_LIMIT: "1" } });
  // an image without a known resolution: its pixels are taken as points
  const [head, ...rows] = stdout.split("\n");
  const byPage = new Map<string, string[]>();
  for (const r of rows) {
    const page = r.split("\t")[1];
    if (page !== undefined) byPage.set(page, [...(byPage.get(page) ?? [head]), r]);
  }
  return [...byPage.values()].map((lines) => parseTsv(lines.join("\n"), dpi ?? 72));
}

/**
 * Tesseract's TSV: one row per page, block, paragraph, line and word (level 1 to 5), with
 * its box in pixels and, for a word, its confidence; boxes go to points at `dpi`
 */
export function parseTsv(tsv: string, dpi: number): Page {
  const scale = 72 / dpi;
  const page: Page = { width: 0, height: 0, items: [] };
  const lineHeights = new Map<string, number>();
  const rows = tsv.split("\n").slice(1).map((r) => r.split("\t"));
  for (const r of rows) {
    if (r.length < 12) continue;
    const [level, , block, par, line, , , , width, height] = r.map(Number);
    if (level === 1) {
      page.width = width * scale;
      page.height = height * scale;
    }
    if (level === 4) lineHeights.set(`${block}.${par}.${line}`, height * scale);
  }
  for (const r of rows) {
    if (r.length < 12 || r[0] !== "5") continue;
    const text = r.slice(11).join("\t").trim();
    if (text === "") continue;
    const [, , block, par, line, , left, top, width, height, conf] = r.map(Number);
    if (conf < SPECK_CONFIDENCE && !/[\p{L}\p{N}]/u.test(text)) continue;
    const lineHeight = lineHeights.get(`${block}.${par}.${line}`) ?? height * scale;
    page.items.push({
      str: text.normalize("NFC"),
      x0: left * scale,
      y0: top * scale,
      x1: (left + width) * scale,
      y1: (top + height) * scale,
      // a word's font size, from its line's height (capitals and descenders included)
      size: lineHeight * 0.8,
      confidence: Math.max(0, Math.round(conf)),
      line: `${block}.${par}.${line}`,
    });
  }
  page.items = withoutSpeckLines(page.items, lineHeights);
  mendNumerals(page.items);
  return page;
}

/** a heading's Roman numeral misread ("H. QUAN ĐIỂM" for "II. QUAN ĐIỂM"), mended */
function mendNumerals(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const first = items[i];
    if (i > 0 && items[i - 1].line === first.line) continue;
    const next = items[i + 1];
    if (!next || next.line !== first.line || !/^\p{Lu}{2}/u.test(next.str) || next.str !== next.str.toUpperCase()) continue;
    const m = misreadNumeral.at(first.str, 0);
    if (m && m.end === first.str.length) first.str = m.reading.mended as string;
  }
}

/**
 * Tesseract reads the tone marks of a line whose letters it misplaced as a line of their
 * own ("2 r2. ~Z ^ z x ~"): a line less than half as tall as most, or one with no word of
 * two letters read with some confidence and low confidence on the whole
 */
function withoutSpeckLines(items: Item[], heights: Map<string, number>): Item[] {
  const typical = [...heights.values()].sort((a, b) => a - b)[heights.size >> 1] ?? 0;
  const lines = new Map<string, Item[]>();
  for (const it of items) lines.set(it.line!, [...(lines.get(it.line!) ?? []), it]);
  const specks = new Set<string>();
  for (const [key, words] of lines) {
    const mean = words.reduce((n, w) => n + (w.confidence ?? 0), 0) / words.length;
    if (mean < LINE_CONFIDENCE && !words.some((w) => /\p{L}{2}/u.test(w.str) && (w.confidence ?? 0) >= SPECK_CONFIDENCE)) specks.add(key);
    else if ((heights.get(key) ?? typical) < typical * 0.5 && mean < LINE_CONFIDENCE + 15) specks.add(key);
  }
  return specks.size ? items.filter((it) => !specks.has(it.line!)) : items;
}
