/**
 * The build's cache, so that a corpus rebuilt after a small change costs the change: for
 * each corpus file, what the pipeline gave the last time (its summary and messages, its
 * lines of targets.csv, the fields the comparison reads), filed under a key made of the
 * file's SHA-256 and path, the problems the build adds to it (same content as another
 * file) and a fingerprint of the code (tool and schema versions, every file of the code
 * and the grammars it runs from). A changed grammar or line of code changes every key.
 *
 * Beside the records, `state.json` keeps what the last complete build saw and wrote: each
 * corpus file's size, times and SHA-256 (a file whose size and times are unchanged is not
 * read again to be hashed, as git does), and the size and time of each file it wrote, so
 * that a document or output changed or removed by hand is made again rather than trusted.
 * When nothing changed, a build writes nothing.
 *
 * The cache is only ever a shortcut: any record missing or unreadable is a miss, and a
 * build from the cache writes the bytes a clean build writes.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { writeJsonAtomic } from "./files.js";
import { fileURLToPath } from "node:url";
import { SCHEMA_VERSION } from "../schema/version.js";
import { TOOL_VERSION } from "../version.js";
import type { Problem } from "../messages.js";
import type { Entry } from "./outcome.js";
import { parseRecord, type CacheRecord, type RecordParts } from "./record.js";

export type { CacheRecord } from "./record.js";

/** the layout of the cache folder; a cache of another layout is ignored and replaced */
const LAYOUT = 2;

/** where a build's cache lives when not told otherwise: a hidden folder of its output */
export function defaultCacheDir(out: string): string {
  return join(out, ".cache");
}

/**
 * What the documents depend on besides their files: the tool's and schema's versions and
 * the bytes of every module of `src/` and `grammars/` under `root` (compiled or not), the
 * national reference included. Sorted, so the same code gives the same fingerprint.
 */
export function codeFingerprint(root: string = codeRoot(), versions = { tool: TOOL_VERSION, schema: SCHEMA_VERSION }): string {
  const hash = createHash("sha256").update(`nghiquyet ${versions.tool} schema ${versions.schema} cache ${LAYOUT}\n`);
  for (const dir of ["src", "grammars"])
    for (const file of listCode(join(root, dir))) hash.update(`${dir}/${file}\n`).update(readFileSync(join(root, dir, file)));
  return hash.digest("hex");
}

/** the folder holding src/ and grammars/ of the running code: the repository (tsx) or dist/ */
function codeRoot(): string {
  return fileURLToPath(new URL("../..", import.meta.url));
}

const RECORD = ".rec";

const CODE = /\.(?:[cm]?[jt]s|json)$/;

function listCode(dir: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) files.push(...listCode(dir, rel));
    // the worker's bundle is made of the other files (scripts/bundle-worker.mjs): hashed through them
    else if (CODE.test(e.name) && !e.name.endsWith(".d.ts") && !e.name.endsWith(".bundle.js")) files.push(rel);
  }
  return files.sort();
}

/** the key of one corpus file's record */
export function recordKey(fingerprint: string, file: { path: string; sha256: string; problems: readonly Problem[] }): string {
  return createHash("sha256").update(JSON.stringify([fingerprint, file.path, file.sha256, file.problems])).digest("hex");
}


interface SourceStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  sha256: string;
}

interface WrittenStat {
  size: number;
  mtimeMs: number;
  ino: number;
  /** for a document: the key of the record it was made from */
  key?: string;
}

/** what a complete build tells the cache */
export interface SavedBuild {
  inputs: string;
  /** every record of the build, documents or not, by key: the others are removed */
  records: Map<string, CacheRecord>;
  /** corpus file → the stat it had before it was read, and its SHA-256 */
  sources: Map<string, { stat: Stats; sha256: string }>;
  /** every file written, relative to the output folder ("/"-separated) → the key of the record of a document */
  written: Map<string, string | undefined>;
}

interface State {
  layout: number;
  fingerprint: string;
  /** the last complete build's inputs: fingerprint and every file's key, in corpus order */
  inputs: string;
  /** corpus file → its stat and SHA-256 when last hashed */
  sources: { [path: string]: SourceStat };
  /** output file (relative to the output folder, "/"-separated) → its stat when written */
  written: { [path: string]: WrittenStat };
  /** key → its record's meta, for the files of the last complete build (one read instead of one per file) */
  records: { [key: string]: CacheRecord };
}

