/** Problems are vfile messages with a place and a rule id, never exceptions. */
import type { VFile } from "vfile";
import type { Message, Position } from "./schema/document.js";

export const SOURCE = "nghiquyet";

export function note(
  file: VFile,
  severity: Message["severity"],
  reason: string,
  ruleId: string,
  place?: Position | null,
): void {
  const message = file.message(reason, { place: place ?? undefined, ruleId, source: SOURCE });
  message.fatal = severity === "error" ? true : severity === "warning" ? false : undefined;
}

export function severityOf(fatal: boolean | null | undefined): Message["severity"] {
  return fatal === true ? "error" : fatal === false ? "warning" : "info";
}
