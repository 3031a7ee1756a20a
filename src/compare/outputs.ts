/**
 * The build outputs of the comparison: comparison.json and its JSON Schema, comparison.csv,
 * and the HTML report (report.html and its pages in report/).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Body, Document } from "../schema/document.js";
import { csvOfRows, renderCsvChunks } from "../report/csv.js";
import { jsonOfRows, renderJsonChunks } from "../report/json.js";
import { reportPageParts, sourceLinks, type ReportOptions } from "../report/site/index.js";
import { DIR, OVERVIEW, pages } from "../report/site/links.js";
import { indicatorSpec } from "../report/site/indicator.js";
import { matrixLines, matrixSpecOf } from "../report/site/matrix.js";
import { overviewSpec, type OverviewRow } from "../report/site/overview.js";
import { pageParts } from "../report/site/page.js";
import { provinceSpecOf, provinceTargetLine, type ProvinceRow } from "../report/site/province.js";
import { indicatorLabel } from "./labels.js";
import { compare, type Comparing } from "./rows.js";
import type { SpillFiles } from "./spill.js";
import { comparisonJsonSchema } from "../schema/comparison.js";
import type { CompareOptions, Comparison, DocumentRef, Row } from "./types.js";

/** the files at the top of the output folder; the report's other pages are in report/ */
export const OUTPUT_FILES = ["comparison.json", "comparison.schema.json", "comparison.csv", "report.html"] as const;
/** the folder of the report's pages, emptied before they are written (no page of an earlier build stays) */
export const REPORT_DIR = DIR;

export interface OutputOptions extends CompareOptions {
  /** the decoded raw text of a document by source path, for the report's source pages; null when not at hand */
  text?: (path: string) => string | null;
  /** a source page the caller puts in place itself (true) is not made (src/report/site/index.ts) */
  placeSource?: ReportOptions["placeSource"];
}

/**
 * The files as name → content, one at a time (the report's pages are many), the two long
 * ones (comparison.json, comparison.csv) as pieces of their text: what a build writes,
 * without every file's text in memory at once (docs/bench.md, memory). The four of
 * OUTPUT_FILES first, then report/…; same documents, same bytes (no timestamps).
 */
export function comparisonFiles(docs: Document[], options: OutputOptions = {}): Generator<[name: string, content: string | Iterable<string>]> {
  return comparisonFilesOf(compare(docs, options), docs, options);
}

/**
 * The same files of a comparison made already. The report reads of `docs` only their
 * bodies (province pages) and, for the source pages the caller does not place, their
 * targets: a caller that places them all may pass documents without targets.
 */
export function* comparisonFilesOf(comparison: Comparison, docs: Document[], options: Pick<OutputOptions, "text" | "placeSource"> = {}): Generator<[name: string, content: string | Iterable<string>]> {
  yield ["comparison.json", renderJsonChunks(comparison)];
  yield ["comparison.schema.json", JSON.stringify(comparisonJsonSchema(), null, 2) + "\n"];
  yield ["comparison.csv", renderCsvChunks(comparison)];
  yield* reportPageParts(comparison, { documents: docs, text: options.text, placeSource: options.placeSource });
}

/** a file made whole in the spill's folder: moved into place, not copied */
export interface SpilledFile {
  file: string;
}

export interface GroupedOutputOptions {
  /** where what is made before its file is written waits (comparison.json's rows, each province's table) */
  spill: SpillFiles;
  /** the bodies of a compared document, for its province's page */
  bodies: (path: string) => Body[];
  /** puts each document's source page in place (a build's workers made it): none is made here */
  placeSource: (ref: DocumentRef, name: string) => void;
}

/**
 * The files of comparisonFiles, of a comparison made an indicator at a time (`comparing`,
 * every document added): what is held at once is one indicator's rows, not all of them
 * (docs/bench.md, memory). Each indicator's page comes as its rows are made, then the
 * other files in the order of comparisonFiles; same documents, same bytes.
 */
