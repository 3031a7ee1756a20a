/**
 * Targets and bodies read from tables (segment/tables.ts), as GUIDE.md's "Targets in
 * tables" defines them: each figure of a value cell is one target (or one baseline, in a
 * column of past figures), its unit from the cell or the unit column, its comparator from
 * the cell ("≥ 55", "tối thiểu 80"), its year from the column heading, else the cell,
 * else the group row or heading above; its indicator and scope from the row's indicator
 * cell, its lead from the "Cơ quan chủ trì" cell. A table of tasks gives the bodies in its
 * "Cơ quan chủ trì" column with their task and deadline.
 */
import { cellFigureSeparator, comparatorSign, measureWords, unitCell } from "../../../grammars/tables.js";
import { quantity } from "../../../grammars/numbers.js";
import { unitOf } from "./unit.js";
import { moneyOf } from "./money.js";
import { rateOf } from "./rate.js";
import { deadline, period } from "../../../grammars/deadlines.js";
import type { Comparator, Unit } from "../../schema/document.js";
import type { Segmented, TableNode } from "../segment/index.js";
import type { CellNode, Column, RowNode } from "../segment/tables.js";
import type { Figure } from "./clause-view.js";
import { MAX_NUMBERS, type ExtractedTargets, type TargetCandidate, type TargetContext } from "./targets.js";
import type { BodyCandidate } from "./bodies.js";
import { comparatorOf } from "./comparator.js";
import { scopeOf } from "./scope.js";
import { classify } from "./indicator.js";
import { canonicalBody } from "./bodies.js";
import { bodyHead, fixedBodyName } from "../../../grammars/bodies.js";
import type { YearSource } from "./year.js";

type Role = "target" | "past";

/** what a table's columns are for, years resolved: a year before the year of issue is the past */
interface Layout {
  values: Array<{ index: number; role: Role; year: number | null }>;
  indicator: number;
  unit: number;
  lead: number;
  task: number;
  deadline: number;
}

function layoutOf(columns: Column[], pastBefore: number | null): Layout {
  const find = (...roles: Array<Column["role"]>) => {
    for (const role of roles) {
      const i = columns.findIndex((c) => c.role === role);
      if (i >= 0) return i;
    }
    return -1;
  };
  const values: Layout["values"] = [];
  columns.forEach((c, index) => {
    if (c.role === "target" || c.role === "past") values.push({ index, role: c.role, year: c.year });
    else if (c.role === "year") values.push({ index, role: pastBefore !== null && c.year !== null && c.year < pastBefore ? "past" : "target", year: c.year });
  });
  return {
    values,
    indicator: find("indicator", "task", null),
    unit: find("unit"),
    lead: find("lead"),
    task: find("task", "indicator"),
    deadline: find("deadline"),
  };
}

const cellAt = (row: RowNode, i: number): CellNode | null => (i >= 0 && i < row.cells.length && row.cells[i].text !== "" ? row.cells[i] : null);
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** a cell that says nothing: "-", "…", "x" */
const EMPTY_CELL = /^[\s\-–—.…x/]*$/iu;

/** the figures of tables, at most MAX_NUMBERS as for prose: where reading stopped, if it did */
export function tableTargets(doc: Segmented, context: TargetContext = { pastBefore: null }): ExtractedTargets {
  const out: TargetCandidate[] = [];
  for (const table of doc.tables) {
    if (table.kind !== "targets") continue;
    const layout = layoutOf(table.columns, context.pastBefore);
    let groupYear: number | null = null;
    for (const row of table.rows) {
      if (row.kind === "group") groupYear = row.year ?? groupYear;
      if (row.kind !== "data") continue;
      const read = readRow(row, { table, layout, groupYear });
      if (out.length + read.length > MAX_NUMBERS) return { candidates: out, truncatedAt: row.start };
      out.push(...read);
    }
  }
  return { candidates: out, truncatedAt: null };
}

interface RowContext {
  table: TableNode;
  layout: Layout;
  groupYear: number | null;
}

function readRow(row: RowNode, { table, layout, groupYear }: RowContext): TargetCandidate[] {
  const out: TargetCandidate[] = [];
  const indicatorCell = cellAt(row, layout.indicator);
  const named = indicatorCell ? indicatorCell.folded : "";
  // what the row counts, without "Tỷ lệ", "Số lượng": the words a figure of prose is followed by
  const measure = measureWords.at(named, 0, named);
  const counted = measure ? named.slice(measure.end) : named;
  const unitText = cellAt(row, layout.unit)?.folded ?? "";
  const unitFromColumn = unitText ? (unitCell.first(unitText, 0, unitText)?.reading.unit ?? "count") : null;
  const leadCell = cellAt(row, layout.lead);
  const lead = leadCell && !EMPTY_CELL.test(leadCell.text) ? squash(leadCell.text) : null;
  const ownYear = yearIn(named);
  for (const column of layout.values) {
    const cell = cellAt(row, column.index);
    if (!cell) continue;
    for (const figure of figuresOf(cell)) {
      const sign = comparatorSign.first(figure.lead, 0, figure.lead);
      const comparator: Comparator = sign ? sign.reading.comparator : comparatorOf(figure);
      // the unit column's words stand after a number whose cell says nothing more ("10" | "tỷ đồng")
      const percent = figure.percent || unitFromColumn === "percent";
      const measured: Figure = { ...figure, percent, after: figure.after.trim() || !unitText ? figure.after : " " + unitText.replace(/^\s*%/, "") };
      const unit: Unit = percent ? "percent" : unitFromColumn === "rank" ? "rank" : unitOf(measured);
      const cellYear = yearIn(figure.before + " " + figure.after);
      const [year, yearSource]: [number | null, YearSource] =
        column.year !== null ? [column.year, "heading"]
        : cellYear !== null ? [cellYear, "sentence"]
        : ownYear !== null ? [ownYear, "sentence"]
        : groupYear !== null ? [groupYear, "heading"]
        : table.year !== null ? [table.year, "heading"]
        : [null, null];
      const zones = { clause: counted, start: 0, end: 0, before: 0, after: counted.length };
      out.push({
        start: sign ? figure.start - (figure.lead.length - sign.start) : figure.start,
        end: figure.end,
        value: figure.value,
        max: figure.max,
        unit,
        rate: rateOf(measured),
        per: null,
        ...moneyOf(measured),
        comparator,
        year,
        yearSource,
        scope: unit === "rank" ? null : scopeOf({ ...figure, before: "", after: counted }),
        indicator: classify(zones, unit).id,
        section: table.section && !table.section.virtual ? table.section.key || null : null,
        item: table.item?.path ?? null,
        clause: { start: row.start, end: row.end },
        kind: column.role === "past" ? "baseline" : "target",
        lead,
        describedYear: column.role === "past" ? year : undefined,
      });
    }
  }
  return out;
}

