/**
 * npm run bench, second part: the published forms. The development documents printed to
 * PDF (scripts/render-formats.mjs) are read through the read stage: pages per second of
 * a PDF's text layer (pdf.js and the layout assembler, no cache; median of 3), seconds per
 * page of a scan's OCR (the shortest document, once; skipped without Tesseract), and a
 * build of N distinct PDFs twice into one output folder: the second finds every reading
 * in the cache and parses no PDF again.
 *
 *   tsx bench/formats.ts [--pdfs N] [--runs N] [--no-scan]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readInput } from "../src/stages/read/index.js";
// @ts-expect-error: a script of plain JavaScript
import { render } from "../scripts/render-formats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: { pdfs: { type: "string", default: "100" }, runs: { type: "string", default: "3" }, "no-scan": { type: "boolean", default: false } },
});
const line = (label: string, value: string) => console.log(`${label.padEnd(22)}${value}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const work = mkdtempSync(join(tmpdir(), "nghiquyet-bench-formats-"));

try {
  const seeds = readdirSync(join(root, "corpus")).filter((f) => f.endsWith(".txt")).sort().map((f) => join(root, "corpus", f));
  const forms = join(work, "forms");
  await render(seeds, { out: forms, forms: ["pdf"] });
  const pdfs = seeds.map((s) => join(forms, `${basename(s, ".txt")}.pdf`));

  // the text layer: every seed PDF read, no cache
  await readInput(readFileSync(pdfs[0]), { path: "warm.pdf" });
  const times: number[] = [];
  let pages = 0;
  for (let r = 0; r < Math.max(1, Number(values.runs)); r++) {
    const start = performance.now();
    pages = 0;
    for (const p of pdfs) pages += (await readInput(readFileSync(p), { path: basename(p) })).layout?.pages.length ?? 0;
    times.push(performance.now() - start);
  }
  const t = median(times) / 1000;
  line("PDF text layer", `${pages} pages of ${pdfs.length} PDFs in ${t.toFixed(2)} s (median of ${times.length}): ${(pages / t).toFixed(1)} pages/s`);

  // a scan: the shortest seed, rasterized at 200 dpi and read by Tesseract
  const tesseract = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" });
  if (values["no-scan"]) line("scan OCR", "skipped (--no-scan)");
  else if (tesseract.status !== 0 || !tesseract.stdout.split(/\s+/).includes("vie")) line("scan OCR", "skipped: Tesseract with Vietnamese data is not installed (bash .ci/install-ocr.sh)");
  else {
    const shortest = [...seeds].sort((a, b) => readFileSync(a).length - readFileSync(b).length)[0];
    await render([shortest], { out: forms, forms: ["scan"] });
    const scan = readFileSync(join(forms, `${basename(shortest, ".txt")}.scan.pdf`));
    const start = performance.now();
    const read = await readInput(scan, { path: "scan.pdf" });
    const s = (performance.now() - start) / 1000;
    const n = read.layout?.pages.length ?? 0;
    line("scan OCR", `${n} pages in ${s.toFixed(1)} s: ${(s / Math.max(1, n)).toFixed(1)} s/page (a 200-dpi scan read at 300 dpi, ${execFileSync("tesseract", ["--version"], { encoding: "utf8" }).split("\n")[0]})`);
  }

  // N distinct PDFs (a comment appended after %%EOF changes their sha256), built twice
  const count = Math.max(1, Number(values.pdfs));
  const corpus = join(work, "corpus");
  mkdirSync(corpus);
  for (let i = 0; i < count; i++) {
    const from = pdfs[i % pdfs.length];
    const to = join(corpus, `${String(i).padStart(4, "0")}-${basename(from)}`);
    copyFileSync(from, to);
    writeFileSync(to, `\n%copy ${i}\n`, { flag: "a" });
  }
  const out = join(work, "output");
  const buildOnce = () => {
    const start = performance.now();
    const r = spawnSync(process.execPath, [join(root, "bin", "nghiquyet.js"), "build", "--corpus", corpus, "--out", out], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`build failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
    return (performance.now() - start) / 1000;
  };
  const first = buildOnce();
  const second = buildOnce();
  const cached = readdirSync(join(out, ".cache", "read")).length;
  line(`build ${count} PDFs`, `${first.toFixed(1)} s; again, unchanged: ${second.toFixed(1)} s (${cached} readings in ${join("OUT", ".cache", "read")}, no PDF parsed)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
