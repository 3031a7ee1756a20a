/**
 * What a build job is and what it gives back, and the messages the build itself
 * writes. No pipeline here: the main thread of a build loads this, the workers the rest.
 */
import { asMessage, type Problem } from "../messages.js";
import type { Document, Message } from "../schema/document.js";

export interface Job {
  /** the file's path relative to the corpus folder, as documents and messages show it */
  path: string;
  bytes: Uint8Array;
  /** their SHA-256 (hex), computed by the build to find duplicates */
  sha256: string;
  /** where the document's JSON goes (a temp file the build renames into place) */
  tempPath: string;
  /** problems the build adds to the document's messages (same content as another file) */
  problems: Problem[];
  /** send the whole document back, not only its entry */
  keepDocument: boolean;
  /**
   * a file that is not plain text: what the read stage made of it (the pipeline reads
   * `read.text`) and where that text is written, relative to the output folder
   */
  read?: { text: string; textPath: string; format: import("../stages/read/types.js").Format; layout: import("../stages/read/types.js").Layout | null; problems: Problem[] };
  /** where to write the file's record for the build's cache (src/dataset/cache.ts) */
  record?: string | null;
  /**
   * where to write the document's page of the HTML report (its text with every target
   * marked: the one page that depends on this document alone), a temp file the build puts
   * in place; none when not given
   */
  page?: string | null;
}

/** what the comparison and the report read of a document (its province page lists its bodies) */
export type Entry = Pick<Document, "schemaVersion" | "source" | "province" | "meta" | "targets" | "bodies">;

export interface Summary {
  sha256: string | null;
  bytes: number | null;
  encoding: string | null;
  province: string | null;
  targets: number;
  bodies: number;
}

export interface Done {
  path: string;
  /** the temp file holding the document's JSON; null when the file has an error */
  written: string | null;
  /** the temp file could not be written: a problem of the output folder, not of the file */
  writeError?: { code: string | null; message: string };
  messages: Message[];
  summary: Summary;
  entry: Entry | null;
  /** the record was written to the cache: `entry` is there rather than here (the build reads it back at the end) */
  recorded?: boolean;
  /** the document's lines of targets.csv, made where the document was */
  csv: string;
  /** the temp file holding the document's source page, when the job asked for it and the document is a column of the comparison */
  page?: string | null;
  /** the text the read stage made of a file that is not plain text, to write beside the documents */
  text?: { content: string; path: string };
  document: Document | null;
}

export function internalError(error: unknown): Message {
  const reason = error instanceof Error ? error.message : String(error);
  return asMessage({ ruleId: "internal-error", severity: "error", reason: `internal error while extracting (a bug; please report it): ${reason}` });
}

/** a file that produced no document: unreadable, or the pipeline failed on it */
export function failed(path: string, m: Message, source: { sha256?: string; bytes?: number } = {}): Done {
  return {
    path,
    written: null,
    messages: [m],
    summary: { sha256: source.sha256 ?? null, bytes: source.bytes ?? null, encoding: null, province: null, targets: 0, bodies: 0 },
    entry: null,
    csv: "",
    document: null,
  };
}
