/**
 * One corpus file through the pipeline, as the build needs it: the document's JSON
 * (null when the file failed), its messages, a summary for the manifest, and the few
 * fields the dataset-wide outputs read (targets.csv, the comparison). Runs in a worker
 * thread or in-process; never throws.
 */
import { createHash } from "node:crypto";
import { extract } from "../pipeline.js";
import type { Document } from "../schema/document.js";
import { failed, internalError, type Done, type Job } from "./outcome.js";

export type { Done, Entry, Job, Summary } from "./outcome.js";

/**
 * UTF-8 bytes in a buffer of their own (the worker transfers it): Buffer.from encodes
 * twice as fast as TextEncoder, and only a small text shares Node's buffer pool
 */
function utf8(text: string): Uint8Array {
  const bytes = Buffer.from(text, "utf8");
  const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
  return own ? new Uint8Array(bytes.buffer, 0, bytes.length) : new Uint8Array(bytes);
}

export function runJob(job: Job): Done {
  let document: Document;
  try {
    document = extract(job.bytes, { path: job.path }).document;
  } catch (error) {
    // a bug in a stage, not a problem of the file: one message, the batch goes on
    const sha256 = createHash("sha256").update(job.bytes).digest("hex");
    return failed(job.path, internalError(error), { sha256, bytes: job.bytes.length });
  }
  document.messages.push(...job.notes);
  const hasError = document.messages.some((m) => m.severity === "error");
  return {
    path: job.path,
    json: hasError ? null : utf8(JSON.stringify(document, null, 2) + "\n"),
    messages: document.messages,
    summary: {
      sha256: document.source.sha256,
      bytes: document.source.bytes,
      encoding: document.source.encoding,
      province: document.province.name,
      targets: document.targets.length,
      bodies: document.bodies.length,
    },
    entry: {
      schemaVersion: document.schemaVersion,
      source: document.source,
      province: document.province,
      meta: document.meta,
      targets: document.targets,
    },
    document: job.keepDocument ? document : null,
  };
}
