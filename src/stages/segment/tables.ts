/**
 * Tables: markdown pipe tables as every reader writes them (`| a | b |` rows, a `| --- |`
 * separator after the header row), read from the normalized text into rows and cells with
 * their offsets. The header names what each column is for (grammars/tables.ts); a row
 * with no figure in its value columns is a group row, and the year it names
 * ("| **I** | **Đến năm 2030** |") holds for the rows below it.
 */
import { COLUMN_ROLES, type ColumnRole } from "../../../grammars/tables.js";
import { deadline, period, yearInFigures } from "../../../grammars/deadlines.js";
import { quantity } from "../../../grammars/numbers.js";
import type { Line } from "../normalize/lines.js";
import { isPipeRow } from "../../text/pipe-row.js";

export interface CellNode {
  /** the cell's content, trimmed: offsets in the normalized text */
  start: number;
  end: number;
  text: string;
  folded: string;
}

export type RowKind = "header" | "separator" | "subheader" | "group" | "data";

export interface RowNode {
  kind: RowKind;
  /** the row's line, its content: offsets in the normalized text */
  start: number;
  end: number;
  cells: CellNode[];
  /** a group row: the year it names, else null */
  year: number | null;
}

export interface Column {
  /** "year": a column named by its year alone, past or target as the year of issue says */
  role: ColumnRole | null;
  /** the heading as written, the lines of a two-row header joined */
  heading: string;
  /** the year the heading names ("Năm 2025", "Mục tiêu đến năm 2030"), else null */
  year: number | null;
}

/** targets: figures by indicator; tasks: bodies by task; plain: neither, read as prose */
export type TableKind = "targets" | "tasks" | "plain";

export interface Table {
  kind: TableKind;
  start: number;
  end: number;
  rows: RowNode[];
  header: RowNode | null;
  columns: Column[];
}

export { isPipeRow };

/** the cells of a row line: between its pipes, trimmed; a "\|" is no pipe */
export function cellsOf(line: Line): CellNode[] {
  const { content, contentStart, folded } = line;
  const cells: CellNode[] = [];
  let from = 1;
  for (let i = 1; i <= content.length; i++) {
    if (i < content.length && (content[i] !== "|" || content[i - 1] === "\\")) continue;
    let s = from;
    let e = i;
    while (s < e && /\s/.test(content[s])) s++;
    while (e > s && /\s/.test(content[e - 1])) e--;
    // the text after the last pipe is no cell
    if (i < content.length || s < e) cells.push({ start: contentStart + s, end: contentStart + e, text: content.slice(s, e), folded: folded.slice(s, e) });
    from = i + 1;
  }
  return cells;
}

/** a table has a few columns: a header of more cells is read as prose (and would cost a rule run per cell) */
const MAX_COLUMNS = 40;
const SEPARATOR_CELL = /^:?-+:?$/;
const isSeparator = (cells: CellNode[]) => cells.some((c) => c.text !== "") && cells.every((c) => c.text === "" || SEPARATOR_CELL.test(c.text.replace(/\s+/g, "")));

/**
 * The tables of a run of row lines. A separator row after the first starts a new table
 * at the row before it: normalizing removes the blank line that kept two tables apart.
 */
export function readTables(lines: Line[]): Table[] {
  const rows = lines.map((line) => ({ line, cells: cellsOf(line) }));
  const starts = [0];
  for (let k = 2; k < rows.length; k++) if (isSeparator(rows[k].cells) && k - 1 > starts[starts.length - 1]) starts.push(k - 1);
  return starts.map((s, i) => readTable(rows.slice(s, starts[i + 1] ?? rows.length)));
}

