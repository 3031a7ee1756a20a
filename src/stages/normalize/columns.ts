/**
 * Tables laid out in columns, as PDF text gives them: rows of cells apart by runs of two or
 * more spaces or by tabs, under a header row that names at least two columns ("TT   Chỉ
 * tiêu   Đơn vị   Mục tiêu"). Each such row is rewritten as a markdown pipe row, the pipes
 * standing where the gaps were, so that the rest of the pipeline reads one form of table.
 * A cell goes to the column of the header it stands under (a row may leave a cell empty);
 * a line of one cell under the table (a wrapped cell) is a row of its own, that cell in
 * its column. Runs before reflow, which folds runs of spaces.
 */
import { TextBuilder, type MappedText } from "../../text/mapped-text.js";
import { splitLines, type Line } from "./lines.js";
import { COLUMN_ROLES } from "../../../grammars/tables.js";

/** a gap between cells: a tab, or two spaces or more */
const GAP = /\t[ \t]*| {2,}\t*[ \t]*/g;
/** how far left of its heading a cell may start and still stand under it (centred numbers) */
const SLACK = 3;

interface Cell {
  start: number;
  end: number;
}

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = line.contentStart;
  const content = line.content;
  GAP.lastIndex = 0;
  for (let m; (m = GAP.exec(content)) !== null; ) {
    cells.push({ start: from, end: line.contentStart + m.index });
    from = line.contentStart + m.index + m[0].length;
  }
  cells.push({ start: from, end: line.contentEnd });
  return cells;
}

const roleOf = (text: string) => COLUMN_ROLES.find(([, r]) => r.first(text, 0) !== null)?.[0] ?? null;
/** a heading is a few words: "Cơ quan chủ trì", "Thực hiện năm 2023" */
const HEADING_MAX_WORDS = 6;
/** a table has a few columns; a line of more cells is no header (and costs a rule run per cell) */
export const MAX_COLUMNS = 40;

/**
 * A header: three cells or more, each a few words, most of them naming a column, one of
 * them what a row is about (TT, Chỉ tiêu, Nhiệm vụ): not a line of prose whose spaces are
 * doubled ("Mục  tiêu  đến  năm  2025")
 */
function isHeader(text: string, cells: Cell[]): boolean {
  if (cells.length < 3 || cells.length > MAX_COLUMNS) return false;
  const headings = cells.map((c) => text.slice(c.start, c.end));
  if (headings.some((h) => h.split(/\s+/).length > HEADING_MAX_WORDS)) return false;
  const roles = headings.map(roleOf).filter((r) => r !== null);
  return roles.length * 2 >= cells.length && roles.some((r) => r === "index" || r === "indicator" || r === "task");
}

/** null when the text holds no table laid out in columns */
export function pipeColumns(text: string): MappedText | null {
  // most texts hold no tab and no run of spaces between words
  if (!/\S(?:\t| {2,})\S/.test(text)) return null;
  const lines = splitLines(text);
  const out = new TextBuilder(text);
  let cursor = 0;
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (header.content.charCodeAt(0) === 124 /* | */) continue;
    const heads = cellsOf(header);
    if (!isHeader(text, heads)) continue;
    // the header's columns, by where each heading starts on its line
    const at = (c: Cell, line: Line) => c.start - line.start;
    const columns = heads.map((c) => at(c, header));
    const rows: Array<{ line: Line; cells: Array<Cell | null> }> = [{ line: header, cells: heads }];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line.content) {
        if (j + 1 < lines.length && lines[j + 1].content && cellsOf(lines[j + 1]).length >= 2) continue;
        break;
      }
      const cells = cellsOf(line);
      const placed = place(cells, columns, (c) => at(c, line));
      // one cell far from every column, or a line of prose: the table has ended
      if (!placed || (cells.length === 1 && !columns.some((x) => Math.abs(at(cells[0], line) - x) <= SLACK))) break;
      rows.push({ line, cells: placed });
    }
    if (rows.length < 2) continue;
    for (const row of rows) cursor = writeRow(out, cursor, row.line, row.cells);
    found = true;
    i = j - 1;
  }
  if (!found) return null;
  out.keep(cursor, text.length);
  return out.finish();
}

/** each cell in the column it stands under, in order, one cell a column; null when they do not fit */
function place(cells: Cell[], columns: number[], at: (c: Cell) => number): Array<Cell | null> | null {
  // as many cells as columns: one each, in order, wherever a tab put them
  if (cells.length === columns.length) return cells;
  const placed: Array<Cell | null> = columns.map(() => null);
  let last = -1;
  for (const cell of cells) {
    let k = columns.length - 1;
    while (k > 0 && columns[k] > at(cell) + SLACK) k--;
    if (k <= last) k = last + 1;
    if (k >= columns.length) return null;
    // a cell runs into the next column: a line of prose (justified text has wide gaps too)
    if (k + 1 < columns.length && at(cell) + (cell.end - cell.start) > columns[k + 1] + SLACK) return null;
    placed[k] = cell;
    last = k;
  }
  return placed;
}

/** the row as "| a | | c |": pipes in place of the line's indentation, gaps and end */
function writeRow(out: TextBuilder, cursor: number, line: Line, cells: Array<Cell | null>): number {
  out.keep(cursor, line.start);
  let at = line.start;
  let pending = "|";
  for (const cell of cells) {
    if (!cell) {
      pending += " |";
      continue;
    }
    out.replace(at, cell.start, pending + " ");
    out.keep(cell.start, cell.end);
    at = cell.end;
    pending = " |";
  }
  out.replace(at, line.end, pending);
  return line.end;
}
