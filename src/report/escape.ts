/** Escaping for the HTML report: every piece of document text goes through escapeHtml. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  // most text has nothing to escape: a test is cheaper than a replace that calls back
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text;
}
const SPECIAL = /[&<>"']/;

/** An attribute value whose line breaks survive (browsers show &#10; in a title tooltip as a new line). */
export function escapeAttr(text: string): string {
  const escaped = escapeHtml(text);
  return escaped.includes("\n") ? escaped.replace(/\r?\n/g, "&#10;") : escaped;
}

/** An id fragment: letters, digits, "_" and "-" only. */
export function htmlId(text: string): string {
  return text.replace(/[^A-Za-z0-9_]+/g, "-").replace(/^-+|-+$/g, "");
}
