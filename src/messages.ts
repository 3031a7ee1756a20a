/** Problems are vfile messages with a place and a rule id, never exceptions. */
import type { VFile } from "vfile";
import type { Message, Position } from "./schema/document.js";

export const SOURCE = "nghiquyet";

/** where a message about the whole file points, as compilers do: line 1, column 1 */
export function fileStart(): Position {
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}

export function note(
  file: VFile,
  severity: Message["severity"],
  reason: string,
  ruleId: string,
  place?: Position | null,
): void {
  const message = file.message(reason, { place: place ?? fileStart(), ruleId, source: SOURCE });
  message.fatal = severity === "error" ? true : severity === "warning" ? false : undefined;
}

export function severityOf(fatal: boolean | null | undefined): Message["severity"] {
  return fatal === true ? "error" : fatal === false ? "warning" : "info";
}
