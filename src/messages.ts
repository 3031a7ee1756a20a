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

/** the Message a problem is, for a module with no file to report on (the build adds it to a document's messages) */
export function asMessage(problem: Problem): Message {
  return { reason: problem.reason, ruleId: problem.ruleId, source: SOURCE, severity: problem.severity, place: problem.place ?? fileStart() };
}

export interface PrintOptions {
  /** show warnings as errors (`--strict`) */
  strict?: boolean;
}

/**
 * The one printer: a problem the way compilers print them, `file:line:column: severity:
 * reason [rule-id]`; without a place `file: …`, about no file `severity: …`. Every field
 * goes through `printable`, so that no file name or quoted text can break the line.
 */
export function formatProblem(file: string | null, problem: Problem, options: PrintOptions = {}): string {
  const severity = options.strict && problem.severity === "warning" ? "error" : problem.severity;
  const start = problem.place?.start;
  const at = file === null ? "" : start ? `${printable(file)}:${start.line}:${start.column}: ` : `${printable(file)}: `;
  return `${at}${printable(severity)}: ${printable(problem.reason)} [${printable(problem.ruleId)}]`;
}

/**
 * Control characters, line and paragraph separators, format characters (bidi overrides,
 * zero-width ones) and lone surrogates escaped, so that a file name or a quoted text
 * cannot break the line, move the cursor, recolour the terminal or reorder what is shown:
 * "a\nb" prints as "a\u000ab".
 */
export function printable(s: string): string {
  return s.replace(NON_PRINTABLE, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

export function severityOf(fatal: boolean | null | undefined): Message["severity"] {
  return fatal === true ? "error" : fatal === false ? "warning" : "info";
}
