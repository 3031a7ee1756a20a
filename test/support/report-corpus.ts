/**
 * Corpora for the report at the sizes it must handle, made from the development documents
 * (corpus/) with province names swapped (bench/corpus.ts `variant`): every one of the 63
 * provinces gets `perProvince` documents, each from another seed, with its percentages
 * shifted so that provinces differ. The second and third document of a province are given
 * the kinds of a plan and of a council resolution (the seeds are all party resolutions), so
 * that a province shows a sequence of documents of several kinds.
 */
import { fileURLToPath } from "node:url";
import { readSeeds, variant } from "../../bench/corpus.js";
import { provinces } from "../../grammars/provinces.js";
import { extract } from "../../src/pipeline.js";
import type { Document } from "../../src/schema/document.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
/** the 63 provinces before the 2025 merger ("Huế" is Thừa Thiên Huế's later name) */
export const PROVINCES = provinces.filter((p) => p !== "Huế");
const KINDS = [null, "plan", "council_resolution"] as const;

export interface ReportCorpus {
  docs: Document[];
  /** source path → decoded text */
  texts: Map<string, string>;
  bytes: number;
}

/** `count` documents (default 63 × perProvince): document i names province i mod 63 */
export async function reportCorpus(perProvince: number, count = PROVINCES.length * perProvince): Promise<ReportCorpus> {
  const seeds = await readSeeds(CORPUS);
  const docs: Document[] = [];
  const texts = new Map<string, string>();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const k = i % PROVINCES.length;
    const j = Math.floor(i / PROVINCES.length);
    const seed = seeds[(k + j) % seeds.length];
    const { name, text } = variant(seed, i, PROVINCES[k]);
    const { document } = extract(text, { path: name });
    const kind = KINDS[j % KINDS.length];
    if (kind) document.meta.kind = kind;
    docs.push(document);
    texts.set(name, text);
    bytes += Buffer.byteLength(text);
  }
  return { docs, texts, bytes };
}
