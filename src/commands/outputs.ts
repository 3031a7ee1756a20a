/** The comparison outputs the build adds to the dataset (comparison.json, .csv, report.html), written atomically. */
import { join } from "node:path";
import type { Document } from "../schema/document.js";
import { writeAtomic } from "../dataset/files.js";

export async function comparisonOutputs(documents: Document[], out: string): Promise<string[]> {
  let compare: {
    comparisonOutputs?: (docs: Document[]) => Array<[name: string, content: string]>;
    writeComparisonOutputs?: (docs: Document[], outDir: string) => Promise<string[]>;
  };
  try {
    compare = await import("../compare/index.js");
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return [];
    throw error;
  }
  if (!compare.comparisonOutputs) return compare.writeComparisonOutputs ? await compare.writeComparisonOutputs(documents, out) : [];
  const written: string[] = [];
  for (const [name, content] of compare.comparisonOutputs(documents)) {
    const path = join(out, name);
    await writeAtomic(path, content);
    written.push(path);
  }
  return written;
}
