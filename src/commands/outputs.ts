/**
 * The comparison outputs the build adds to the dataset (comparison.json and its schema,
 * comparison.csv, the HTML report), written atomically; the report's source pages put in
 * place from where the build's workers made them, or kept from the last build.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "../schema/document.js";
import type { SourcePages } from "../dataset/build.js";
import { commitTemp, relativeTo, writeAtomic } from "../dataset/files.js";
import { decode } from "../stages/decode/index.js";

type CompareModule = typeof import("../compare/index.js");

/** loads the comparison's modules (none when the package ships without them); node caches the import */
export function prepareComparisonOutputs(): Promise<CompareModule | null> {
  return import("../compare/index.js").catch((error: { code?: string }) => {
    if (error.code === "ERR_MODULE_NOT_FOUND") return null;
    throw error;
  });
}

/**
 * The text a document's positions index, for a source page made here: the text the read
 * stage wrote beside the documents (a PDF, a scan, …), else the corpus file decoded; null
 * when it cannot be read.
 */
export function documentText(documents: Document[], out: string, corpus?: string): (path: string) => string | null {
  const textOf = new Map(documents.map((d) => [d.source.path, d.source.text ?? null]));
  return (path) => {
    const text = textOf.get(path);
    try {
      if (text) return readFileSync(join(out, text), "utf8");
      return corpus === undefined ? null : decode(readFileSync(join(corpus, path))).text;
    } catch {
      return null;
    }
  };
}

export interface BuildComparisonOptions {
  /** the corpus folder, to read a document's text from when its source page is made here */
  corpus?: string;
  /** the source pages the build's workers made, or the last build left in place; the others are made from the documents written */
  pages?: SourcePages;
}

/**
 * Writes the comparison's files of a build. `documents` are the build's to give: emptied
 * once compared, so that the targets the comparison does not hold are freed before the
 * report is made (docs/bench.md, memory).
 */
export async function writeBuildComparison(documents: Document[], out: string, options: BuildComparisonOptions = {}): Promise<string[]> {
  const compare = await prepareComparisonOutputs();
  if (!compare) return [];
  const { pages } = options;
  const text = documentText(documents, out, options.corpus);
  const comparison = compare.compare(documents);
  // the report reads bodies of the documents; a source page not at hand is made from the document written
  const docs = pages ? documents.map((d) => ({ ...d, targets: [] })) : [...documents];
  documents.length = 0;
  const written: string[] = [];
  const writing: Array<Promise<void>> = [];
  const placeSource = (ref: { path: string }, name: string): boolean => {
    if (!pages) return false;
    const path = join(out, name);
    const temp = pages.take(ref.path);
    if (temp !== null) commitTemp(temp, path);
    else if (!pages.inPlace(ref.path, name)) writing.push(writeSourcePage(compare, pages.document(ref.path), text(ref.path), path));
    pages.placed(ref.path, name);
    written.push(path);
    return true;
  };
  for (const [name, content] of compare.comparisonFilesOf(comparison, docs, { text, placeSource })) {
    const path = join(out, name);
    await Promise.all(writing.splice(0));
    await writeAtomic(path, content);
    written.push(path);
  }
  await Promise.all(writing);
  removeOtherPages(out, compare.REPORT_DIR, new Set(written.map((p) => relativeTo(out, p))));
  return written;
}

/** a source page the pipeline did not make and the last build did not leave: made from the document written */
async function writeSourcePage(compare: CompareModule, documentFile: string, raw: string | null, path: string): Promise<void> {
  const document = JSON.parse(readFileSync(documentFile, "utf8")) as Document;
  const page = compare.documentSourcePage(document, raw);
  if (page !== null) await writeAtomic(path, page);
}

/** the report's folder holds this build's pages only: an earlier build's, or a killed one's temp files, are removed */
function removeOtherPages(out: string, dir: string, keep: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(join(out, dir));
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(`${dir}/${name}`)) rmSync(join(out, dir, name), { force: true, recursive: true });
}
