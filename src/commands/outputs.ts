/**
 * The comparison outputs the build adds to the dataset (comparison.json and its schema,
 * comparison.csv, the HTML report), written atomically; the report's source pages put in
 * place from where the build's workers made them, or kept from the last build.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Body, Document } from "../schema/document.js";
import type { SourcePages } from "../dataset/build.js";
import { commitTemp, discardTemp, relativeTo, tempPath, writeAtomic } from "../dataset/files.js";
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
export function documentText(documents: Iterable<Pick<Document, "source">>, out: string, corpus?: string): (path: string) => string | null {
  const textOf = new Map<string, string | null>();
  for (const d of documents) textOf.set(d.source.path, d.source.text ?? null);
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
  /** how many targets the comparison holds in memory; with more, they wait in files (default HOLD_CELLS) */
  holdCells?: number;
}

/**
 * Up to this many targets (some 1,600 documents) the comparison is held in memory, which
 * is faster; beyond it the cells wait in files, so that the build's memory stays flat in
 * the corpus's size (docs/bench.md, fourth session).
 */
export const HOLD_CELLS = 50_000;

/**
 * Writes the comparison's files of a build. `documents` come in path order and are
 * compared one at a time, each let go once added. With the build's source pages, the
 * comparison is made and written an indicator at a time, what waits kept in a folder
 * beside the outputs (src/compare/spill.ts): a large corpus's targets are never all in
 * memory (docs/bench.md, memory). Without them (the pages are made here from the
 * documents' targets), the documents are kept.
 */
export async function writeBuildComparison(documents: Iterable<Document>, out: string, options: BuildComparisonOptions = {}): Promise<string[]> {
  const compare = await prepareComparisonOutputs();
  if (!compare) return [];
  const { pages } = options;
  const written: string[] = [];
  if (!pages) {
    const docs = [...documents];
    const files = compare.comparisonFilesOf(compare.compare(docs), docs, { text: documentText(docs, out, options.corpus) });
    await writeEach(files, out, written);
  } else {
    const folder = tempPath(join(out, ".comparison"));
    const spill = new compare.SpillFiles(folder);
    try {
      const cells = compare.cellsWithin(options.holdCells ?? HOLD_CELLS, spill);
      const comparing = compare.comparing({}, cells);
      // the report reads of the documents their bodies (their targets are in the comparison
      // now, their source pages made): kept while the cells are, else in the spill
      const held: Document[] = [];
      const spilled = new Map<string, { start: number; length: number }>();
      const keep = (doc: Document) => {
        spilled.set(doc.source.path, spill.append("bodies", JSON.stringify(doc.bodies)));
        doc.bodies = [];
      };
      for (const doc of documents) {
        comparing.add(doc);
        const light = { ...doc, targets: [] };
        if (cells.spilled) {
          // the bodies held so far go with the cells into the spill
          if (spilled.size === 0) held.forEach(keep);
          keep(light);
        }
        held.push(light);
      }
      const text = documentText(held, out, options.corpus);
      const writing: Array<Promise<void>> = [];
      const placeSource = (ref: { path: string }, name: string): boolean => {
        const path = join(out, name);
        const temp = pages.take(ref.path);
        if (temp !== null) commitTemp(temp, path);
        else if (!pages.inPlace(ref.path, name)) writing.push(writeSourcePage(compare, pages.document(ref.path), text(ref.path), path));
        pages.placed(ref.path, name);
        written.push(path);
        return true;
      };
      // few cells: the comparison whole, as the library makes it; many: an indicator at a time
      const files = cells.spilled
        ? compare.comparisonFilesByGroup(comparing, {
            spill,
            bodies: (path) => JSON.parse(spill.slice("bodies", spilled.get(path)!)) as Body[],
            placeSource,
          })
        : compare.comparisonFilesOf(comparing.result(), held, { text, placeSource });
      // the pages made here are written a few at a time: each file waits for those begun before it
      await writeEach(files, out, written, () => Promise.all(writing.splice(0)));
      await Promise.all(writing);
    } finally {
      spill.close();
      discardTemp(folder);
    }
  }
  removeOtherPages(out, compare.REPORT_DIR, new Set(written.map((p) => relativeTo(out, p))));
  return written;
}

async function writeEach(
  files: Iterable<[name: string, content: string | Iterable<string> | { file: string }]>,
  out: string,
  written: string[],
  before: () => Promise<unknown> = async () => {},
): Promise<void> {
  for (const [name, content] of files) {
    const path = join(out, name);
    await before();
    // a file made whole beside the outputs is moved into place
    if (typeof content === "object" && "file" in content) commitTemp(content.file, path);
    else await writeAtomic(path, content);
    written.push(path);
  }
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
