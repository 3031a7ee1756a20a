/**
 * The files of a corpus that are not plain text: read (pdf.js, OCR, mammoth, rehype) on
 * the build's main thread, where the reads of several files overlap, then handed to the
 * pipeline like any other file. The text read is written to OUT/text/NAME.txt beside the
 * document OUT/documents/NAME.json, and every position of the document indexes it.
 */
import { basename, join, resolve } from "node:path";
import { asMessage } from "../messages.js";
import type { Done, Job } from "./outcome.js";
import type { ReaderVersions } from "../stages/read/index.js";

/** the readers' versions, found once per build (they start programs: Tesseract) */
export function readerVersionsOnce(): () => Promise<ReaderVersions> {
  let found: Promise<ReaderVersions> | undefined;
  return () => (found ??= import("../stages/read/index.js").then((m) => m.readerVersions()));
}
import { documentPath, relativeTo } from "./files.js";

/** the text file beside a document JSON */
export function textFileOf(out: string, documentFile: string): string {
  return join(resolve(out), "text", `${basename(documentFile, ".json")}.txt`);
}

export async function readThenRun(
  job: Job,
  where: { out: string; cacheDir?: string; versions?: Promise<ReaderVersions> },
  run: (job: Job) => Promise<Done>,
): Promise<Done> {
  const { readInput } = await import("../stages/read/index.js");
  const versions = where.cacheDir ? await where.versions : undefined;
  const read = await readInput(job.bytes, { path: job.path, sha256: job.sha256, cacheDir: where.cacheDir, versions });
  if (read.text === null || read.problems.some((p) => p.severity === "error")) {
    const messages = [...read.problems, ...job.problems].map(asMessage);
    return {
      path: job.path,
      written: null,
      messages,
      summary: { sha256: job.sha256, bytes: job.bytes.length, encoding: null, province: null, targets: 0, bodies: 0 },
      entry: null,
      csv: "",
      document: null,
    };
  }
  // the text's name follows the document's plain name; the build renames it with a colliding document
  const textPath = relativeTo(where.out, textFileOf(where.out, documentPath(where.out, job.path)));
  return run({ ...job, read: { text: read.text, textPath, format: read.format, layout: read.layout, problems: read.problems } });
}
