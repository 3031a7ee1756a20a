/**
 * Writing the dataset: atomically (temp file + rename), inside the output folder only.
 * Temp files in flight are tracked, so an interrupted build can remove them; one left by
 * a killed process is removed by the next build (its pid is gone).
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { threadId } from "node:worker_threads";
import { slugify } from "../text/fold.js";

const inFlight = new Set<string>();
let sequence = 0;

/**
 * Writes `data` to `path` so that readers never see a half-written file; `data` may come
 * in pieces (a long output made a row at a time), each written as it comes. The system
 * calls are synchronous: a build's end writes on its own, and a call sent to the thread
 * pool leaves this thread idle until it is woken for the next (docs/bench.md, fifth session).
 */
export async function writeAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const tmp = `${path}.${process.pid}-${++sequence}.tmp`;
  inFlight.add(tmp);
  const pieces = typeof data === "string" || data instanceof Uint8Array ? null : data[Symbol.iterator]();
  // a retry (the folder was missing) takes the pieces from the start: none is taken before the file opens
  const write =
    pieces !== null
      ? () => writePieces(tmp, pieces)
      : typeof data === "string" && data.length > LARGE
        ? () => writeLargeString(tmp, data)
        : () => writeFileSync(tmp, data as string | Uint8Array);
  try {
    try {
      write();
    } catch (error) {
      // the folder is made when it is missing, not checked before every write
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(dirname(path), { recursive: true });
      write();
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  } finally {
    inFlight.delete(tmp);
  }
}

/** a string longer than this (a report, the comparison) is written by writeLargeString */
const LARGE = 1 << 20;
const CHUNK = 1 << 20;
let chunkBytes = Buffer.alloc(0);

/**
 * A long string written a megabyte of characters at a time, each encoded into one buffer
 * kept for the next: no copy of the whole text as bytes is made (tens of megabytes to
 * allocate, fill and collect), and the file is written as the text is encoded.
 */
