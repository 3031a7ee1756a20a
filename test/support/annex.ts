/**
 * A resolution with its objectives' targets moved out of the prose into a table, the way
 * plans state them: the lines that carry the objectives' targets are emptied, and a table
 * of those targets is put in an annex after the signature ("PHỤ LỤC … Danh mục các chỉ
 * tiêu") or where the first of them stood. Two layouts:
 * - "value": `TT | Chỉ tiêu | Đơn vị | Mục tiêu | Cơ quan chủ trì`, one row per target, the
 *   year in group rows (`| **I** | **Đến năm 2025** | | | |`);
 * - "years": `TT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030`, one row per indicator, its
 *   figure for each year in that year's column (a yearly target in a "Hằng năm" column).
 * The indicator cell is the gold quote without its number and the words that compare or
 * date it; a quote too short to name what it counts ("đạt 100% cấp xã") is followed by the
 * indicator's label in brackets. Each row also says what it expects to be read from it.
 */
import { indicators } from "../../grammars/indicators.js";
import { roleOf } from "../../grammars/sections.js";

export interface GoldTarget {
  line: number;
  literal: string;
  value: number;
  max: number | null;
  unit: "percent" | "count" | "rank";
  comparator: "eq" | "gt" | "gte" | "lt" | "lte" | "approx";
  year: number | null;
  scope: string | null;
  indicator: string;
  section: string;
  quote: string;
}

export interface Gold {
  file: string;
  sections: Array<{ numeral: string; title: string; line: number }>;
  targets: GoldTarget[];
}

export type Layout = "value" | "years";
export type Placement = "annex" | "inline";
/** "pipes": a markdown table; "columns": the same laid out in columns, as PDF text gives it */
export type Form = "pipes" | "columns";
/** "short": the indicator's label follows only a quote too short to name it; "always": every known indicator's */
export type Labels = "short" | "always";

export interface AnnexOptions {
  layout: Layout;
  placement?: Placement;
  labels?: Labels;
  form?: Form;
}

/** a moved target: the gold target, and what its cell says */
export interface Moved {
  gold: GoldTarget;
  /** the target whose quote the row's indicator cell is made of (in the "years" layout, the row's first) */
  named: GoldTarget;
  /** the value cell's text ("≥ 50", "tối thiểu 50") */
  cell: string;
  /** the "Cơ quan chủ trì" cell of its row, in the "value" layout */
  lead: string | null;
}

export interface Annexed {
  text: string;
  moved: Moved[];
  /** 1-based lines of the table's first and last row in `text` */
  tableLines: [number, number];
}

const CERTIFIED_COPY = /^(?:SAO Y(?:\s+BẢN CHÍNH)?|SAO LỤC|TRÍCH SAO|BẢN SAO)$/u;
/** the copying body's header above the stamp: capitals, "Số 35 -BS/ĐUK", "\*" */
const COPY_HEADER = /^(?:[^\p{Ll}]+|Số\s.*)$/u;
const LEADS = ["Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Công Thương", "Sở Nội vụ"];
const LABELS = new Map(indicators.map((i) => [i.id, i.label.vi]));

/** the gold targets of the objectives section */
export function objectivesTargets(gold: Gold): GoldTarget[] {
  const numerals = new Set(gold.sections.filter((s) => roleOf(s.title) === "objectives").map((s) => s.numeral));
  return gold.targets.filter((t) => numerals.has(t.section));
}

export function annex(raw: string, gold: Gold, { layout, placement = "annex", labels = "short", form = "pipes" }: AnnexOptions): Annexed {
  const eol = raw.includes("\r\n") ? "\r\n" : "\n";
  const lines = raw.split(/\r\n|\n/);
  const targets = objectivesTargets(gold);
  const emptied = [...new Set(targets.map((t) => t.line))].sort((a, b) => a - b);
  for (const n of emptied) lines[n - 1] = "";
  const cell = (t: GoldTarget) => indicatorCell(t, labels);
  const table = layout === "value" ? valueLayout(targets, cell) : yearsLayout(targets, cell);
  const { moved } = table;
  const rows = form === "columns" ? asColumns(table.rows) : table.rows;
  if (placement === "inline") {
    const at = emptied[0] - 1;
    lines.splice(at, 1, "", ...rows, "");
    return { text: lines.join(eol), moved, tableLines: [at + 2, at + 1 + rows.length] };
  }
  // the annex belongs to the resolution: before a certified copy's block, which ends the file
  let end = lines.length;
  const stamp = lines.findIndex((l) => CERTIFIED_COPY.test(l.trim()));
  if (stamp >= 0) {
    end = stamp;
    while (end > 0 && (lines[end - 1].trim() === "" || COPY_HEADER.test(lines[end - 1].trim()))) end--;
  }
  while (end > 0 && lines[end - 1].trim() === "") end--;
  const head = ["", "", "PHỤ LỤC", "DANH MỤC CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ", "(Kèm theo Nghị quyết của Ban Chấp hành)", ""];
  const first = end + head.length + 1;
  const text = [...lines.slice(0, end), ...head, ...rows, "", ...lines.slice(end)].join(eol);
  return { text, moved, tableLines: [first, first + rows.length - 1] };
}

type Cell = (t: GoldTarget) => string;

