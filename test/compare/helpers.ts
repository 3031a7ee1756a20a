/** Fixture documents for the comparison tests, validated against the public schema. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DocumentSchema, type Document } from "../../src/schema/document.js";

export const SMALL_DIR = fileURLToPath(new URL("../fixtures/compare/small/", import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL("../fixtures/compare/gold/", import.meta.url));

export function loadDocs(dir: string): Document[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => DocumentSchema.parse(JSON.parse(readFileSync(dir + n, "utf8"))));
}

/** Hà Giang, Lào Cai, Yên Bái: hand-made, with a conflict, a range, a rank, a count, a yearly target, an XSS probe. */
export const small = (): Document[] => loadDocs(SMALL_DIR);
/** Four provinces built from the gold annotations of the corpus (real quotes, real lines). */
export const gold = (): Document[] => loadDocs(GOLD_DIR);
