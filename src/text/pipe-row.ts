/**
 * A markdown table row, as every reader writes tables: a line that opens with "|" and has
 * a second one. Normalizing keeps such a line whole (reflow joins no line to it) and
 * segmenting reads runs of them as tables.
 */
export function isPipeRow(content: string): boolean {
  return content.charCodeAt(0) === 124 /* | */ && content.indexOf("|", 1) > 0;
}