function writeLargeString(path: string, text: string): void {
  const fd = openSync(path, "w");
  try {
    writeText(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * Pieces of a text written as they come, each encoded into the kept buffer of
 * writeLargeString at once, the buffer written when the next piece would not fit: no
 * string longer than a piece is made (gathering pieces into megabyte strings made one
 * of these per megabyte, large objects that only a full collection frees).
 */
function writePieces(path: string, pieces: Iterator<string>): void {
  if (chunkBytes.length < CHUNK * 3) chunkBytes = Buffer.allocUnsafe(CHUNK * 3);
  const fd = openSync(path, "w");
  let used = 0;
  const flush = () => {
    for (let done = 0; done < used; ) done += writeSync(fd, chunkBytes, done, used - done);
    used = 0;
  };
  try {
    for (let next = pieces.next(); !next.done; next = pieces.next()) {
      const piece = next.value;
      // at most 3 bytes a UTF-16 unit
      if (used + piece.length * 3 > chunkBytes.length) flush();
      if (piece.length * 3 > chunkBytes.length) writeText(fd, piece);
      else used += chunkBytes.write(piece, used, "utf8");
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/** one text to an open file, through the kept buffer, a megabyte of characters at a time */
function writeText(fd: number, text: string): void {
  if (chunkBytes.length < CHUNK * 3) chunkBytes = Buffer.allocUnsafe(CHUNK * 3);
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + CHUNK, text.length);
    // a surrogate pair stays in one chunk
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    const n = chunkBytes.write(text.slice(start, end), 0, "utf8");
    for (let done = 0; done < n; ) done += writeSync(fd, chunkBytes, done, n - done);
    start = end;
  }
}

/**
 * A file written piece by piece as a build goes (targets.csv, a document's rows at a
 * time), put in place whole at the end: a temp file until `commit`.
 */
export class AppendedFile {
  private readonly tmp: string;
  private fd: number | null = null;

  constructor(private readonly path: string) {
    this.tmp = tempPath(path);
  }

  append(text: string): void {
    if (this.fd === null) {
      mkdirSync(dirname(this.tmp), { recursive: true });
      this.fd = openSync(this.tmp, "w");
    }
    if (text.length > 0) writeSync(this.fd, text, null, "utf8");
  }

  async commit(): Promise<void> {
    if (this.fd === null) this.append("");
    closeSync(this.fd!);
    this.fd = null;
    commitTemp(this.tmp, this.path);
  }

  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    discardTemp(this.tmp);
  }
}

/**
 * The two halves of an atomic write done in two places: a build's worker writes a
 * document to the temp path (`writeTempSync`), the main thread renames it into place in
 * corpus order (`commitTemp`) or drops it (`discardTemp`). The temp file counts as in
 * flight from the moment its name is given.
 */
export function tempPath(path: string): string {
  const tmp = `${path}.${process.pid}-${++sequence}.tmp`;
  inFlight.add(tmp);
  return tmp;
}

/** Writes a temp file, making its folder when it is missing. */
export function writeTempSync(tmp: string, data: string | Uint8Array): void {
  writeFileMakingFolder(tmp, data);
}

/** Writes a file, making its folder when it is missing: made on the first write that needs it, not checked before every one. */
export function writeFileMakingFolder(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}

/**
 * Puts a temp file in place. Synchronous: a rename is one short system call, and sent to
 * the thread pool it costs more in all (the pool's thread, the callback) than it saves
 * this thread, which shares the cores with the workers
 */
export function commitTemp(tmp: string, path: string): void {
  try {
    renameSync(tmp, path);
  } catch (error) {
    discardTemp(tmp);
    throw error;
  }
  inFlight.delete(tmp);
}

export function discardTemp(tmp: string): void {
  // a temp folder too (the comparison's spill)
  rmSync(tmp, { force: true, recursive: true });
  inFlight.delete(tmp);
}

/** Removes the temp files of writes still in flight (for an exit that cannot wait). */
export function removeTempFilesSync(): number {
  let n = 0;
  for (const tmp of inFlight) {
    rmSync(tmp, { force: true, recursive: true });
    n++;
  }
  inFlight.clear();
  return n;
}

const TEMP = /\.(\d+)(?:-\d+)?\.tmp$/;

/** Removes temp files in `dir` left by processes that no longer run; returns their names. */
export async function removeOrphanTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || (Number(m[1]) !== process.pid && alive(Number(m[1])))) continue;
    if (Number(m[1]) === process.pid && inFlight.has(join(dir, name))) continue;
    await rm(join(dir, name), { force: true, recursive: true });
    removed.push(name);
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** `out/documents/<slug>.json` for a corpus file, whatever its name holds ("../", "/", NUL) */
export function documentPath(outDir: string, sourcePath: string, suffix = ""): string {
  const stem = sourcePath.replace(/\.[^./\\]*$/, "");
  const slug = slugify(stem) || "document";
  const target = resolve(outDir, "documents", `${slug}${suffix}.json`);
  const root = resolve(outDir) + sep;
  if (!target.startsWith(root)) throw new Error(`refusing to write outside ${outDir}: ${target}`);
  return target;
}

/**
 * Output paths for corpus files, in corpus order: two names with one slug ("a b.txt",
 * "a-b.txt") get "a-b.json" and "a-b-2.json" instead of overwriting each other.
 */
export class OutputNames {
  private readonly taken = new Map<string, string>();

  constructor(private readonly outDir: string) {}

  /** the path for `source`, and the file that already holds its plain name, if any */
  assign(source: string): { path: string; collidesWith: string | null } {
    const plain = documentPath(this.outDir, source);
    const holder = this.taken.get(plain);
    let path = plain;
    for (let n = 2; this.taken.has(path); n++) path = documentPath(this.outDir, source, `-${n}`);
    this.taken.set(path, source);
    return { path, collidesWith: holder ?? null };
  }

  /** the path `assign` would give `source` now, without taking it */
  peek(source: string): string {
    let path = documentPath(this.outDir, source);
    for (let n = 2; this.taken.has(path); n++) path = documentPath(this.outDir, source, `-${n}`);
    return path;
  }

  has(path: string): boolean {
    return this.taken.has(path);
  }
}

export function relativeTo(dir: string, path: string): string {
  return relative(dir, path).split(sep).join("/");
}

export { join };

/** What a failed file-system call means, in plain words ("no such file or folder", not ENOENT). */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EISDIR":
      return "a folder, not a file";
    case "ENOTDIR":
      return "not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    case "EEXIST":
      return "already exists";
    case "ELOOP":
      return "too many symbolic links";
    case "ENAMETOOLONG":
      return "name too long";
  }
  const message = error instanceof Error ? error.message : String(error);
  // node writes "CODE: what, syscall 'path'": the path is printed by the caller already
  return message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
}

let recordSequence = 0;

/** a record or the state, written whole or not at all (a worker or a build killed midway leaves a temp file at most) */
export function writeJsonAtomic(path: string, value: unknown): void {
  writeTextAtomic(path, JSON.stringify(value));
}

export function writeTextAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}-${threadId}-${++recordSequence}.tmp`;
  writeFileMakingFolder(tmp, text);
  try {
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
