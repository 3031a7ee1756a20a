/**
 * build: every file of a corpus folder to one document JSON each, plus the schema, a
 * manifest, targets.csv and the comparison outputs. Deterministic: same corpus, same
 * bytes. A file that fails leaves no document behind, not even one from an earlier run.
 *
 * Files stream through: a few are read ahead, the pipeline runs in worker threads, each
 * of which writes its document (and, asked, its page of the report's source view) to a
 * temp file, and the documents are renamed into place in corpus order as they come; what
 * the comparison needs of each (source, province, meta, targets, bodies) goes to the
 * build's cache when there is one, else stays in memory, and is read back at the end.
 */
import { createHash } from "node:crypto";
import { readFileSync, rmSync, statSync, type Stats } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Document, Message } from "../schema/document.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import { TOOL_VERSION } from "../version.js";
import {
  AppendedFile,
  commitTemp,
  discardTemp,
  documentPath,
  OutputNames,
  fsReason,
  relativeTo,
  removeOrphanTempFiles,
  tempPath,
  writeAtomic,
} from "./files.js";
import { TARGETS_CSV_HEADER } from "./csv.js";
import { dataPackage } from "./datapackage.js";
import { failed, type Done, type Entry, type Summary } from "./outcome.js";
import { asMessage, type Problem } from "../messages.js";
import { createExtractor, defaultWorkers, type Extractor, type WorkerOptions } from "./pool.js";
import { BuildCache, inputsHash, recordKey, type CacheRecord } from "./cache.js";
import { detectFormat, isPlainText } from "../stages/read/detect.js";
import { readerVersionsOnce, readThenRun, textFileOf } from "./texts.js";

export interface BuildOptions {
  corpus: string;
  out: string;
  /** worker threads for the pipeline; 0 runs it in-process; default: one per core for large corpora */
  workers?: number;
  workerOptions?: WorkerOptions;
  /** keep every whole document in the results (default true); false keeps memory flat for large corpora */
  keepDocuments?: boolean;
  /** stops the build between documents: what is written stays whole, nothing else is touched */
  signal?: AbortSignal;
  /** called once, with the number of corpus files */
  onStart?: (files: number) => void;
  /**
   * called for each entry of the corpus folder not read, with why: a file the build
   * writes (`corpus-output-skipped`), a folder or a link to nothing (`corpus-not-a-file`),
   * a README (`corpus-readme-skipped`, info)
   */
  onSkip?: (file: string, reason: string, ruleId?: string, severity?: "warning" | "info") => void;
  /** where readings of PDFs, scans and other documents are kept between builds (default: OUT/.cache/read) */
  readCache?: string | false;
  /** called once per document, in corpus order */
  onDocument?: (result: BuildSummary) => void;
  /**
   * the folder of the build's cache (src/dataset/cache.ts; the CLI's default is
   * `<out>/.cache`): files whose record it holds are not read by the pipeline again, and
   * a build in which nothing changed writes nothing. None when not given. `fingerprint`
   * stands for the code's (tests).
   */
  cache?: string | { dir: string; fingerprint?: string };
  /**
   * have the pipeline make each document's source page of the report where it makes the
   * document (src/report/site/source.ts), for `extraOutputs` to put in place through its
   * SourcePages
   */
  sourcePages?: boolean;
  /**
   * writes the comparison outputs; given by the caller so the dataset does not depend on
   * reports. `documents` (what the comparison reads of each: no sections, no messages) come
   * in corpus order, each read when it is reached, once.
   */
  extraOutputs?: (documents: Iterable<Document>, out: string, pages: SourcePages) => Promise<string[]>;
  /**
   * loads what `extraOutputs` needs; called once the first document is done, so that the
   * loading happens while the workers extract rather than after them
   */
  prepareExtraOutputs?: () => Promise<unknown>;
}

/**
 * The report's source pages of a build: each depends on its document alone, so the
 * pipeline makes it beside the document (in parallel, in the workers), and a build from
 * the cache keeps the one the last build wrote.
 */
