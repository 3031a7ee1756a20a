/**
 * The build outputs of the comparison: comparison.json and its JSON Schema, comparison.csv,
 * and the HTML report (report.html and its pages in report/).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Document } from "../schema/document.js";
import { renderCsv } from "../report/csv.js";
import { renderJson } from "../report/json.js";
import { reportPages } from "../report/site/index.js";
import { DIR } from "../report/site/links.js";
import { compare } from "./rows.js";
import { comparisonJsonSchema } from "../schema/comparison.js";
import type { CompareOptions } from "./types.js";

/** the files at the top of the output folder; the report's other pages are in report/ */
export const OUTPUT_FILES = ["comparison.json", "comparison.schema.json", "comparison.csv", "report.html"] as const;
/** the folder of the report's pages, emptied before they are written (no page of an earlier build stays) */
export const REPORT_DIR = DIR;

export interface OutputOptions extends CompareOptions {
  /** the decoded raw text of a document by source path, for the report's source pages; null when not at hand */
  text?: (path: string) => string | null;
}

/**
 * The files as name → content, one at a time (the report's pages are many): the four of
 * OUTPUT_FILES first, then report/…; same documents, same bytes (no timestamps).
 */
export function* comparisonOutputs(docs: Document[], options: OutputOptions = {}): Generator<[name: string, content: string]> {
  const comparison = compare(docs, options);
  yield ["comparison.json", renderJson(comparison)];
  yield ["comparison.schema.json", JSON.stringify(comparisonJsonSchema(), null, 2) + "\n"];
  yield ["comparison.csv", renderCsv(comparison)];
  yield* reportPages(comparison, { documents: docs, text: options.text });
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
