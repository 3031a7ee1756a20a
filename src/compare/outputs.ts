/**
 * The build outputs of the comparison: comparison.json and its JSON Schema, comparison.csv,
 * and the HTML report (report.html and its pages in report/).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Document } from "../schema/document.js";
import { renderCsvChunks } from "../report/csv.js";
import { renderJsonChunks } from "../report/json.js";
import { reportPageParts, type ReportOptions } from "../report/site/index.js";
import { DIR } from "../report/site/links.js";
import { compare } from "./rows.js";
import { comparisonJsonSchema } from "../schema/comparison.js";
import type { CompareOptions, Comparison } from "./types.js";

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