export interface SourcePages {
  /** the page made for a corpus file, a temp file to put in place (then it is the caller's); null when none was made */
  take(path: string): string | null;
  /** the page at `rel` (relative to the output folder) is the one the last build wrote for this very file, unchanged since */
  inPlace(path: string, rel: string): boolean;
  /** the page of a corpus file is at `rel` now: the next build may keep it */
  placed(path: string, rel: string): void;
  /** the document written for a corpus file, to make its page from when none is at hand */
  document(path: string): string;
}

/** one corpus file's outcome */
export interface BuildSummary {
  path: string;
  /** the document JSON written, null when the file had an error */
  output: string | null;
  messages: Message[];
  summary: Summary;
  /** a file that is not plain text: the text read from it (relative to the output folder) and its sha256 */
  text?: { path: string; sha256: string };
  /** the outcome came from the build's cache, not from the pipeline */
  cached?: boolean;
}

export interface BuildResult extends BuildSummary {
  document: Document;
}

/** the corpus folder cannot be listed: a usage problem, not a file's */
export class CorpusError extends Error {
  constructor(
    readonly corpus: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** the build stopped on its signal */
export class BuildInterrupted extends Error {
  constructor(
    readonly written: number,
    readonly total: number,
  ) {
    super(`interrupted after ${written} of ${total} documents`);
  }
}

/** the corpus's own files: hidden ones and its manifest */
const IGNORED = /^(?:\.|manifest\.json$)/i;
const README = /^README(?:\.|$)/i;
/** data beside the documents (a gold annotation, another tool's JSON): never a resolution */
const DATA = /\.(?:json|jsonl|csv|tsv|ya?ml)$/i;
/** the folders a build writes in its output folder */
const OUTPUT_FOLDER = /^(?:documents|text)$/;

/**
 * The files a build writes at the top of its output folder (and documents/): never read
 * as resolutions, even when a corpus folder holds them (an earlier build into it, a copy).
 */
export const BUILD_OUTPUTS = [
  "comparison.csv",
  "comparison.json",
  "comparison.schema.json",
  "datapackage.json",
  "manifest.json",
  "report.html",
  "schema.json",
  "targets.csv",
] as const;
const OUTPUT_NAME = new RegExp(`^(?:${BUILD_OUTPUTS.map((n) => n.replace(/\./g, "\\.")).join("|")})(?:\\.\\d+-\\d+\\.tmp)?$`, "i");

/** why `out` cannot be the output folder of a build of `corpus`, or null when it can */
export function outputOverlap(corpus: string, out: string): string | null {
  if (inside(out, corpus)) return "--out is the --corpus folder or inside it: the build would read its own outputs";
  if (inside(corpus, join(out, "documents"))) return "--corpus is inside --out's documents folder: the build would remove corpus files";
  return null;
}

/** why `cache` cannot be the cache folder of a build of `corpus` into `out`, or null when it can */
export function cacheOverlap(corpus: string, out: string, cache: string): string | null {
  if (inside(cache, corpus)) return "--cache is the --corpus folder or inside it: the build would read the cache as resolutions";
  if (inside(cache, join(out, "documents"))) return "--cache is inside --out's documents folder: the build would remove the cache's files";
  return null;
}

function inside(child: string, parent: string): boolean {
  const path = relative(resolve(parent), resolve(child));
  return path === "" || (path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

export async function listCorpus(corpus: string): Promise<string[]> {
  return (await readCorpusFolder(corpus)).files;
}

/** the corpus files in name order, and the files of the folder that are outputs of a build */
export async function readCorpusFolder(corpus: string): Promise<{ files: string[]; skipped: string[]; others: Array<{ name: string; reason: string; ruleId: string; severity: "warning" | "info" }> }> {
  let entries;
  try {
    entries = await readdir(corpus, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusError(corpus, code === "ENOENT" ? "no such folder" : fsReason(error));
  }
  const files: string[] = [];
  const skipped: string[] = [];
  const others: Array<{ name: string; reason: string; ruleId: string; severity: "warning" | "info" }> = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (IGNORED.test(entry.name)) continue;
    const target = entry.isSymbolicLink() ? await stat(join(corpus, entry.name)).catch(() => null) : null;
    const file = entry.isFile() || target?.isFile();
    if (!file) {
      // nothing of the corpus folder goes unread without a word
      const folder = entry.isDirectory() || target?.isDirectory();
      if (folder && OUTPUT_FOLDER.test(entry.name)) {
        others.push({ name: entry.name, reason: "not read: a folder the build writes", ruleId: "corpus-output-skipped", severity: "warning" });
        continue;
      }
      const reason = folder
        ? "a folder: not read (the build reads the files at the top of the corpus folder; move its files up to read them)"
        : entry.isSymbolicLink()
          ? "a link to nothing (its target is missing): not read"
          : "not a regular file: not read";
      others.push({ name: entry.name, reason, ruleId: "corpus-not-a-file", severity: "warning" });
      continue;
    }
    if (README.test(entry.name)) {
      others.push({ name: entry.name, reason: "the corpus's README: not read as a resolution", ruleId: "corpus-readme-skipped", severity: "info" });
      continue;
    }
    if (DATA.test(entry.name) && !OUTPUT_NAME.test(entry.name)) {
      others.push({ name: entry.name, reason: "a data file, not a document: not read", ruleId: "corpus-data-skipped", severity: "info" });
      continue;
    }
    if (OUTPUT_NAME.test(entry.name)) skipped.push(entry.name);
    else files.push(entry.name);
  }
  return { files, skipped, others };
}

export function buildDataset(options: BuildOptions & { keepDocuments: false }): Promise<BuildSummary[]>;
export function buildDataset(options: BuildOptions): Promise<BuildResult[]>;
export async function buildDataset(options: BuildOptions): Promise<BuildSummary[]> {
  const overlap = outputOverlap(options.corpus, options.out);
  if (overlap) throw new CorpusError(options.corpus, overlap);
  const { files, skipped, others } = await readCorpusFolder(options.corpus);
  for (const name of skipped) options.onSkip?.(name, "not read: a file the build writes, not a resolution");
  for (const o of others) options.onSkip?.(o.name, o.reason, o.ruleId, o.severity);
  const readCache = options.readCache === false ? undefined : (options.readCache ?? join(options.out, ".cache", "read"));
  const versions = readerVersionsOnce();
  options.onStart?.(files.length);
  const keepDocuments = options.keepDocuments ?? true;
  const documentsDir = join(options.out, "documents");
  const cache = options.cache ? new BuildCache(typeof options.cache === "string" ? options.cache : options.cache.dir, cacheFingerprint(options.cache)) : null;
  // what the cache already knows of each file: its SHA-256, when its size and times are unchanged
  const stats = files.map((f) => statSync(join(options.corpus, f), { throwIfNoEntry: false }));
  const knownSha = files.map((f, i) => (cache && stats[i] ? cache.knownSha256(f, stats[i]) : null));
  if (cache) {
    const unchanged = nothingChanged(cache, files, knownSha, options.out);
    if (unchanged) {
      // what a killed build left is removed, as by any build
      await removeOrphanTempFiles(documentsDir);
      await removeOrphanTempFiles(options.out);
      return fromCache(unchanged, options, keepDocuments);
    }
  }
  // the workers start first: they take a while to load the pipeline, the rest does not wait on them
  const misses = files.filter((f, i) => !cache || knownSha[i] === null || cache.known(recordKey(cache.fingerprint, { path: f, sha256: knownSha[i]!, problems: [] })) === null).length;
  // a few files to read, even of a large corpus, are read in-process: a worker's start costs
  // more; beside many records to read, one worker runs them meanwhile (docs/bench.md)
  const workers = options.workers ?? defaultWorkers(misses, files.length - misses);
  let extractor: Extractor | null = misses > 0 ? await createExtractor(workers, options.workerOptions) : null;
  const pipeline = async () => (extractor ??= await createExtractor(Math.min(workers, 1), options.workerOptions));
  // files handed to the pipeline ahead of the one being written
  const ahead = Math.max(4, (extractor?.workers ?? 0) * 4);
  const slots: Slot[] = [];
  const temps: string[] = [];
  /** per corpus file (its index), the temp file of its source page */
  const pageTemps: string[] = [];
  /** corpus file → the temp file of the source page the pipeline made for it */
  const madePages = new Map<string, string>();
  /** corpus file → the key of its record */
  const keyOf = new Map<string, string>();
  const firstOf = new Map<string, string>();
  const names = new OutputNames(options.out);
  const results: BuildSummary[] = [];
  /** per document written, in corpus order: its entry, or the key of its record in the cache */
  const kept: Array<Entry | string> = [];
  const keys: string[] = [];
  const records = new Map<string, CacheRecord>();
  const sources = new Map<string, { stat: Stats; sha256: string }>();
  const written = new Map<string, string | undefined>();
  // targets.csv grows as the documents come, and is put in place at the end
  const csv = new AppendedFile(join(options.out, "targets.csv"));
  let csvRows = 0;
  let schemaJson: Promise<string> | null = null;

  const job = async (k: number, bytes: Uint8Array, sha256: string, problems: Problem[], key: string | null): Promise<Done> => {
    temps[k] = tempPath(documentPath(options.out, files[k]));
    if (options.sourcePages) pageTemps[k] ??= tempPath(documentPath(options.out, files[k]).replace(/\.json$/, ".page.html"));
    const record = cache && key ? cache.recordPath(key) : null;
    const run = { path: files[k], bytes, sha256, tempPath: temps[k], problems, keepDocument: keepDocuments, record, page: pageTemps[k] ?? null };
    if (isPlainText(detectFormat(bytes, files[k]).format)) return (await pipeline()).run(run);
    // a PDF, a scan, a Word document, a web page: read here (pdf.js, OCR, mammoth), the pipeline in a worker
    const extractor = await pipeline();
    return readThenRun(run, { out: options.out, cacheDir: readCache, versions: readCache ? versions() : undefined }, (j) => extractor.run(j));
  };

  /**
   * The few files of an incremental build that the pipeline runs (added, changed), started
   * before the others' records are read: with a worker, the pipeline runs while this thread
   * reads them. Each with the key it was started under.
   */
  const early = new Map<number, { done: Promise<Done>; key: string | null }>();
  const startEarly = () => {
    const seen = new Map<string, string>();
    for (let k = 0; k < files.length; k++) {
      let bytes: Uint8Array | null = null;
      try {
        if (knownSha[k] === null) bytes = readFileSync(join(options.corpus, files[k]));
      } catch {
        continue;
      }
      const sha256 = knownSha[k] ?? createHash("sha256").update(bytes!).digest("hex");
      const problems = duplicateOf(seen, sha256, files[k]);
      const key = recordKey(cache!.fingerprint, { path: files[k], sha256, problems });
      if ((bytes === null || isPlainText(detectFormat(bytes, files[k]).format)) && cache!.known(key) !== null) continue;
      try {
        bytes ??= readFileSync(join(options.corpus, files[k]));
      } catch {
        continue;
      }
      const own = isPlainText(detectFormat(bytes, files[k]).format) ? key : null;
      early.set(k, { done: job(k, bytes, sha256, problems, own), key: own });
    }
  };

  // in corpus order: a file with the content of an earlier one is told which. Reads are
  // synchronous: a file is small and in the page cache, and the four steps of an
  // asynchronous read each wait for this thread, which shares the cores with the workers
  const dispatch = (i: number) => {
    while (slots.length <= i && slots.length < files.length) {
      const k = slots.length;
      let bytes: Uint8Array | null = null;
      let sha256 = knownSha[k];
      if (sha256 === null) {
        try {
          bytes = readFileSync(join(options.corpus, files[k]));
        } catch (error) {
          const reason = `cannot read file: ${fsReason(error)}`;
          slots.push({ done: Promise.resolve(failed(files[k], asMessage({ ruleId: "read-failed", severity: "error", reason }))), key: null, hit: null });
          continue;
        }
        sha256 = createHash("sha256").update(bytes).digest("hex");
      }
      if (stats[k]) sources.set(files[k], { stat: stats[k], sha256 });
      const problems = duplicateOf(firstOf, sha256, files[k]);
      const started = early.get(k);
      if (started) {
        slots.push({ done: started.done, key: started.key, hit: null });
        continue;
      }
      // a file that is not plain text is read again (the read stage keeps its own cache), never a cache record: its text is written by the read
      const plainOf = (b: Uint8Array) => isPlainText(detectFormat(b, files[k]).format);
      let key = cache && (bytes === null || plainOf(bytes)) ? recordKey(cache.fingerprint, { path: files[k], sha256, problems }) : null;
      const cached = cache && key ? cachedOutcome(cache, key) : null;
      if (cached) {
        slots.push({ done: null, key, hit: cached.record, csv: cached.csv, entry: cached.entry, rerun: () => job(k, bytes ?? readFileSync(join(options.corpus, files[k])), sha256, problems, key) });
        continue;
      }
      try {
        bytes ??= readFileSync(join(options.corpus, files[k]));
      } catch (error) {
        const reason = `cannot read file: ${fsReason(error)}`;
        slots.push({ done: Promise.resolve(failed(files[k], asMessage({ ruleId: "read-failed", severity: "error", reason }))), key: null, hit: null });
        continue;
      }
      if (key && !plainOf(bytes)) key = null;
      slots.push({ done: job(k, bytes, sha256, problems, key), key, hit: null });
    }
  };

  let extracted = false;
  try {
    await removeOrphanTempFiles(documentsDir);
    await removeOrphanTempFiles(options.out);
    if (cache && misses > 0 && misses <= EARLY_AT_MOST) startEarly();
    for (let i = 0; i < files.length; i++) {
      if (options.signal?.aborted) throw new BuildInterrupted(results.filter((r) => r.output).length, files.length);
      dispatch(i + ahead - 1);
      const slot = slots[i];
      let result: BuildSummary | null = null;
      let done: Done | null = null;
      if (slot.hit) {
        // from the cache, when the document the last build wrote for it is still as written
        result = settleCached(slot.hit, files[i], options.out, names, (path) => cache!.unchanged(options.out, relativeTo(options.out, path), slot.key!));
        if (result === null) done = await slot.rerun!();
        else if (result.output && keepDocuments) (result as BuildResult).document = JSON.parse(readFileSync(result.output, "utf8")) as Document;
      } else done = await slot.done!;
      slots[i] = EMPTY;
      if (done) result = await settle(done, temps[i], options.out, names, keepDocuments);
      results.push(result!);
      // the main thread waits on the workers from here on: what the end needs is made now
      if (i === 0) schemaJson = prepare(options);
      delete temps[i];
      if (done?.page) madePages.set(files[i], done.page);
      else if (pageTemps[i]) discardTemp(pageTemps[i]);
      delete pageTemps[i];
      if (slot.key) {
        keyOf.set(files[i], slot.key);
        keys.push(slot.key);
        // what the record holds: the file's own messages, not the build's (a name collision)
        const own = slot.hit ?? (done && done.recorded ? { summary: done.summary, messages: done.messages, hasDocument: done.written !== null } : null);
        if (own) records.set(slot.key, own);
      }
      if (result!.output) {
        const rows = done ? done.csv : slot.csv!;
        kept.push(done ? (done.entry ?? slot.key!) : slot.entry!);
        if (slot.key) written.set(relativeTo(options.out, result!.output), slot.key);
        if (csvRows++ === 0) csv.append(TARGETS_CSV_HEADER);
        csv.append(rows);
      }
      options.onDocument?.(results[results.length - 1]);
    }
    extracted = !options.signal?.aborted;
  } finally {
    if (extracted) {
      // every document is in place: the workers stop while the rest is written
      (extractor as Extractor | null)?.close().catch(() => {});
    } else {
      await (extractor as Extractor | null)?.close();
      // documents written ahead of an interruption or an error are not put in place, nor targets.csv
      for (const temp of [...temps, ...pageTemps, ...madePages.values()]) if (temp) discardTemp(temp);
      csv.discard();
    }
  }
  if (!extracted) throw new BuildInterrupted(results.filter((r) => r.output).length, files.length);

  let extra: string[];
  try {
    await removeStale(documentsDir, names);
    await removeStaleTexts(options.out, results);
    await writeAtomic(join(options.out, "schema.json"), await (schemaJson ?? prepare(options)));
    if (csvRows === 0) csv.append(TARGETS_CSV_HEADER);
    await csv.commit();
    // the comparison reads source, province, meta and targets of each document, the report its bodies
    const entries: Array<Entry | string | null> = kept.splice(0);
    const documents = function* (): Generator<Document> {
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        // let go once read: the comparison keeps what it needs of it
        entries[i] = null;
        yield { ...(typeof e === "string" ? cache!.readEntry(e) : e), sections: [], divisions: [], baselines: [], messages: [] };
      }
    };
    const outputOf = new Map(results.flatMap((r) => (r.output ? [[r.path, r.output] as const] : [])));
    const pages: SourcePages = {
      take: (path) => {
        const temp = madePages.get(path) ?? null;
        madePages.delete(path);
        return temp;
      },
      inPlace: (path, rel) => cache !== null && keyOf.has(path) && cache.unchanged(options.out, rel, keyOf.get(path)),
      placed: (path, rel) => void written.set(rel, keyOf.get(path)),
      document: (path) => outputOf.get(path)!,
    };
    // the documents are the callee's: none kept here while the outputs are made
    extra = options.extraOutputs ? await options.extraOutputs(documents(), options.out, pages) : [];
  } catch (error) {
    csv.discard();
    throw error;
  } finally {
    // pages of documents the comparison leaves out (a copy of another file)
    for (const temp of madePages.values()) discardTemp(temp);
  }
  const outputs = ["datapackage.json", "manifest.json", "schema.json", "targets.csv", ...extra.map((p) => relativeTo(options.out, p))];
  const documentFiles = results.flatMap((r) => (r.output ? [relativeTo(options.out, r.output)] : []));
  await writeAtomic(join(options.out, "datapackage.json"), JSON.stringify(dataPackage({ documents: documentFiles, outputs }), null, 2) + "\n");
  await writeAtomic(join(options.out, "manifest.json"), JSON.stringify(manifest(results, options.out, extra), null, 2) + "\n");
  if (cache) {
    for (const name of outputs) if (!written.has(name)) written.set(name, undefined);
    cache.save(options.out, { inputs: inputsHash(cache.fingerprint, keys), records, sources, written });
  }
  return results;
}

/** a corpus file on its way: the pipeline's outcome to come, or the record the cache holds */
interface Slot {
  done: Promise<Done> | null;
  key: string | null;
  hit: CacheRecord | null;
  /** the hit's lines of targets.csv, and its entry (read with them: the record is not read twice) */
  csv?: string;
  entry?: Entry;
  /** the pipeline after all, when the document a record stands for is gone from the output */
  rerun?: () => Promise<Done>;
}
const EMPTY: Slot = { done: null, key: null, hit: null };

function cacheFingerprint(cache: NonNullable<BuildOptions["cache"]>): string | undefined {
  return typeof cache === "string" ? undefined : cache.fingerprint;
}

/** at most this many files to run are started before the others' records are read */
const EARLY_AT_MOST = 4;

/** the problem of a file with the content of an earlier one (`seen`: sha256 → the first file with it), none for the first */
function duplicateOf(seen: Map<string, string>, sha256: string, file: string): Problem[] {
  const first = seen.get(sha256);
  if (first !== undefined) return [{ ruleId: "duplicate-content", severity: "warning", reason: `same content as ${first}` }];
  seen.set(sha256, file);
  return [];
}

/** a record whose file is gone, cut short or unreadable is no record */
function cachedOutcome(cache: BuildCache, key: string): { record: CacheRecord; csv: string; entry?: Entry } | null {
  const parts = cache.load(key);
  if (parts === null) return null;
  const { summary, messages, hasDocument, csv } = parts;
  try {
    return { record: { summary, messages, hasDocument }, csv, ...(hasDocument ? { entry: JSON.parse(parts.entry) as Entry } : {}) };
  } catch {
    return null;
  }
}

/**
 * A file's outcome from its record, its document left in place; null when that document
 * is not as the last build wrote it (removed, changed by hand, or under another name now).
 */
function settleCached(record: CacheRecord, file: string, out: string, names: OutputNames, inPlace: (path: string) => boolean): BuildSummary | null {
  const messages = [...record.messages];
  let output: string | null = null;
  if (record.hasDocument) {
    if (!inPlace(names.peek(file))) return null;
    const { path, collidesWith } = names.assign(file);
    if (collidesWith !== null)
      messages.push(asMessage({ ruleId: "output-name-collision", severity: "warning", reason: `'${collidesWith}' has the same output name; writing ${relativeTo(out, path)}` }));
    output = path;
  } else {
    const plain = documentPath(out, file);
    if (!names.has(plain)) rmSync(plain, { force: true });
  }
  return { path: file, output, messages, summary: record.summary, cached: true };
}

/**
 * When every file's SHA-256 is known from its stat, the keys are those of the last
 * complete build and everything it wrote is as written: the records, one per file, in
 * corpus order; else null.
 */
function nothingChanged(cache: BuildCache, files: string[], knownSha: Array<string | null>, out: string): Array<{ file: string; key: string; record: CacheRecord }> | null {
  if (cache.lastInputs === null || knownSha.some((s) => s === null)) return null;
  const firstOf = new Map<string, string>();
  const keys = files.map((file, i) => {
    const sha256 = knownSha[i]!;
    return recordKey(cache.fingerprint, { path: file, sha256, problems: duplicateOf(firstOf, sha256, file) });
  });
  if (inputsHash(cache.fingerprint, keys) !== cache.lastInputs || !cache.outputsUnchanged(out)) return null;
  const records = [];
  for (const [i, file] of files.entries()) {
    const record = cache.known(keys[i]);
    if (!record) return null;
    records.push({ file, key: keys[i], record });
  }
  return records;
}

/** a build in which nothing changed: every outcome from the cache, nothing written */
function fromCache(records: NonNullable<ReturnType<typeof nothingChanged>>, options: BuildOptions, keepDocuments: boolean): BuildSummary[] {
  const names = new OutputNames(options.out);
  const results: BuildSummary[] = [];
  for (const { file, record } of records) {
    if (options.signal?.aborted) throw new BuildInterrupted(results.filter((r) => r.output).length, records.length);
    const result = settleCached(record, file, options.out, names, () => true)!;
    if (result.output && keepDocuments) (result as BuildResult).document = JSON.parse(readFileSync(result.output, "utf8")) as Document;
    results.push(result);
    options.onDocument?.(result);
  }
  return results;
}

/**
 * The schema's JSON, and what the extra outputs need, loaded in the background: the
 * schema's module (zod) is not needed before the documents are done.
 */
function prepare(options: BuildOptions): Promise<string> {
  const schema = import("../schema/document.js").then(({ documentJsonSchema }) => JSON.stringify(documentJsonSchema(), null, 2) + "\n");
  const extra = options.prepareExtraOutputs?.() ?? Promise.resolve();
  const both = Promise.all([schema, extra]).then(([json]) => json);
  // awaited at the end; a build that stops before then does not report it as unhandled
  both.catch(() => {});
  return both;
}

/**
 * puts a document in place (or removes the one an earlier run left for a failed file);
 * `temp` is where its worker wrote it, or began to
 */
async function settle(
  done: Done,
  temp: string | undefined,
  out: string,
  names: OutputNames,
  keepDocument: boolean,
): Promise<BuildSummary | BuildResult> {
  if (done.writeError) {
    if (temp) discardTemp(temp);
    // the document that could not be written is the place of the problem
    throw Object.assign(new Error(done.writeError.message), { code: done.writeError.code ?? undefined, path: documentPath(out, done.path) });
  }
  const messages = [...done.messages];
  let output: string | null = null;
  let text: { path: string; sha256: string } | undefined;
  if (done.written !== null) {
    const { path, collidesWith } = names.assign(done.path);
    if (collidesWith !== null)
      messages.push(
        asMessage({ ruleId: "output-name-collision", severity: "warning", reason: `'${collidesWith}' has the same output name; writing ${relativeTo(out, path)}` }),
      );
    commitTemp(done.written, path);
    output = path;
    // the text read from a PDF, a scan, …: what the document's positions index
    if (done.text) text = await placeText(done, path, out);
  } else {
    if (temp) discardTemp(temp);
    // no document for this file, so none from an earlier run either
    const plain = documentPath(out, done.path);
    if (!names.has(plain)) await rm(plain, { force: true });
  }
  const result: BuildSummary = { path: done.path, output, messages, summary: done.summary };
  if (text) result.text = text;
  return keepDocument && done.document ? { ...result, document: done.document } : result;
}

/**
 * writes the text read from a file beside its document; a document renamed for a name
 * collision names its own text file
 */
async function placeText(done: Done, documentFile: string, out: string): Promise<{ path: string; sha256: string }> {
  const { content, path } = done.text!;
  const wanted = relativeTo(out, textFileOf(out, documentFile));
  if (wanted !== path) {
    const document = JSON.parse(readFileSync(documentFile, "utf8")) as Document;
    document.source.text = wanted;
    await writeAtomic(documentFile, JSON.stringify(document, null, 2) + "\n");
    if (done.document) done.document.source.text = wanted;
  }
  await writeAtomic(join(out, wanted), content);
  return { path: wanted, sha256: createHash("sha256").update(content).digest("hex") };
}

/** text files of an earlier build whose documents are gone */
async function removeStaleTexts(out: string, results: BuildSummary[]): Promise<void> {
  const kept = new Set(results.flatMap((r) => (r.text ? [r.text.path] : [])));
  let files: string[] = [];
  try {
    files = await readdir(join(out, "text"));
  } catch {
    return;
  }
  for (const name of files) if (name.endsWith(".txt") && !kept.has(`text/${name}`)) await rm(join(out, "text", name), { force: true });
}

async function removeStale(dir: string, names: OutputNames): Promise<void> {
  let files: string[] = [];
  try {
    files = await readdir(dir);
  } catch {
    return;
  }
  for (const name of files) {
    const path = join(dir, name);
    if (name.endsWith(".json") && !names.has(path)) await rm(path, { force: true });
  }
}

function manifest(results: BuildSummary[], out: string, extra: string[]) {
  return {
    tool: "nghiquyet",
    toolVersion: TOOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    documents: results.map((r) => ({
      source: r.path,
      sha256: r.summary.sha256,
      bytes: r.summary.bytes,
      encoding: r.summary.encoding,
      province: r.summary.province,
      output: r.output ? relativeTo(out, r.output) : null,
      ...(r.text ? { text: r.text.path, textSha256: r.text.sha256 } : {}),
      targets: r.summary.targets,
      bodies: r.summary.bodies,
      errors: r.messages.filter((m) => m.severity === "error").length,
      warnings: r.messages.filter((m) => m.severity === "warning").length,
    })),
    outputs: ["datapackage.json", "schema.json", "targets.csv", ...extra.map((p) => relativeTo(out, p))].sort(),
  };
}
