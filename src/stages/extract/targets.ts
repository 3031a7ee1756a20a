/**
 * Targets: quantitative commitments for the future. Every figure of a body clause is a
 * candidate; the section it stands in and the words around it decide whether it is a
 * target, a baseline (a fact about the past, in the situation section) or neither (a
 * level, an age, a reference, a qualifier). Each clause is read once into a view
 * (clause-view.ts); one reader per concern takes a figure and returns a value.
 */
import { nonTargetLead, nonTargetUnit } from "../../../grammars/numbers.js";
import { levelBeforePercent } from "../../../grammars/figures.js";
import { aimBefore, clauseOpening } from "../../../grammars/target-cues.js";
import { roleOf, type SectionRole } from "../../../grammars/sections.js";
import type { Comparator, Currency, Rate, Scope, Unit } from "../../schema/document.js";
import type { Paragraph, Segmented } from "../segment/index.js";
import { clauses, sentences, type Span } from "./clauses.js";
import { viewClause, viewSentence, type ClauseView, type Figure } from "./clause-view.js";
import { comparatorOf } from "./comparator.js";
import { namedIndex, unitOf } from "./unit.js";
import { moneyOf } from "./money.js";
import { rateOf } from "./rate.js";
import { perOf } from "./per.js";
import { isPast } from "./tense.js";
import { yearOf, type YearSource } from "./year.js";
import { scopeOf } from "./scope.js";
import { classify, elliptical, type Zones } from "./indicator.js";

export interface TargetCandidate {
  /** offsets in the normalized text */
  start: number;
  end: number;
  value: number;
  max: number | null;
  unit: Unit;
  /** per_year for a yearly rate of change */
  rate: Rate;
  /** the base of a ratio ("trên một vạn dân" → 10000) */
  per: number | null;
  currency: Currency;
  /** the multiplier the words after the number give ("tỷ" → 1e9) */
  magnitude: number | null;
  comparator: Comparator;
  year: number | null;
  yearSource: YearSource;
  scope: Scope;
  indicator: string;
  section: string | null;
  item: string | null;
  clause: Span;
  kind: "target" | "baseline";
  /** the body a table's "Cơ quan chủ trì" cell makes answerable for it */
  lead?: string | null;
  /** a baseline of a table: the year its column heading names */
  describedYear?: number | null;
}

export interface TargetContext {
  /** years before this one are the past: the year of issue, else the first horizon less four */
  pastBefore: number | null;
}

export interface ExtractedTargets {
  candidates: TargetCandidate[];
  /** where reading stopped, when the text holds more than MAX_NUMBERS numbers */
  truncatedAt: number | null;
}

/**
 * Numbers read per document, at most. A resolution has a few hundred; a text with
 * hundreds of thousands (a table dump, a crafted file) would cost seconds and give a
 * dataset of gigabytes, each target carrying its clause.
 */
export const MAX_NUMBERS = 5000;

/**
 * Runs of ASCII digits in text[from, to), as `/\d+/g` counts them in the slice: the run
 * starts are found once and counted by binary search (test/stages/extract-targets.test.ts
 * holds it equal to `/\d+/g` on every slice).
 */
