/**
 * Words on pages (a PDF's text layer, or OCR) to the text the pipeline reads, with the
 * page and box of every stretch of it. Pure: the same pages give the same text.
 *
 *   lines      words whose vertical middles agree, left to right
 *   furniture  running headers and footers (the same line at the top or bottom of most
 *              pages, digits aside) and page numbers are dropped
 *   blocks     lines cut into cells where a gap is wider than a few letters: the
 *              two-column header of an administrative document (issuer and number on the
 *              left, motto and date on the right) is written a column at a time; other
 *              runs of such lines are tables, written as markdown pipe tables
 *   flow       the other lines are joined into paragraphs (a paragraph ends at a short
 *              line, a first-line indent, a wider gap), one per line, a blank line
 *              between; a word hyphenated at a line end is joined again
 */
import { furniture } from "../../../grammars/furniture.js";
import type { Box, Item, Layout, Page, Span } from "./types.js";

interface Cell {
  items: Item[];
  x0: number;
  x1: number;
}

interface Line {
  page: number;
  items: Item[];
  cells: Cell[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  size: number;
  text: string;
}

/** a gap this many font sizes wide between words cuts a line into cells */
const CELL_GAP = 2;
/** lines of a table further apart than this many font sizes are two rows */
const ROW_PITCH = 1.45;
/** a gap this many font sizes wide between two text runs is a space */
const SPACE_GAP = 0.15;

export function assemble(pages: Page[]): { text: string; layout: Layout } {
  const lines = pages.map((p, i) => toLines(p, i + 1));
  dropFurniture(lines);
  const out = new Writer(pages);
  let headerOpen = true;
  for (let p = 0; p < lines.length; p++) {
    const page = lines[p];
    const margins = marginsOf(page);
    const pitch = medianPitch(page);
    let i = 0;
    while (i < page.length) {
      const block = columnBlock(page, i, margins);
      if (block > i) {
        const rows = page.slice(i, block);
        const columns = columnsOf(rows);
        if (headerOpen && p === 0 && columns.length === 2) writeSideBySide(out, rows, columns);
        else writeTable(out, rows, columns, pitch);
        headerOpen = false;
        i = block;
        continue;
      }
      const line = page[i];
      const previous = out.lastFlow;
      if (previous && !startsParagraph(previous, line, { margins, pitch, previousMargins: out.lastMargins ?? margins })) out.joinLine(line);
      else out.openParagraph(line);
      out.lastMargins = margins;
      // the header block stands above the title: once text runs the full width, it is past
      if (line.x1 - line.x0 > (margins.right - margins.left) * 0.6) headerOpen = false;
      i++;
    }
  }
  return out.finish();
}

function toLines(page: Page, number: number): Line[] {
  const items = page.items.filter((it) => it.str.trim() !== "" && it.x1 > it.x0);
  items.sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1) || a.x0 - b.x0);
  const lines: Item[][] = items.some((it) => it.line !== undefined) ? ocrLines(items) : [];
  for (const item of lines.length ? [] : items) {
    const mid = (item.y0 + item.y1) / 2;
    const line = lines[lines.length - 1];
    if (line) {
      const first = line[0];
      const lineMid = (first.y0 + first.y1) / 2;
      if (Math.abs(mid - lineMid) < Math.max(first.size, item.size) * 0.5) {
        line.push(item);
        continue;
      }
    }
    lines.push([item]);
  }
  return lines.map((its) => {
    its.sort((a, b) => a.x0 - b.x0);
    const size = median(its.map((it) => it.size));
    const cells: Cell[] = [];
    for (const it of its) {
      const cell = cells[cells.length - 1];
      if (cell && it.x0 - cell.x1 < CELL_GAP * size) {
        cell.items.push(it);
        cell.x1 = Math.max(cell.x1, it.x1);
      } else cells.push({ items: [it], x0: it.x0, x1: it.x1 });
    }
    return {
      page: number,
      items: its,
      cells,
      x0: Math.min(...its.map((it) => it.x0)),
      x1: Math.max(...its.map((it) => it.x1)),
      y0: Math.min(...its.map((it) => it.y0)),
      y1: Math.max(...its.map((it) => it.y1)),
      size,
      text: cells.map((c) => joinItems(c.items)).join(" "),
    };
  });
}

