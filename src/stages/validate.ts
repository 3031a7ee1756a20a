/** validate: the document against the public schema; a failure is a message, not a throw. */
import type { VFile } from "vfile";
import { DocumentSchema, type Document } from "../schema/document.js";
import { report } from "../messages.js";

export function validate(document: Document, file: VFile): Document {
  const result = DocumentSchema.safeParse(document);
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 5))
      report(file, { ruleId: "schema-invalid", severity: "error", reason: `output does not fit the schema at ${issue.path.join(".")}: ${issue.message}` });
    return document;
  }
  return result.data;
}