export function digitRunCounter(text: string): (from: number, to: number) => number {
  const starts: number[] = [];
  const runs = /[0-9]+/g;
  for (let m; (m = runs.exec(text)) !== null; ) starts.push(m.index);
  const firstAtOrAfter = (at: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const digit = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  return (from, to) => {
    if (to <= from) return 0;
    // a run the slice cuts into is one of its own
    const cut = from > 0 && digit(from) && digit(from - 1) ? 1 : 0;
    return cut + firstAtOrAfter(to) - firstAtOrAfter(from);
  };
}

export function extractTargets(folded: string, doc: Segmented, context: TargetContext = { pastBefore: null }): ExtractedTargets {
  const candidates: TargetCandidate[] = [];
  const digitRuns = digitRunCounter(folded);
  let numbers = 0;
  for (const paragraph of doc.paragraphs) {
    if (paragraph.part !== "body" || !paragraph.section) continue;
    for (const span of sentences(folded, paragraph.contentStart, paragraph.end)) {
      const sentence = viewSentence(folded, span);
      const inSentence: TargetCandidate[] = [];
      for (const clauseSpan of clauses(folded, span)) {
        const digits = digitRuns(clauseSpan.start, clauseSpan.end);
        numbers += digits;
        if (numbers > MAX_NUMBERS) return { candidates, truncatedAt: clauseSpan.start };
        // a clause without a digit has no figure
        if (digits === 0) continue;
        const clause = viewClause(folded, sentence, clauseSpan, { paragraph, pastBefore: context.pastBefore });
        for (const c of readClause(clause, paragraph, inSentence)) {
          candidates.push(c);
          inSentence.push(c);
        }
      }
    }
  }
  return { candidates, truncatedAt: null };
}

function readClause(clause: ClauseView, paragraph: Paragraph, earlier: readonly TargetCandidate[]): TargetCandidate[] {
  const section = paragraph.section!;
  const out: TargetCandidate[] = [];
  let percentSeen = false;
  // where the base of a ratio read with the figure before ends: "1 doanh nghiệp trên 1.000 dân"
  let baseEnd = -1;
  for (const figure of clause.figures) {
    if (figure.start < baseEnd) continue;
    const { lead, after } = figure;
    if (!figure.percent && nonTargetUnit.at(after, 0, after)) continue;
    // "ở mức 0,7" is a level's number, unless an index is named before it
    if (!figure.percent && nonTargetLead.first(lead, 0, lead) && !namedIndex(figure)) continue;
    if (figure.percent && levelBeforePercent.first(lead, 0, lead)) continue;

    const unit = unitOf(figure);
    const per = unit === "count" ? perOf(figure, clause) : null;
    if (per) baseEnd = per.end;
    // a count after a percent in the same clause qualifies it: "100% hộ có ít nhất 02 điện thoại"
    if (unit === "count" && percentSeen) continue;
    if (figure.percent) percentSeen = true;

    const comparator = comparatorOf(figure);
    const role = isPast(figure, clause) ? "situation" : roleAt(paragraph);
    const year = yearOf(figure, clause);
    if (role !== "situation" && !isTarget(figure, { role, unit, comparator, yearSource: year.source })) continue;

    out.push({
      start: figure.start,
      end: figure.end,
      value: figure.value,
      max: figure.max,
      unit,
      rate: rateOf(figure),
      per: per ? per.per : null,
      ...moneyOf(figure),
      comparator,
      year: year.year,
      yearSource: year.source,
      ...scopeAndIndicator(figure, clause, unit, [...earlier, ...out]),
      section: section.virtual ? null : section.key || null,
      item: paragraph.item?.path ?? null,
      clause: clause.span,
      kind: role === "situation" ? "baseline" : "target",
    });
  }
  return out;
}

/**
 * The scope and indicator of a figure, from its clause. An elliptical clause ("…; đến năm
 * 2030 đạt 100%") names its indicator earlier in the sentence; where the taxonomy lacks
 * that indicator, it counts what the figure before it counts. Without a level of its own, an
 * elliptical figure is at the level of the figure before it that counts the same ("… cấp
 * xã … đạt 90% vào năm 2025 và 100% vào năm 2030").
 */
function scopeAndIndicator(figure: Figure, clause: ClauseView, unit: Unit, earlier: readonly TargetCandidate[]): Pick<TargetCandidate, "scope" | "indicator"> {
  const own = zonesOf(figure, clause.span, clause.text);
  const reading = classify(own, unit, clause.cues);
  // a rank or an index is the province's own standing ("Chỉ số chuyển đổi số cấp tỉnh (DTI) đạt trên 0,6 điểm"): no level of its own
  const levelled = unit !== "rank" && unit !== "index";
  const scope = levelled ? scopeOf(figure) : null;
  // known, and with its level (or none to have): nothing to take from the figures before it
  if ((reading.known && (scope !== null || !levelled)) || !elliptical(own, unit)) return { scope, indicator: reading.id };
  const before = [...earlier].reverse();
  let indicator = reading.id;
  if (!reading.known) {
    const { sentence } = clause;
    const wider = classify(zonesOf(figure, sentence.span, sentence.text), unit, sentence.cues());
    indicator = wider.known ? wider.id : (before.find((c) => c.unit === unit)?.indicator ?? reading.id);
  }
  const same = before.find((c) => c.unit === unit && c.indicator === indicator);
  return { scope: scope ?? (levelled ? (same?.scope ?? null) : null), indicator };
}

function zonesOf(figure: Figure, span: Span, text: string): Zones {
  return {
    clause: text,
    start: figure.start - span.start,
    end: figure.end - span.start,
    before: figure.stretch.start - span.start,
    after: figure.stretch.end - span.start,
  };
}

/** the section's role, or, in a section of no known role, that of the nearest heading that has one */
function roleAt(paragraph: Paragraph): SectionRole {
  const role = paragraph.section!.role;
  if (role !== "other") return role;
  for (let item = paragraph.item; item; item = item.parent) {
    const r = roleOf(item.title);
    if (r !== "other") return r;
  }
  return role;
}

/** outside the objectives, a figure is a target only when its sentence dates it, or it is aimed at */
function isTarget(figure: Figure, reading: { role: SectionRole; unit: Unit; comparator: Comparator; yearSource: YearSource }): boolean {
  const { role, unit, comparator, yearSource } = reading;
  const { lead } = figure;
  const before = figure.before.trimStart();
  const aimed = comparator !== "eq" || aimBefore.first(lead, 0, lead) !== null;
  const opening = clauseOpening.at(before, 0, before) !== null;
  if (role === "objectives") return unit !== "count" || aimed || opening;
  const dated = yearSource === "sentence" || yearSource === "period";
  // an amount outside the objectives is often a budget line, not a level to reach
  if (unit === "count" || unit === "money") return dated && (aimed || opening);
  return dated || aimed;
}