/** words on the lines the OCR engine found, top to bottom */
function ocrLines(items: Item[]): Item[][] {
  const byLine = new Map<string, Item[]>();
  for (const it of items) {
    const key = it.line ?? "";
    const line = byLine.get(key);
    if (line) line.push(it);
    else byLine.set(key, [it]);
  }
  const mid = (line: Item[]) => median(line.map((it) => it.y0 + it.y1)) / 2;
  const sorted = [...byLine.values()].sort((a, b) => mid(a) - mid(b));
  // lines of two columns side by side (the header block) are one line of two cells
  const merged: Item[][] = [];
  for (const line of sorted) {
    const last = merged[merged.length - 1];
    const size = Math.max(...line.map((it) => it.size));
    const apart = last && (Math.min(...line.map((it) => it.x0)) > Math.max(...last.map((it) => it.x1)) || Math.max(...line.map((it) => it.x1)) < Math.min(...last.map((it) => it.x0)));
    if (last && apart && Math.abs(mid(line) - mid(last)) < size * 0.5) last.push(...line);
    else merged.push([...line]);
  }
  return merged;
}

function joinItems(items: Item[]): string {
  let s = "";
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && needsSpace(items[i - 1], items[i])) s += " ";
    s += items[i].str;
  }
  return s;
}

function needsSpace(a: Item, b: Item): boolean {
  if (/\s$/.test(a.str) || /^\s/.test(b.str)) return false;
  return b.x0 - a.x1 > SPACE_GAP * Math.max(a.size, b.size);
}

/** what is the same on most pages once its digits are set aside: a running header or footer */
function dropFurniture(pages: Line[][]): void {
  const key = (l: Line) => l.text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
  const edges = (lines: Line[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const counts = new Map<string, number>();
  for (const lines of pages) for (const k of new Set(edges(lines).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const running = pages.length >= 2 ? Math.max(2, Math.ceil(pages.length / 2)) : Infinity;
  for (const lines of pages) {
    const drop = new Set<Line>();
    for (const l of edges(lines)) if ((counts.get(key(l)) ?? 0) >= running) drop.add(l);
    // a page number: the top or bottom line of a page, standing alone
    for (const l of [lines[0], lines[lines.length - 1]]) if (l && furniture.pageNumber.at(l.text.trim(), 0)) drop.add(l);
    for (let i = lines.length - 1; i >= 0; i--) if (drop.has(lines[i])) lines.splice(i, 1);
  }
}

interface Margins {
  left: number;
  right: number;
}

function marginsOf(lines: Line[]): Margins {
  if (lines.length === 0) return { left: 0, right: 0 };
  return { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)) };
}

function medianPitch(lines: Line[]): number {
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i].y0 - lines[i - 1].y0;
    if (d > 0) pitches.push(d);
  }
  return pitches.length ? median(pitches) : 14;
}

/**
 * the end of the run of lines cut into columns that starts at `i` (i itself when there
 * is none): lines with two cells or more, and the lines between them that stand in one
 * half of the page or are followed closely by one with cells
 */
function columnBlock(lines: Line[], i: number, margins: Margins): number {
  if (lines[i].cells.length < 2) return i;
  const mid = (margins.left + margins.right) / 2;
  let end = i + 1;
  while (end < lines.length) {
    const line = lines[end];
    const close = line.y0 - lines[end - 1].y1 < 2.5 * line.size;
    if (!close) break;
    if (line.cells.length >= 2) {
      end++;
      continue;
    }
    const half = line.x1 <= mid || line.x0 >= mid;
    const next = lines[end + 1];
    const before = next !== undefined && next.cells.length >= 2 && next.y0 - line.y1 < 2.5 * line.size;
    if (half || before) end++;
    else break;
  }
  // lines in one half that close the run belong to it only when a cell line is below them
  while (end > i + 1 && lines[end - 1].cells.length < 2 && !(lines[end - 1].x1 <= mid || lines[end - 1].x0 >= mid)) end--;
  return end;
}

/** the columns of a block: the cells' extents merged where they overlap */
function columnsOf(rows: Line[]): Array<[number, number]> {
  const spans = rows.flatMap((l) => l.cells.map((c): [number, number] => [c.x0, c.x1]));
  const multi = rows.filter((l) => l.cells.length >= 2).flatMap((l) => l.cells.map((c): [number, number] => [c.x0, c.x1]));
  multi.sort((a, b) => a[0] - b[0]);
  const columns: Array<[number, number]> = [];
  for (const [a, b] of multi) {
    const last = columns[columns.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else columns.push([a, b]);
  }
  return columns.length ? columns : spans.slice(0, 1);
}

function columnOf(cell: Cell, columns: Array<[number, number]>): number {
  let best = 0;
  let bestOverlap = -Infinity;
  columns.forEach(([a, b], k) => {
    const overlap = Math.min(b, cell.x1) - Math.max(a, cell.x0);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = k;
    }
  });
  return best;
}

/** the header block: the left column's lines, then the right column's, each on its own */
function writeSideBySide(out: Writer, rows: Line[], columns: Array<[number, number]>): void {
  for (let k = 0; k < columns.length; k++)
    for (const line of rows)
      for (const cell of line.cells) if (columnOf(cell, columns) === k) out.cellParagraph(cell, line.page);
}

