/** Aligned text columns with word-wrapped cells, shared by the terminal table and the diff. */
import { pad, textWidth, wrap } from "./width.js";

export const GAP = "  ";

export interface GridColumn {
  header: string;
  width: number;
}

/** Header, a rule of "─", then each row; cells wrap within their column ("\n" starts a new line). */
export function grid(columns: GridColumn[], rows: string[][]): string[] {
  const line = (parts: string[]) => parts.join(GAP).trimEnd();
  const lines = [line(columns.map((c) => pad(c.header, c.width))), line(columns.map((c) => "─".repeat(c.width)))];
  for (const row of rows) {
    const wrapped = columns.map((c, j) => (row[j] ?? "").split("\n").flatMap((part) => wrap(part, c.width)));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let i = 0; i < height; i++) lines.push(line(columns.map((c, j) => pad(wrapped[j][i] ?? "", c.width))));
  }
  return lines;
}

/** The width a column needs for its header and values, capped at `max` (never below the header). */
export function columnWidth(header: string, values: string[], max: number): number {
  const widest = Math.max(textWidth(header), ...values.flatMap((v) => v.split("\n")).map(textWidth));
  return Math.min(widest, Math.max(max, textWidth(header)));
}
