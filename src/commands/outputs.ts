/** The comparison outputs the build adds to the dataset (comparison.json, .csv, report.html). */
import type { Document } from "../schema/document.js";

export async function comparisonOutputs(documents: Document[], out: string): Promise<string[]> {
  try {
    const compare = (await import("../compare/index.js")) as {
      writeComparisonOutputs?: (docs: Document[], outDir: string) => Promise<string[]>;
    };
    return compare.writeComparisonOutputs ? await compare.writeComparisonOutputs(documents, out) : [];
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return [];
    throw error;
  }
}
