/**
 * How well each published form gives the targets the text gives: every corpus document
 * rendered by scripts/render-formats.mjs (pdf, scan, docx, html), read back through the
 * read stage and the pipeline, its targets matched to the text's on (value, max, unit,
 * comparator, year, scope, indicator). Prints a markdown table: precision, recall and F1
 * per form, and the seconds each form took to read.
 *
 *   npx tsx scripts/measure-formats.ts [--forms pdf,scan,docx,html] [--out DIR] [FILE.txt …]
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { extract, extractFile } from "../src/pipeline.js";
import type { Target } from "../src/schema/document.js";
// @ts-expect-error: a script of plain JavaScript
import { render } from "./render-formats.mjs";

export const FORM_FILES: Record<string, string> = { pdf: ".pdf", scan: ".scan.pdf", docx: ".docx", html: ".html" };

export const key = (t: Target) => [t.value, t.max, t.unit, t.comparator, t.year, t.scope, t.indicator].join("|");

/** matched targets as multisets of their keys */
export function agreement(expected: Target[], got: Target[]): { tp: number; fp: number; fn: number; missed: string[]; extra: string[] } {
  const want = new Map<string, number>();
  for (const t of expected) want.set(key(t), (want.get(key(t)) ?? 0) + 1);
  let tp = 0;
  const extra: string[] = [];
  for (const t of got) {
    const n = want.get(key(t)) ?? 0;
    if (n > 0) {
      tp++;
      want.set(key(t), n - 1);
    } else extra.push(`${key(t)}  «${t.text.slice(0, 80)}»`);
  }
  const missed = [...want].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  return { tp, fp: got.length - tp, fn: expected.length - tp, missed, extra };
}

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      forms: { type: "string", default: "pdf,scan,docx,html" },
      out: { type: "string", default: "/tmp/nghiquyet-forms" },
      verbose: { type: "boolean", default: false },
      // readings kept here (the texts read can be looked at, and a second run reads no PDF again)
      cache: { type: "string" },
      "no-render": { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  const files = positionals.length ? positionals : readdirSync("corpus").filter((f) => f.endsWith(".txt")).sort().map((f) => join("corpus", f));
  const forms = values.forms!.split(",");
  if (!values["no-render"]) await render(files, { out: values.out, forms });
  const rows: string[] = ["| form | documents | targets (text) | found | precision | recall | F1 | seconds to read |", "| --- | --- | --- | --- | --- | --- | --- | --- |"];
  for (const form of forms) {
    let tp = 0, fp = 0, fn = 0, expectedAll = 0, seconds = 0;
    for (const file of files) {
      const name = basename(file).replace(/\.txt$/, "");
      const expected = extract(readFileSync(file), { path: basename(file) }).document.targets;
      const bytes = readFileSync(join(values.out!, name + FORM_FILES[form]));
      const t0 = performance.now();
      const { document } = await extractFile(bytes, { path: name + FORM_FILES[form], cacheDir: values.cache });
      seconds += (performance.now() - t0) / 1000;
      const a = agreement(expected, document.targets);
      tp += a.tp; fp += a.fp; fn += a.fn; expectedAll += expected.length;
      if (values.verbose && (a.missed.length || a.extra.length)) {
        console.error(`${form} ${name}: missed ${a.missed.length}, extra ${a.extra.length}`);
        for (const m of a.missed) console.error(`  - ${m}`);
        for (const e of a.extra) console.error(`  + ${e}`);
        for (const m of document.messages.filter((m) => m.severity !== "info")) console.error(`  ! ${m.ruleId}: ${m.reason}`);
      }
    }
    const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1), f1 = p + r ? (2 * p * r) / (p + r) : 0;
    rows.push(`| ${form} | ${files.length} | ${expectedAll} | ${tp + fp} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1.toFixed(3)} | ${seconds.toFixed(1)} |`);
  }
  console.log(rows.join("\n"));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
