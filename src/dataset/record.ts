/**
 * One corpus file's record in the build's cache (src/dataset/cache.ts): what the pipeline
 * gave for it, enough to build without running the pipeline again.
 */
import type { Message } from "../schema/document.js";
import type { Summary } from "./outcome.js";

/** what a record gives back without the pipeline */
export interface CacheRecord {
  summary: Summary;
  messages: Message[];
  /** false for a file with an error (no document) */
  hasDocument: boolean;
}

/**
 * A record's file, one per key: a first line of JSON (the record, and the lengths of the
 * two texts after it), then the file's lines of targets.csv, then its entry's JSON. One
 * file, not three: creating files is most of what a record costs (docs/bench.md). It is
 * written in place, not renamed: a file cut short (a build killed midway) does not add up
 * to its lengths, and is a miss.
 */
export interface RecordParts extends CacheRecord {
  csv: string;
  /** the entry's JSON, "" for a file without a document */
  entry: string;
}

export function formatRecord(record: RecordParts): string {
  const head = JSON.stringify({ summary: record.summary, messages: record.messages, hasDocument: record.hasDocument, csv: record.csv.length, entry: record.entry.length });
  return `${head}\n${record.csv}${record.entry}`;
}

/** a record's file read back, or null when it is not one, or not whole */
export function parseRecord(text: string): RecordParts | null {
  const nl = text.indexOf("\n");
  if (nl < 0) return null;
  let head: CacheRecord & { csv: unknown; entry: unknown };
  try {
    head = JSON.parse(text.slice(0, nl));
  } catch {
    return null;
  }
  const { csv, entry } = head;
  if (typeof csv !== "number" || typeof entry !== "number" || nl + 1 + csv + entry !== text.length || head.hasDocument !== entry > 0) return null;
  return { summary: head.summary, messages: head.messages, hasDocument: head.hasDocument, csv: text.slice(nl + 1, nl + 1 + csv), entry: text.slice(nl + 1 + csv) };
}

