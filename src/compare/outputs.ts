/** The build outputs of the comparison: comparison.json and its JSON Schema, comparison.csv, report.html. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Document } from "../schema/document.js";
import { renderCsv, renderCsvChunks } from "../report/csv.js";
import { renderHtml, renderHtmlChunks } from "../report/html.js";
import { renderJson, renderJsonChunks } from "../report/json.js";
import { compare } from "./rows.js";
import { comparisonJsonSchema } from "../schema/comparison.js";
import type { CompareOptions } from "./types.js";

export const OUTPUT_FILES = ["comparison.json", "comparison.schema.json", "comparison.csv", "report.html"] as const;

/** The four files as name → content; same documents, same bytes (no timestamps). */
export function comparisonOutputs(docs: Document[], options: CompareOptions = {}): Array<[name: string, content: string]> {
  const comparison = compare(docs, options);
  return [
    ["comparison.json", renderJson(comparison)],
    ["comparison.schema.json", JSON.stringify(comparisonJsonSchema(), null, 2) + "\n"],
    ["comparison.csv", renderCsv(comparison)],
    ["report.html", renderHtml(comparison)],
  ];
}

/**
 * The same four files one at a time, and the two long ones (comparison.json,
 * comparison.csv) as pieces of their text: what a build writes, without every file's
 * text in memory at once (docs/bench.md, memory).
 */
export function* comparisonFiles(docs: Document[], options: CompareOptions = {}): Generator<[name: string, content: string | Iterable<string>]> {
  const comparison = compare(docs, options);
  yield ["comparison.json", renderJsonChunks(comparison)];
  yield ["comparison.schema.json", JSON.stringify(comparisonJsonSchema(), null, 2) + "\n"];
  yield ["comparison.csv", renderCsvChunks(comparison)];
  yield ["report.html", renderHtmlChunks(comparison)];
}

/** Write comparison.json, comparison.schema.json, comparison.csv and report.html into outDir (created if needed); returns the paths written. */
export async function writeComparisonOutputs(docs: Document[], outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of comparisonOutputs(docs)) {
    const path = join(outDir, name);
    await writeFile(path, content, "utf8");
    written.push(path);
  }
  return written;
}
