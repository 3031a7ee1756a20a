/**
 * The terminal table: aligned, readable at 100 columns. Indicator labels wrap; when the
 * provinces do not fit side by side, they are split into several blocks, each repeating
 * the indicator, scope, year and national columns.
 */
import type { Cell, Comparison, Row } from "../compare/types.js";
import type { Scope } from "../schema/document.js";
import { cellMarks, LEGEND, MARK } from "./marks.js";
import { columnWidth, GAP, grid } from "./grid.js";
import { textWidth, wrap } from "./width.js";
import { groupingNote, nationalColumns, nationalFigure, referenceSummary } from "./references.js";

export interface TableOptions {
  /** total width in columns; default 100 */
  width?: number;
}

const MAX_VALUE_WIDTH = 16;
const MIN_INDICATOR_WIDTH = 20;

/** Scope as short as the table can say it: the column headed "Scope" needs no "cấp". */
const SHORT_SCOPE: Record<NonNullable<Scope>, string> = { province: "tỉnh", district: "huyện", commune: "xã", village: "thôn", household: "hộ" };

function scopeText(row: Row): string {
  return row.scope ? SHORT_SCOPE[row.scope] : "";
}

/** A conflict puts each value on its own line ("100% /", "> 80% !="), so columns stay narrow. */
export function cellLines(cell: Cell | undefined): string {
  if (!cell) return MARK.missing;
  const marks = cellMarks(cell);
  return cell.label.split(" / ").join(" /\n") + (marks ? ` ${marks}` : "");
}

interface Column {
  header: string;
  width: number;
  cell: (row: Row, previous: Row | undefined) => string;
}

export function renderTable(comparison: Comparison, options: TableOptions = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const { rows, provinces } = comparison;
  const out: string[] = [];
  out.push(...wrap(summaryLine(comparison), width));
  const note = groupingNote(comparison);
  if (note) out.push(...wrap(note, width));
  if (rows.length === 0) {
    out.push("", "(no rows: no target matches the filters)");
    return out.join("\n") + "\n";
  }

  const scope: Column = fit("Scope", rows.map(scopeText), 12, scopeText);
  const year: Column = fit("Year", rows.map((r) => r.yearLabel.vi), 8, (r) => r.yearLabel.vi);
  const nationals: Column[] = nationalColumns(comparison).map((column) => {
    const text = (r: Row) => nationalFigure(r, column)?.label ?? "—";
    return fit(column.header, rows.map(text), MAX_VALUE_WIDTH, text);
  });
  const valueColumns: Column[] = provinces.map((p) =>
    fit(p.name, rows.map((r) => cellLines(r.cells.find((c) => c.province === p.slug))), MAX_VALUE_WIDTH, (r) =>
      cellLines(r.cells.find((c) => c.province === p.slug)),
    ),
  );

  const labelWidth = Math.max(...rows.map((r) => textWidth(r.label.vi)), textWidth("Indicator"));
  const fixed = scope.width + year.width + nationals.reduce((sum, c) => sum + c.width + GAP.length, 0) + 2 * GAP.length;
  const minIndicator = MIN_INDICATOR_WIDTH;
  // as many provinces per block as fit next to an indicator column of at least minIndicator
  const blocks: Column[][] = [];
  let block: Column[] = [];
  let used = 0;
  for (const col of valueColumns) {
    if (block.length > 0 && fixed + minIndicator + used + col.width + GAP.length > width) {
      blocks.push(block);
      block = [];
      used = 0;
    }
    block.push(col);
    used += col.width + GAP.length;
  }
  blocks.push(block);

  for (const cols of blocks) {
    const valuesWidth = cols.reduce((s, c) => s + c.width + GAP.length, 0);
    const indicatorWidth = Math.max(minIndicator, Math.min(labelWidth, 34, width - fixed - valuesWidth));
    // the label shows once per indicator: the rows below it (other scopes, years) leave it blank
    const indicator: Column = { header: "Indicator", width: indicatorWidth, cell: (r, prev) => (prev?.indicator === r.indicator ? "" : r.label.vi) };
    out.push("", ...renderBlock([indicator, scope, year, ...cols, ...nationals], rows));
  }
  out.push("", ...wrap(LEGEND, width));
  return out.join("\n") + "\n";
}

function summaryLine(comparison: Comparison): string {
  const n = comparison.provinces.length;
  const references = referenceSummary(comparison);
  const national = references ? `; ${references}` : "";
  return `${n} province${n === 1 ? "" : "s"}, ${comparison.rows.length} row${comparison.rows.length === 1 ? "" : "s"}${national}`;
}

function fit(header: string, values: string[], max: number, cell: (r: Row) => string): Column {
  return { header, width: columnWidth(header, values, max), cell };
}

function renderBlock(columns: Column[], rows: Row[]): string[] {
  return grid(columns, rows.map((row, i) => columns.map((c) => c.cell(row, rows[i - 1]))));
}