/** a table: rows where the gap between lines widens, a pipe table with its first row as header */
function writeTable(out: Writer, lines: Line[], columns: Array<[number, number]>, pitch: number): void {
  const rows: Line[][] = [];
  for (const line of lines) {
    const row = rows[rows.length - 1];
    const previous = row?.[row.length - 1];
    // the lines of one cell follow at the line pitch; a row's padding and rule widen the gap
    if (row && line.y0 - previous!.y0 < Math.min(pitch * 1.25, line.size * ROW_PITCH)) row.push(line);
    else rows.push([line]);
  }
  out.breakParagraph();
  rows.forEach((row, r) => {
    out.raw("|");
    for (let k = 0; k < columns.length; k++) {
      out.raw(" ");
      let first = true;
      for (const line of row)
        for (const cell of line.cells) {
          if (columnOf(cell, columns) !== k) continue;
          if (!first) out.raw(" ");
          out.items(cell.items, line.page, { escapePipes: true });
          first = false;
        }
      out.raw(" |");
    }
    out.raw("\n");
    if (r === 0) out.raw(`|${" --- |".repeat(columns.length)}\n`);
  });
  out.lastFlow = null;
}

/** whether `line` opens a paragraph after `previous`, the last line of one */
function startsParagraph(previous: Line, line: Line, ctx: { margins: Margins; pitch: number; previousMargins: Margins }): boolean {
  const em = Math.max(previous.size, line.size);
  // the line before ends short of the right margin: its paragraph ends there
  if (previous.x1 < ctx.previousMargins.right - 2 * em) return true;
  // a first-line indent
  if (line.x0 > ctx.margins.left + 0.8 * em) return true;
  if (previous.page === line.page && line.y0 - previous.y0 > ctx.pitch * 1.5) return true;
  // a line that names an item ("2.", "a)", "-") opens one
  return furniture.itemLine.at(line.text, 0) !== null;
}

/** the text and its spans, written in order */
class Writer {
  private parts: string[] = [];
  private offset = 0;
  private spans: Span[] = [];
  lastFlow: Line | null = null;
  lastMargins: Margins | null = null;

  constructor(private readonly pages: Page[]) {}

  raw(s: string): void {
    this.parts.push(s);
    this.offset += s.length;
  }

  breakParagraph(): void {
    if (this.offset > 0) this.raw("\n\n");
  }

  items(items: Item[], page: number, options: { escapePipes?: boolean; dropHyphen?: boolean } = {}): void {
    items.forEach((it, i) => {
      if (i > 0 && needsSpace(items[i - 1], it)) this.raw(" ");
      let str = it.str.normalize("NFC");
      if (options.escapePipes) str = str.replace(/\|/g, "\\|");
      if (options.dropHyphen && i === items.length - 1) str = str.replace(/-$/, "");
      const start = this.offset;
      this.raw(str);
      const height = this.pages[page - 1].height;
      const box: Box = [round(it.x0), round(height - it.y1), round(it.x1), round(height - it.y0)];
      const span: Span = { start, end: this.offset, page, box };
      if (it.confidence !== undefined) span.confidence = it.confidence;
      this.spans.push(span);
    });
  }

  cellParagraph(cell: Cell, page: number): void {
    this.breakParagraph();
    this.items(cell.items, page);
    this.lastFlow = null;
  }

  openParagraph(line: Line): void {
    this.breakParagraph();
    this.items(line.items, line.page);
    this.lastFlow = line;
  }

  /** the line continues the paragraph: a space, or nothing where a hyphen is undone */
  joinLine(line: Line): void {
    const previous = this.lastFlow!;
    const hyphenated = /\p{L}-$/u.test(previous.text) && /^\p{Ll}/u.test(line.text) && this.parts[this.parts.length - 1].endsWith("-");
    if (hyphenated) this.undoHyphen();
    else this.raw(" ");
    this.items(line.items, line.page);
    this.lastFlow = line;
  }

  private undoHyphen(): void {
    const last = this.parts[this.parts.length - 1];
    this.parts[this.parts.length - 1] = last.slice(0, -1);
    this.offset -= 1;
    const span = this.spans[this.spans.length - 1];
    span.end = Math.min(span.end, this.offset);
  }

  finish(): { text: string; layout: Layout } {
    if (!this.parts[this.parts.length - 1]?.endsWith("\n")) this.raw("\n");
    return {
      text: this.parts.join(""),
      layout: { pages: this.pages.map((p) => ({ width: round(p.width), height: round(p.height) })), spans: this.spans.filter((s) => s.end > s.start) },
    };
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
