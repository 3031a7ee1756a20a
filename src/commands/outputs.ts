/** The comparison outputs the build adds to the dataset (comparison.json and its schema, comparison.csv, the HTML report), written atomically. */
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Document } from "../schema/document.js";
import { writeAtomic } from "../dataset/files.js";
import { decode } from "../stages/decode/index.js";

type CompareModule = typeof import("../compare/index.js");

/** loads the comparison's modules (none when the package ships without them); node caches the import */
export function prepareComparisonOutputs(): Promise<CompareModule | null> {
  return import("../compare/index.js").catch((error: { code?: string }) => {
    if (error.code === "ERR_MODULE_NOT_FOUND") return null;
    throw error;
  });
}

/** the decoded text of a corpus file, for the report's source pages; null when it cannot be read */
export function corpusText(corpus: string): (path: string) => string | null {
  return (path) => {
    try {
      return decode(readFileSync(join(corpus, path))).text;
    } catch {
      return null;
    }
  };
}

export async function comparisonOutputs(documents: Document[], out: string, corpus?: string): Promise<string[]> {
  const compare = await prepareComparisonOutputs();
  if (!compare) return [];
  await rm(join(out, compare.REPORT_DIR), { recursive: true, force: true });
  const written: string[] = [];
  for (const [name, content] of compare.comparisonFiles(documents, { text: corpus ? corpusText(corpus) : undefined })) {
    const path = join(out, name);
    await writeAtomic(path, content);
    written.push(path);
  }
  return written;
}