/** the year a text names, one deadline or period, else null */
function yearIn(text: string): number | null {
  const years = new Set<number>([...deadline.all(text, text), ...period.all(text, text)].map((m) => m.reading.year as number));
  return years.size === 1 ? [...years][0] : null;
}

/**
 * The figures of a cell: the numbers of each of its parts ("≤ 3 Đông Nam Á; ≤ 50 Thế
 * giới"), years left out, each with the words of its part before and after it.
 */
function figuresOf(cell: CellNode): Figure[] {
  const figures: Figure[] = [];
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const m of cellFigureSeparator.all(cell.folded, cell.folded)) {
    parts.push([from, m.start]);
    from = m.end;
  }
  parts.push([from, cell.folded.length]);
  for (const [s, e] of parts) {
    const text = cell.folded.slice(s, e);
    const years = [...deadline.all(text, text), ...period.all(text, text)];
    const numbers = quantity.all(text, text).filter((q) => !years.some((y) => y.start <= q.start && q.end <= y.end) && !BARE_YEAR.test(text.slice(Math.max(0, q.start - 1), q.end + 1)));
    numbers.forEach((q, k) => {
      const before = text.slice(k > 0 ? numbers[k - 1].end : 0, q.start);
      const after = text.slice(q.end, k + 1 < numbers.length ? numbers[k + 1].start : text.length);
      const start = cell.start + s + q.start;
      const end = cell.start + s + q.end;
      const figure: Figure = {
        start,
        end,
        value: q.reading.value as number,
        max: q.reading.max as number | null,
        percent: Boolean(q.reading.percent),
        yearLike: false,
        stretch: { start: start - before.length, end: end + after.length },
        before,
        after,
        lead: before,
        previous: figures[figures.length - 1] ?? null,
        next: null,
      };
      if (figure.previous) figure.previous.next = figure;
      figures.push(figure);
    });
  }
  return figures;
}

/** a year in brackets after a figure: "80 (2025)" */
const BARE_YEAR = /^\((?:19|20)\d{2}\)$/;

/** bodies of a table of tasks: each body of the "Cơ quan chủ trì" cell, with the row's task and deadline */
export function tableBodies(doc: Segmented): BodyCandidate[] {
  const out: BodyCandidate[] = [];
  for (const table of doc.tables) {
    if (table.kind !== "tasks") continue;
    const layout = layoutOf(table.columns, null);
    for (const row of table.rows) {
      if (row.kind !== "data") continue;
      const lead = cellAt(row, layout.lead);
      if (!lead || EMPTY_CELL.test(lead.text)) continue;
      const task = cellAt(row, layout.task);
      const due = cellAt(row, layout.deadline);
      for (const [s, e] of namesOf(lead.text))
        out.push({
          start: lead.start + s,
          end: lead.start + e,
          name: lead.text.slice(s, e),
          canonical: canonicalBody(lead.text.slice(s, e)),
          role: "subject",
          item: table.item?.path ?? null,
          taskStart: task ? task.start : row.start,
          taskEnd: task ? task.end : row.start,
          deadline: due && !EMPTY_CELL.test(due.text) ? squash(due.text) : null,
        });
    }
  }
  return out;
}

/**
 * the bodies of a cell, spans within it: one per name a semicolon ends, or a comma that
 * another body's name follows ("Sở Nội vụ, Sở Tài chính"); a comma inside a name stays
 * ("UBND các huyện, thị xã, thành phố")
 */
function namesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^;]+/g)) {
    let start = m.index;
    const end = m.index + m[0].length;
    for (const comma of m[0].matchAll(/,\s*/g)) {
      const next = m.index + comma.index + comma[0].length;
      const rest = text.slice(next, end);
      if (!fixedBodyName.at(rest, 0) && !bodyHead.at(rest, 0)) continue;
      push(out, text, start, m.index + comma.index);
      start = next;
    }
    push(out, text, start, end);
  }
  return out;
}

function push(out: Array<[number, number]>, text: string, s: number, e: number): void {
  while (s < e && /[\s.]/.test(text[s])) s++;
  while (e > s && /[\s.]/.test(text[e - 1])) e--;
  if (e > s) out.push([s, e]);
}