function valueLayout(targets: GoldTarget[], indicatorCell: Cell): { rows: string[]; moved: Moved[] } {
  const rows = ["| TT | Chỉ tiêu | Đơn vị | Mục tiêu | Cơ quan chủ trì |", "| --- | --- | --- | --- | --- |"];
  const moved: Moved[] = [];
  const years = [...new Set(targets.map((t) => t.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  years.forEach((year, g) => {
    const group = ["I", "II", "III", "IV"][g];
    rows.push(year === null ? `| **${group}** | **Chỉ tiêu chung** | | | |` : `| **${group}** | **Đến năm ${year}** | | | |`);
    targets
      .filter((t) => t.year === year)
      .forEach((t, k) => {
        const n = moved.length;
        const cell = valueCell(t, n);
        const lead = LEADS[n % LEADS.length];
        rows.push(`| ${k + 1} | ${indicatorCell(t)} | ${unitCell(t)} | ${cell} | ${lead} |`);
        moved.push({ gold: t, named: t, cell, lead });
      });
  });
  return { rows, moved };
}

function yearsLayout(targets: GoldTarget[], indicatorCell: Cell): { rows: string[]; moved: Moved[] } {
  const years = [...new Set(targets.map((t) => t.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const heading = (y: number | null) => (y === null ? "Hằng năm" : `Năm ${y}`);
  const rows = [`| TT | Chỉ tiêu | Đơn vị | ${years.map(heading).join(" | ")} |`, `| --- | --- | --- | ${years.map(() => "---").join(" | ")} |`];
  const moved: Moved[] = [];
  // one row per indicator, scope and unit, while each year has one figure in it
  const lines: Array<{ key: string; cells: Map<number | null, GoldTarget> }> = [];
  for (const t of targets) {
    const key = `${t.indicator}|${t.scope}|${t.unit}`;
    const row = lines.find((l) => l.key === key && !l.cells.has(t.year));
    if (row) row.cells.set(t.year, t);
    else lines.push({ key, cells: new Map([[t.year, t]]) });
  }
  lines.forEach((line, k) => {
    const first = [...line.cells.values()][0];
    const cells = years.map((y) => {
      const t = line.cells.get(y);
      if (!t) return "-";
      const cell = valueCell(t, moved.length);
      moved.push({ gold: t, named: first, cell, lead: null });
      return cell;
    });
    rows.push(`| ${k + 1} | ${indicatorCell(first)} | ${unitCell(first)} | ${cells.join(" | ")} |`);
  });
  return { rows, moved };
}

/** the figure as a cell writes it, its comparator as a sign or a word, in turn */
function valueCell(t: GoldTarget, n: number): string {
  const number = t.unit === "percent" && n % 2 === 0 ? t.literal.replace(/\s*%/g, "") : t.literal.replace(/\s+%/g, "%");
  const forms: Record<GoldTarget["comparator"], string[]> = {
    eq: [""],
    gt: ["> ", "trên "],
    gte: ["≥ ", ">= ", "tối thiểu "],
    lt: ["< ", "dưới "],
    lte: ["≤ ", "tối đa "],
    approx: ["khoảng ", "~ "],
  };
  const words = forms[t.comparator];
  return words[n % words.length] + number;
}

function unitCell(t: GoldTarget): string {
  if (t.unit === "percent") return "%";
  if (t.unit === "rank") return "Thứ bậc";
  // the noun the number counts: "3.000 lượt doanh nghiệp" → "Lượt"
  const after = t.quote.slice(t.quote.indexOf(t.literal) + t.literal.length);
  const word = /[\p{L}]+/u.exec(after.replace(/^\s*trở lên/u, ""))?.[0] ?? "Đơn vị";
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const BEFORE_NUMBER = /(?:\s*(?:đạt|trên|tối thiểu|là|khoảng|từ|ít nhất|có|chiếm|phấn đấu|phần đầu|luôn giữ vị trí))+\s*$/iu;
const AFTER_NUMBER = /^\s*(?:trở lên|\/năm)/u;
const DATING = /(?:(?:phấn đấu\s+)?(?:đến|vào)\s+năm\s+\d{4},?|giai đoạn\s+\d{4}\s*-\s*\d{4},?)/giu;

/** the words of the quote that say what is counted */
function indicatorCell(t: GoldTarget, labels: Labels): string {
  const at = t.quote.indexOf(t.literal);
  const left = t.quote.slice(0, at).replace(BEFORE_NUMBER, "");
  const right = t.quote.slice(at + t.literal.length).replace(AFTER_NUMBER, "");
  let cell = `${left} ${right}`.replace(DATING, " ").replace(/\s+/g, " ").replace(/^[\s,;:]+|[\s,;:]+$/g, "").replace(/^(?:có|phấn đấu)\s+/iu, "");
  if ((labels === "always" || cell.split(" ").length < 3) && LABELS.has(t.indicator)) cell = `${cell} (${LABELS.get(t.indicator)})`;
  return (cell.charAt(0).toUpperCase() + cell.slice(1)).replace(/\|/g, "/");
}

/**
 * A pipe table as PDF text lays it out: no pipes, no separator, no markup, each cell
 * padded to its column's width and two spaces between columns.
 */
export function asColumns(rows: string[]): string[] {
  const cells = rows
    .filter((r) => !/^\|(?:\s*:?-+:?\s*\|)+$/.test(r))
    .map((r) => r.slice(1, r.lastIndexOf("|")).split("|").map((c) => c.trim().replace(/\*\*/g, "")));
  const widths = cells[0].map((_, j) => Math.max(...cells.map((row) => (row[j] ?? "").length)));
  return cells.map((row) => row.map((c, j) => c.padEnd(widths[j])).join("  ").trimEnd());
}
