/** Messages the way compilers print them: `file:line:column: severity: reason [rule-id]` */
import type { Message } from "../schema/document.js";

export function formatMessage(file: string, m: Message): string {
  const at = m.place ? `${file}:${m.place.start.line}:${m.place.start.column}` : file;
  return `${at}: ${m.severity}: ${m.reason} [${m.ruleId}]`;
}
