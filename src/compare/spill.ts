/**
 * What a build of a large corpus keeps in files rather than in memory until it is needed
 * (docs/bench.md, memory): the cells of each indicator until its rows are made, the text of
 * comparison.json and comparison.csv and each province's table of targets until their
 * pages are written, the documents' bodies. One folder, given by the caller, who removes it;
 * it is made when the first file is.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { memoryCells, type CellStore, type StoredCell } from "./rows.js";

/** what is gathered for a file before it is written: few writes, little held */
const FLUSH_AT = 1 << 16;

interface SpillFile {
  path: string;
  fd: number;
  pending: string[];
  /** characters pending */
  size: number;
  /** bytes written and pending */
  bytes: number;
}

/** text files, each appended to by key, read back whole or by range, or handed over to be put in place */
export class SpillFiles {
  private readonly files = new Map<string, SpillFile>();
  /** files made so far: the next one's name */
  private made = 0;
  /** where pieces are encoded before they are written */
  private readonly scratch = Buffer.allocUnsafe(4 * FLUSH_AT);

  constructor(private readonly dir: string) {}

  /** appends to the file of `key`; returns where the text is in it, in bytes */
  append(key: string, text: string): { start: number; length: number } {
    let file = this.files.get(key);
    if (!file) {
      // the folder is made with its first file: a small corpus never makes it
      if (this.made === 0) mkdirSync(this.dir, { recursive: true });
      const path = join(this.dir, `${this.made++}.spill`);
      this.files.set(key, (file = { path, fd: openSync(path, "w+"), pending: [], size: 0, bytes: 0 }));
    }
    const length = Buffer.byteLength(text);
    const start = file.bytes;
    file.pending.push(text);
    file.size += text.length;
    file.bytes += length;
    if (file.size >= FLUSH_AT) flush(file, this.scratch);
    return { start, length };
  }

  has(key: string): boolean {
    return this.files.has(key);
  }

  keys(): IterableIterator<string> {
    return this.files.keys();
  }

  /** the text at `range` of the file of `key` */
  slice(key: string, range: { start: number; length: number }): string {
    const file = this.files.get(key)!;
    flush(file, this.scratch);
    const bytes = Buffer.allocUnsafe(range.length);
    for (let read = 0; read < range.length; ) {
      const n = readSync(file.fd, bytes, read, range.length - read, range.start + read);
      if (n === 0) break;
      read += n;
    }
    return bytes.toString("utf8");
  }

  /** the bytes of `key`'s file, which is gone then (empty when nothing was appended) */
  bytes(key: string): Buffer {
    const path = this.file(key);
    if (path === null) return Buffer.alloc(0);
    const bytes = readFileSync(path);
    rmSync(path, { force: true });
    return bytes;
  }

  /** the text of `key`'s file, which is gone then */
  text(key: string): string {
    return this.bytes(key).toString("utf8");
  }

  /** `key`'s file, closed, for the caller to move into place; null when nothing was appended */
  file(key: string): string | null {
    const file = this.files.get(key);
    if (!file) return null;
    flush(file, this.scratch);
    closeSync(file.fd);
    this.files.delete(key);
    return file.path;
  }

  /** every file closed (a build that stops early); the folder is the caller's to remove */
  close(): void {
    for (const file of this.files.values()) closeSync(file.fd);
    this.files.clear();
  }
}

/** the pending pieces written, each encoded into `scratch` (joining them first costs more than the writing: docs/bench.md) */
function flush(file: SpillFile, scratch: Buffer): void {
  let at = 0;
  for (const piece of file.pending) {
    // UTF-8 takes at most 3 bytes for a UTF-16 code unit
    if (at + 3 * piece.length > scratch.length) {
      writeSync(file.fd, scratch, 0, at);
      at = 0;
    }
    if (3 * piece.length > scratch.length) writeSync(file.fd, piece, null, "utf8");
    else at += scratch.write(piece, at, "utf8");
  }
  if (at > 0) writeSync(file.fd, scratch, 0, at);
  file.pending.length = 0;
  file.size = 0;
}

/** cells kept in files, one of JSON lines per indicator */
export function spilledCells(files: SpillFiles): CellStore {
  const key = (indicator: string) => `cells ${indicator}`;
  const indicators: string[] = [];
  return {
    put(indicator, cell) {
      if (!files.has(key(indicator))) indicators.push(indicator);
      files.append(key(indicator), JSON.stringify(cell) + "\n");
    },
    indicators: () => indicators,
    *take(indicator) {
      const bytes = files.bytes(key(indicator));
      for (let at = 0; at < bytes.length; ) {
        const end = bytes.indexOf(0x0a, at);
        yield JSON.parse(bytes.toString("utf8", at, end)) as StoredCell;
        at = end + 1;
      }
    },
  };
}

/**
 * Cells in memory while they are few, in files (`spilledCells`) once there are more than
 * `limit`: a small corpus pays nothing for the files (docs/bench.md, memory).
 */
export function cellsWithin(limit: number, files: SpillFiles): CellStore & { readonly spilled: boolean } {
  const memory = memoryCells();
  let count = 0;
  let disk: CellStore | null = null;
  return {
    get spilled() {
      return disk !== null;
    },
    put(indicator, cell) {
      if (disk) return disk.put(indicator, cell);
      memory.put(indicator, cell);
      if (++count <= limit) return;
      disk = spilledCells(files);
      for (const id of [...memory.indicators()]) for (const held of memory.take(id)) disk.put(id, held);
    },
    indicators: () => (disk ?? memory).indicators(),
    take: (indicator) => (disk ?? memory).take(indicator),
  };
}