function readTable(rows: Array<{ line: Line; cells: CellNode[] }>): Table {
  const nodes: RowNode[] = rows.map(({ line, cells }) => ({ kind: "data", start: line.contentStart, end: line.contentEnd, cells, year: null }));
  const start = nodes[0].start;
  const end = nodes[nodes.length - 1].end;
  let header: RowNode | null = null;
  let body = 0;
  if (nodes[0].cells.length > MAX_COLUMNS) return { kind: "plain", start, end, rows: nodes, header: null, columns: [] };
  if (nodes.length > 1 && isSeparator(nodes[1].cells)) {
    header = nodes[0];
    nodes[1].kind = "separator";
    body = 2;
  } else if (nodes[0].cells.length <= MAX_COLUMNS && nodes[0].cells.filter((c) => roleOf(c.folded) !== null).length >= 2) {
    header = nodes[0];
    body = 1;
  }
  if (!header) return { kind: "plain", start, end, rows: nodes, header: null, columns: [] };
  header.kind = "header";
  const headings = header.cells.map((c) => c.text);
  // a two-row header: years under a heading that spans them ("Mục tiêu" over "Năm 2025 | Năm 2030")
  if (body < nodes.length && isSubheader(nodes[body])) {
    const sub = nodes[body];
    sub.kind = "subheader";
    const above = [...headings];
    for (let j = 0; j < sub.cells.length; j++) {
      // a merged heading cell leaves the cells after it empty
      const over = above[j] || (sub.cells[j].text ? inherited(above, j) : "");
      headings[j] = [over, sub.cells[j].text].filter(Boolean).join(" ");
    }
    body++;
  }
  const columns = headings.map((heading): Column => ({ role: roleOf(heading), heading, year: yearNamed(heading) }));
  const roles = new Set(columns.map((c) => c.role));
  const values = roles.has("target") || roles.has("past") || roles.has("year");
  const named = roles.has("indicator") || roles.has("task");
  const kind: TableKind = values && (named || columns.some((c) => c.role === null)) ? "targets" : !values && roles.has("lead") && named ? "tasks" : "plain";
  if (kind === "targets") for (let k = body; k < nodes.length; k++) markGroup(nodes[k], columns);
  return { kind, start, end, rows: nodes, header, columns };
}

/** the heading of the nearest non-empty cell to the left */
function inherited(headings: string[], j: number): string {
  for (let k = j - 1; k >= 0; k--) if (headings[k]) return headings[k];
  return "";
}

/** a row of year headings only: "| | | | Năm 2025 | Năm 2030 |" */
function isSubheader(row: RowNode): boolean {
  const filled = row.cells.filter((c) => c.text !== "");
  return filled.length > 0 && filled.every((c) => YEAR_ONLY.test(c.text) || (roleOf(c.folded) !== null && !HAS_DIGIT.test(c.text)));
}
const YEAR_ONLY = /^(?:\p{L}+\s+){0,3}(?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?$/u;
const HAS_DIGIT = /\d/;

/** what a heading says its column is for, the first role whose rule matches it */
export function roleOf(heading: string): ColumnRole | null {
  if (heading.trim() === "") return null;
  for (const [role, r] of COLUMN_ROLES) if (r.first(heading, 0) !== null) return role;
  return null;
}

/** the year a text names: a deadline, a period's end, else a year on its own; null for none or several */
export function yearNamed(text: string): number | null {
  if (!yearInFigures.test(text)) return null;
  const years = new Set<number>();
  for (const m of deadline.all(text)) years.add(m.reading.year as number);
  for (const m of period.all(text)) {
    years.delete(m.reading.from as number);
    years.add(m.reading.year as number);
  }
  if (years.size === 0) for (const m of text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)) years.add(Number(m[0]));
  return years.size === 1 ? [...years][0] : null;
}

/** a column of figures: targets, past figures, or either as its year says */
export const isValueColumn = (c: Column | undefined): boolean => c?.role === "target" || c?.role === "past" || c?.role === "year";

/** figures of a cell: numbers that are not years */
export function hasFigure(text: string): boolean {
  if (!HAS_DIGIT.test(text)) return false;
  const years = [...deadline.all(text), ...period.all(text)];
  return quantity.all(text).some((q) => !years.some((y) => y.start <= q.start && q.end <= y.end) && !/^(?:19|20)\d{2}$/.test(q.text));
}

/**
 * A row without a figure in its value columns, whose value cells are empty or repeat one
 * text (a merged cell exported cell by cell), heads a group: "| **I** | **Đến năm 2030** | | |".
 */
function markGroup(row: RowNode, columns: Column[]): void {
  const values = row.cells.filter((_, j) => isValueColumn(columns[j]));
  if (values.some((c) => hasFigure(c.text))) return;
  // a merged cell exported cell by cell repeats its text in the value columns
  const others = new Set(row.cells.filter((_, j) => !isValueColumn(columns[j])).map((c) => c.text));
  if (values.some((c) => c.text !== "" && !others.has(c.text))) return;
  row.kind = "group";
  row.year = yearNamed([...others].join(" ; "));
}
