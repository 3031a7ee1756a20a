/**
 * Every development document in the forms provinces publish it (scripts/render-formats.mjs:
 * a PDF printed by Chromium from an administrative layout, a DOCX, a legal-database page,
 * and that PDF rasterized to a 200-dpi scan) gives the targets its text gives, on
 * (value, max, unit, comparator, year, scope, indicator): F1 ≥ 0.99, ≥ 0.95 for the scan.
 * Each PDF target's box holds its number on its page (read back with pdf.js), and every
 * position slices its literal out of the text read.
 *
 * Needs /usr/bin/chromium (.ci/install-chromium.sh); the scan also needs Tesseract with its
 * Vietnamese data and pdftoppm (.ci/install-ocr.sh). OCR reads one document (the
 * shortest): ~1 minute on two cores; the whole corpus is scripts/measure-formats.ts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extract, extractFile } from "../../src/pipeline.js";
import type { Document, Target } from "../../src/schema/document.js";
import { agreement, FORM_FILES } from "../../scripts/measure-formats.js";
// @ts-expect-error: a script of plain JavaScript
import { render } from "../../scripts/render-formats.mjs";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const has = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    return null;
  }
};
const HAVE_OCR = HAVE_CHROMIUM && has("pdftoppm", ["-v"]) !== null && (has("tesseract", ["--list-langs"]) ?? "").split(/\s+/).includes("vie");
if (!HAVE_CHROMIUM) console.warn(`test/read/formats.test.ts: skipped, ${CHROMIUM} is absent (install it: bash .ci/install-chromium.sh)`);
else if (!HAVE_OCR) console.warn("test/read/formats.test.ts: the scan is skipped, Tesseract (vie) or pdftoppm is absent (install them: bash .ci/install-ocr.sh)");

const corpus = readdirSync("corpus").filter((f) => f.endsWith(".txt")).sort().map((f) => join("corpus", f));
const shortest = [...corpus].sort((a, b) => readFileSync(a).length - readFileSync(b).length)[0];
const expected = new Map(corpus.map((f) => [basename(f, ".txt"), extract(readFileSync(f), { path: basename(f) }).document.targets]));

let dir = "";
const read = new Map<string, { document: Document; text: string | null }>();

async function readForm(name: string, form: string) {
  const key = `${name}${FORM_FILES[form]}`;
  if (!read.has(key)) read.set(key, await extractFile(readFileSync(join(dir, key)), { path: key }));
  return read.get(key)!;
}

function f1(form: string, names: string[]): { f1: number; detail: string } {
  let tp = 0, fp = 0, fn = 0;
  const detail: string[] = [];
  for (const name of names) {
    const a = agreement(expected.get(name)!, read.get(`${name}${FORM_FILES[form]}`)!.document.targets);
    tp += a.tp; fp += a.fp; fn += a.fn;
    if (a.missed.length || a.extra.length) detail.push(`${name}: missed ${a.missed.join(", ")}; extra ${a.extra.join(", ")}`);
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, detail: detail.join("\n") };
}

describe.skipIf(!HAVE_CHROMIUM)("each published form gives the text's targets", () => {
  const names = corpus.map((f) => basename(f, ".txt"));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nghiquyet-formats-"));
    await render(corpus, { out: dir, forms: ["pdf", "docx", "html"] });
    if (HAVE_OCR) await render([shortest], { out: dir, forms: ["scan"] });
    for (const name of names) for (const form of ["pdf", "docx", "html"]) await readForm(name, form);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(["pdf", "docx", "html"])("%s: F1 ≥ 0.99 against the text", (form) => {
    const { f1: score, detail } = f1(form, names);
    expect(score, detail).toBeGreaterThanOrEqual(0.99);
  });

  test.each(["pdf", "docx", "html"])("%s: each document says what it was read as, and every position slices its literal out of the text read", (form) => {
    for (const name of names) {
      const { document, text } = read.get(`${name}${FORM_FILES[form]}`)!;
      expect(document.source.format).toBe(form);
      expect(document.messages.find((m) => m.ruleId === "read-format")?.severity).toBe("info");
      for (const t of document.targets) expect(text!.slice(t.position.start.offset, t.position.end.offset).replace(/[*_]/g, "")).toBe(t.literal);
    }
  });

  test("pdf: every target's page and box hold its number (the words there, read back with pdf.js)", async () => {
    const { getDocumentProxy } = await import("unpdf");
    for (const name of names) {
      const { document } = read.get(`${name}.pdf`)!;
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(dir, `${name}.pdf`))));
      for (const t of document.targets) {
        expect(t.page, t.literal).toBeGreaterThanOrEqual(1);
        // a glyph the font lacks comes in a run of its own ("đ", "ế", "n"): compared without spaces
        const words = (await wordsIn(pdf, t)).replace(/\s+/g, "");
        expect(words, `${name} ${t.literal} p.${t.page} ${t.bbox}`).toContain(t.literal.replace(/\s*%$/, "").replace(/^\D+/, "").replace(/\s+/g, ""));
      }
      await pdf.destroy();
    }
  });

  test.skipIf(!HAVE_OCR)("scan: F1 ≥ 0.95 against the text, every target on a page with its OCR confidence", async () => {
    const name = basename(shortest, ".txt");
    const { document } = await readForm(name, "scan");
    expect(document.source.format).toBe("pdf-scan");
    const { f1: score, detail } = f1("scan", [name]);
    expect(score, detail).toBeGreaterThanOrEqual(0.95);
    for (const t of document.targets) {
      expect(t.page).toBeGreaterThanOrEqual(1);
      expect(t.confidence).toBeTypeOf("number");
    }
  }, 300_000);
});

/** the text of the runs on the target's page whose boxes overlap its box */
async function wordsIn(pdf: Awaited<ReturnType<typeof import("unpdf").getDocumentProxy>>, t: Target): Promise<string> {
  const page = await pdf.getPage(t.page!);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const [x0, y0, x1, y1] = t.bbox!;
  const hits: string[] = [];
  for (const item of content.items) {
    if (!("str" in item)) continue;
    const [, , , d, e, f] = item.transform as number[];
    // the run's box in PDF space, turned to the page's bottom-left origin
    const [, top] = viewport.convertToViewportPoint(e, f);
    const baseline = viewport.height - top;
    const size = Math.abs(d) || item.height;
    if (e <= x1 && e + item.width >= x0 && baseline - 0.2 * size <= y1 && baseline + 0.8 * size >= y0) hits.push(item.str);
  }
  return hits.join(" ");
}
