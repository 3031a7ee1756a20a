/**
 * Text width for the terminal table: one column per code point after NFC, so Vietnamese
 * letters with stacked diacritics ("ồ", "ữ") count as one whatever form they came in.
 */

export function nfc(text: string): string {
  return text.normalize("NFC");
}

export function textWidth(text: string): number {
  return [...nfc(text)].length;
}

/** Pad on the right (or left) to `width` columns. */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return align === "left" ? nfc(text) + fill : fill + nfc(text);
}

/** Cut to `width` columns, ending with "…" when something was cut. */
export function truncate(text: string, width: number): string {
  const points = [...nfc(text)];
  if (points.length <= width) return points.join("");
  if (width <= 0) return "";
  return points.slice(0, width - 1).join("") + "…";
}

/** Word-wrap to lines of at most `width` columns; a word longer than a line is cut across lines. */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of nfc(text).split(/\s+/).filter(Boolean)) {
    let points = [...word];
    const room = line.length === 0 ? w : w - line.length - 1;
    if (points.length <= room) {
      if (line.length > 0) line.push(" ");
      line.push(...points);
      continue;
    }
    if (line.length > 0) lines.push(line.join(""));
    line = [];
    while (points.length > w) {
      lines.push(points.slice(0, w).join(""));
      points = points.slice(w);
    }
    line = points;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.join(""));
  return lines;
}
