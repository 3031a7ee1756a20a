/** Messages the way compilers print them: `file:line:column: severity: reason [rule-id]` */
import type { Message } from "../schema/document.js";

export interface FormatOptions {
  /** show warnings as errors (`--strict`) */
  strict?: boolean;
}

export function formatMessage(file: string, m: Message, options: FormatOptions = {}): string {
  const at = m.place ? `${printable(file)}:${m.place.start.line}:${m.place.start.column}` : printable(file);
  const severity = options.strict && m.severity === "warning" ? "error" : m.severity;
  return `${at}: ${severity}: ${printable(m.reason)} [${printable(m.ruleId)}]`;
}

/**
 * Control characters escaped, so that a file name or a quoted text cannot break the
 * line, move the cursor or recolour the terminal: "a\nb" prints as "a\u000ab".
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
