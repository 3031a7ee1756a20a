/** The comparison outputs the build adds to the dataset (comparison.json and its schema, comparison.csv, report.html), written atomically. */
import { join } from "node:path";
import type { Document } from "../schema/document.js";
import { writeAtomic } from "../dataset/files.js";

type CompareModule = typeof import("../compare/index.js");

/** loads the comparison's modules (none when the package ships without them); node caches the import */
export function prepareComparisonOutputs(): Promise<CompareModule | null> {
  return import("../compare/index.js").catch((error: { code?: string }) => {
    if (error.code === "ERR_MODULE_NOT_FOUND") return null;
    throw error;
  });
}

export async function comparisonOutputs(documents: Document[], out: string): Promise<string[]> {
  const compare = await prepareComparisonOutputs();
  if (!compare) return [];
  const written: string[] = [];
  for (const [name, content] of compare.comparisonFiles(documents)) {
    const path = join(out, name);
    await writeAtomic(path, content);
    written.push(path);
  }
  return written;
}
