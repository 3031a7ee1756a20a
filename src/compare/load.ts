/**
 * Read the document JSONs of a folder (output/documents). One unreadable or invalid file
 * is one problem; the others are read as usual.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pLimit from "p-limit";
import { DocumentSchema, type Document } from "../schema/document.js";
import type { Problem } from "./types.js";
import { fsReason } from "../dataset/files.js";

const READS_IN_FLIGHT = 8;

export async function readDocuments(dir: string): Promise<{ docs: Document[]; problems: Problem[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such folder (run `nghiquyet build` first)" : fsReason(error);
    return { docs: [], problems: [{ file: dir, severity: "error", reason, ruleId: "documents-unreadable" }] };
  }
  const docs: Document[] = [];
  const problems: Problem[] = [];
  if (names.length === 0) problems.push({ file: dir, severity: "error", reason: "no document JSON in the folder (run `nghiquyet build` first)", ruleId: "documents-empty" });
  // read a few at a time, ahead of the parsing, which takes them in name order
  const limit = pLimit(READS_IN_FLIGHT);
  const texts = names.map((name) => {
    const text = limit(() => readFile(join(dir, name), "utf8"));
    // a failed read is met when its turn comes, not reported as unhandled before
    text.catch(() => {});
    return text;
  });
  for (const [i, name] of names.entries()) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(await texts[i]);
    } catch (error) {
      const reason = error instanceof SyntaxError ? `not JSON: ${error.message}` : `cannot read file: ${fsReason(error)}`;
      problems.push({ file, severity: "error", reason, ruleId: "document-unreadable" });
      continue;
    }
    const parsed = DocumentSchema.safeParse(data);
    if (parsed.success) docs.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
      problems.push({ file, severity: "error", reason: `not a document: ${issue.path.join(".") || "(root)"}: ${issue.message}${more}`, ruleId: "document-invalid" });
    }
  }
  return { docs, problems };
}