export class BuildCache {
  readonly fingerprint: string;
  private readonly records: string;
  private readonly state: State | null;

  constructor(
    readonly dir: string,
    fingerprint: string = codeFingerprint(),
  ) {
    this.fingerprint = fingerprint;
    this.records = join(dir, "records");
    this.state = readState(join(dir, "state.json"), fingerprint);
  }

  /** the SHA-256 recorded for a corpus file whose size and times are those it had then, else null */
  knownSha256(path: string, stat: Stats): string | null {
    const known = this.state?.sources[path];
    if (!known) return null;
    return known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.ctimeMs === stat.ctimeMs && known.ino === stat.ino ? known.sha256 : null;
  }

  /** the inputs of the last complete build, to compare with this one's */
  get lastInputs(): string | null {
    return this.state?.inputs ?? null;
  }

  /** where the record of `key` is written */
  recordPath(key: string): string {
    return join(this.records, `${key}${RECORD}`);
  }

  /** the record of `key` as the last complete build knew it, without reading its file; else null */
  known(key: string): CacheRecord | null {
    return this.state?.records[key] ?? null;
  }

  /** the record of `key` read whole from its file, or null when there is none or it is not whole */
  load(key: string): RecordParts | null {
    try {
      return parseRecord(readFileSync(this.recordPath(key), "utf8"));
    } catch {
      return null;
    }
  }

  /** the entry of a record that `load` found whole earlier in the build */
  readEntry(key: string): Entry {
    const record = this.load(key);
    if (record === null || !record.hasDocument) throw new Error(`the build's cache lost the record ${key} during the build`);
    return JSON.parse(record.entry) as Entry;
  }


  /** a file the last build wrote (relative to `out`) is there as it was written, and was made from `key` when given */
  unchanged(out: string, rel: string, key?: string): boolean {
    const was = this.state?.written[rel];
    if (!was || (key !== undefined && was.key !== key)) return false;
    const now = statSync(join(out, rel), { throwIfNoEntry: false });
    return now !== undefined && now.size === was.size && now.mtimeMs === was.mtimeMs && now.ino === was.ino;
  }

  /**
   * After a complete build: what it saw and wrote, and the records of files no longer in
   * the corpus removed (the cache holds one corpus, not its history).
   */
  save(out: string, build: SavedBuild): void {
    const state: State = { layout: LAYOUT, fingerprint: this.fingerprint, inputs: build.inputs, sources: {}, written: {}, records: {} };
    for (const [key, record] of build.records) state.records[key] = record;
    for (const [path, { stat, sha256 }] of build.sources) state.sources[path] = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, sha256 };
    for (const [rel, key] of build.written) {
      const stat = statSync(join(out, rel), { throwIfNoEntry: false });
      if (stat) state.written[rel] = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, ...(key ? { key } : {}) };
    }
    writeJsonAtomic(join(this.dir, "state.json"), state);
    this.prune(new Set(build.records.keys()));
  }

  /** every file the last build wrote is there as it was written, and documents/ holds no other document */
  outputsUnchanged(out: string): boolean {
    const written = this.state?.written;
    if (!written || Object.keys(written).length === 0) return false;
    for (const rel of Object.keys(written)) if (!this.unchanged(out, rel)) return false;
    let names: string[];
    try {
      names = readdirSync(join(out, "documents"));
    } catch {
      return false;
    }
    return names.every((name) => !name.endsWith(".json") || `documents/${name}` in written);
  }

  private prune(keep: Set<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.records);
    } catch {
      return;
    }
    for (const name of names) if (!name.endsWith(RECORD) || !keep.has(name.slice(0, -RECORD.length))) rmSync(join(this.records, name), { force: true });
  }
}

/** one build's inputs: the fingerprint and each file's key in corpus order */
export function inputsHash(fingerprint: string, keys: readonly string[]): string {
  const hash = createHash("sha256").update(fingerprint);
  for (const key of keys) hash.update("\n").update(key);
  return hash.digest("hex");
}

function readState(path: string, fingerprint: string): State | null {
  try {
    const state = JSON.parse(readFileSync(path, "utf8")) as State;
    if (state.layout !== LAYOUT || typeof state.sources !== "object" || typeof state.written !== "object" || typeof state.records !== "object") return null;
    // another code's state: its hashes of corpus files still hold, nothing else does
    return state.fingerprint === fingerprint ? state : { ...state, inputs: "", written: {}, records: {} };
  } catch {
    return null;
  }
}
