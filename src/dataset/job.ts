/**
 * One corpus file through the pipeline, as the build needs it: the document's JSON
 * (null when the file failed), its messages, a summary for the manifest, and the few
 * fields the dataset-wide outputs read (targets.csv, the comparison). Runs in a worker
 * thread or in-process; never throws.
 */
import { extract } from "../pipeline.js";
import type { Document } from "../schema/document.js";
import { targetRows } from "./csv.js";
import { writeFileMakingFolder, writeTempSync } from "./files.js";
import { formatRecord } from "./record.js";
import { documentSourcePage } from "../report/site/source.js";
import { failed, internalError, type Done, type Entry, type Job, type Summary } from "./outcome.js";
import { asMessage } from "../messages.js";
import type { Message } from "../schema/document.js";

export type { Done, Entry, Job, Summary } from "./outcome.js";

export function runJob(job: Job): Done {
  let document: Document;
  let raw: string;
  try {
    const read = job.read;
    const extracted = read ? extract(read.text, { path: job.path, sha256: job.sha256, bytes: job.bytes.length, read }) : extract(job.bytes, { path: job.path, sha256: job.sha256 });
    document = extracted.document;
    raw = String(extracted.file.value);
    if (read) document.source.text = read.textPath;
  } catch (error) {
    // a bug in a stage, not a problem of the file: one message, the batch goes on
    return failed(job.path, internalError(error), { sha256: job.sha256, bytes: job.bytes.length });
  }
  document.messages.push(...job.problems.map(asMessage));
  const hasError = document.messages.some((m) => m.severity === "error");
  let written: string | null = null;
  if (!hasError) {
    try {
      writeTempSync(job.tempPath, JSON.stringify(document, null, 2) + "\n");
      written = job.tempPath;
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      return { ...failed(job.path, internalError(error)), writeError: { code: code ?? null, message } };
    }
  }
  const entry: Entry = {
    schemaVersion: document.schemaVersion,
    source: document.source,
    province: document.province,
    meta: document.meta,
    targets: document.targets,
    bodies: document.bodies,
  };
  const csv = written === null ? "" : targetRows(document);
  const summary: Summary = {
    sha256: document.source.sha256,
    bytes: document.source.bytes,
    encoding: document.source.encoding,
    province: document.province?.name ?? null,
    targets: document.targets.length,
    bodies: document.bodies.length,
  };
  const page = written !== null && job.page ? writePage(job.page, document, raw) : null;
  const recorded = job.record ? writeRecord(job.record, { summary, messages: document.messages, entry: written === null ? null : entry, csv }) : false;
  return {
    path: job.path,
    written,
    messages: document.messages,
    summary,
    entry: recorded || written === null ? null : entry,
    recorded,
    csv,
    page,
    ...(job.read && written !== null ? { text: { content: job.read.text, path: job.read.textPath } } : {}),
    document: job.keepDocument ? document : null,
  };
}

/** the document's source page, or null when it is no column of the comparison or cannot be written (the build makes it then) */
function writePage(path: string, document: Document, raw: string): string | null {
  try {
    const html = documentSourcePage(document, raw);
    if (html === null) return null;
    writeTempSync(path, html);
    return path;
  } catch {
    return null;
  }
}

/**
 * The file's record for the build's cache, written here where the document is (the
 * workers run in parallel, the main thread does not). A record that cannot be written is
 * no failure of the file: the entry goes back to the build as without a cache.
 */
function writeRecord(path: string, record: { summary: Summary; messages: Message[]; entry: Entry | null; csv: string }): boolean {
  try {
    // in place, not renamed: a record cut short does not add up to its own lengths (record.ts)
    writeFileMakingFolder(path, formatRecord({ summary: record.summary, messages: record.messages, hasDocument: record.entry !== null, csv: record.csv, entry: record.entry ? JSON.stringify(record.entry) : "" }));
    return true;
  } catch {
    return false;
  }
}
