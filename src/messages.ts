/** Problems are vfile messages with a place and a rule id, never exceptions. */
import type { VFile } from "vfile";
import type { Message, Position } from "./schema/document.js";

export const SOURCE = "nghiquyet";

/** what a stage noticed: the one shape every stage reports in */
export interface Problem {
  ruleId: string;
  severity: Message["severity"];
  reason: string;
  /** where in the raw file; absent for what concerns the whole file (line 1, column 1) */
  place?: Position | null;
}

/** where a message about the whole file points, as compilers do: line 1, column 1 */
export function fileStart(): Position {
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}

/** the one way to report a problem: a vfile message with place, rule id and source */
export function report(file: VFile, problem: Problem): void {
  const message = file.message(problem.reason, { place: problem.place ?? fileStart(), ruleId: problem.ruleId, source: SOURCE });
  message.fatal = problem.severity === "error" ? true : problem.severity === "warning" ? false : undefined;
}

/** @deprecated use report(file, problem) */
export function note(
  file: VFile,
  severity: Message["severity"],
  reason: string,
  ruleId: string,
  place?: Position | null,
): void {
  report(file, { ruleId, severity, reason, place });
}

export function severityOf(fatal: boolean | null | undefined): Message["severity"] {
  return fatal === true ? "error" : fatal === false ? "warning" : "info";
}