export function* comparisonFilesByGroup(comparing: Comparing, options: GroupedOutputOptions): Generator<[name: string, content: string | Iterable<string> | SpilledFile]> {
  const { spill } = options;
  const head = comparing.head();
  const refs = head.provinces.flatMap((p) => p.documents);
  const links = sourceLinks(refs.map((d) => d.path));
  const json = jsonOfRows(head);
  const csv = csvOfRows(head);
  spill.append("json", json.head);
  spill.append("csv", csv.head + "\n");
  const menu = comparing.indicators().map((id): [string, Row["label"]] => [id, indicatorLabel(id)]);
  const matrixLine = matrixLines(head, links);
  const matrix: { rows: Array<Pick<Row, "year" | "scope">>; lines: string[] } = { rows: [], lines: [] };
  const overview: OverviewRow[] = [];
  const provinces = new Map(head.provinces.map((p) => [p.slug, { rows: [] as ProvinceRow[], targets: 0 }]));
  for (const rows of comparing.groups()) {
    for (const row of rows) {
      for (const piece of json.row(row)) spill.append("json", piece);
      const lines = csv.row(row);
      if (lines.length) spill.append("csv", lines.join("\n") + "\n");
      matrix.rows.push({ year: row.year, scope: row.scope });
      matrix.lines.push(matrixLine(row));
      const { indicator, label, scopeLabel, year, scope, national } = row;
      overview.push({ indicator, label, scopeLabel, year, national, cells: row.cells.map((c) => ({ province: c.province, targets: { length: c.targets.length } })) });
      for (const cell of row.cells) {
        const province = provinces.get(cell.province)!;
        province.rows.push({ indicator, label, year, scope });
        province.targets += cell.targets.length;
        spill.append(`province ${cell.province}`, provinceTargetLine(row, cell, links));
      }
    }
    const indicator = rows[0].indicator;
    yield [`${DIR}/${pages.indicator(indicator)}`, pageParts(indicatorSpec({ ...head, rows }, indicator, links, menu))];
  }
  spill.append("json", json.tail());
  yield ["comparison.json", { file: spill.file("json")! }];
  yield ["comparison.schema.json", JSON.stringify(comparisonJsonSchema(), null, 2) + "\n"];
  yield ["comparison.csv", { file: spill.file("csv")! }];
  yield [OVERVIEW, pageParts(overviewSpec({ ...head, rows: overview }))];
  yield [`${DIR}/${pages.matrix()}`, pageParts(matrixSpecOf(head, matrix.rows, matrix.lines))];
  for (const p of head.provinces) {
    const { rows, targets } = provinces.get(p.slug)!;
    const documents = new Map(p.documents.map((d) => [d.path, { bodies: options.bodies(d.path) }]));
    const lines = [spill.text(`province ${p.slug}`)];
    yield [`${DIR}/${pages.province(p.slug)}`, pageParts(provinceSpecOf(p, documents, links, { rows, lines, targets }))];
  }
  for (const ref of refs) options.placeSource(ref, `${DIR}/${links.source(ref.path)}`);
}

/** The same files, each content whole. */
export function* comparisonOutputs(docs: Document[], options: OutputOptions = {}): Generator<[name: string, content: string]> {
  for (const [name, content] of comparisonFiles(docs, options)) yield [name, typeof content === "string" ? content : [...content].join("")];
}

/** Write the comparison's files into outDir (created if needed); returns the paths written, in the order of comparisonOutputs. */
export async function writeComparisonOutputs(docs: Document[], outDir: string, options: OutputOptions = {}): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  await rm(join(outDir, REPORT_DIR), { recursive: true, force: true });
  const written: string[] = [];
  for (const [name, content] of comparisonOutputs(docs, options)) {
    const path = join(outDir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, "utf8");
    written.push(path);
  }
  return written;
}
