/**
 * Targets: quantitative commitments for the future. Every number of a body paragraph is
 * read as a candidate (value, unit, comparator); the section it stands in and the words
 * around it decide whether it is a target, a baseline (a fact about the past, in the
 * situation section) or neither (a level, an age, a reference, a qualifier).
 */
import { quantity, rankCue, nonTargetLead, nonTargetUnit } from "../../../grammars/numbers.js";
import { comparatorAfter, comparatorBefore, fromBefore } from "../../../grammars/comparators.js";
import { headNoun, levelPhrase } from "../../../grammars/scopes.js";
import { deadline, pastCue, period } from "../../../grammars/deadlines.js";
import { aimBefore, clauseOpening } from "../../../grammars/target-cues.js";
import { roleOf, type SectionRole } from "../../../grammars/sections.js";
import type { Comparator, Scope, Unit } from "../../schema/document.js";
import type { Paragraph, Segmented } from "../segment/index.js";
import { clauses, sentences, type Span } from "./clauses.js";
import { firstWords, wordCount } from "../../text/chars.js";
import { classify, elliptical } from "./indicator.js";

export interface TargetCandidate {
  /** offsets in the normalized text */
  start: number;
  end: number;
  value: number;
  max: number | null;
  unit: Unit;
  comparator: Comparator;
  year: number | null;
  yearSource: "sentence" | "period" | "heading" | null;
  scope: Scope;
  indicator: string;
  section: string | null;
  item: string | null;
  clause: Span;
  kind: "target" | "baseline";
}

interface Token {
  start: number;
  end: number;
  value: number;
  max: number | null;
  percent: boolean;
  yearLike: boolean;
}

export interface TargetContext {
  /** years before this one are the past: the year of issue, else the first horizon less four */
  pastBefore: number | null;
  /** set by extractTargets when the text holds more than MAX_NUMBERS numbers: where reading stopped */
  truncatedAt?: number;
}

/**
 * Numbers read per document, at most. A resolution has a few hundred; a text with
 * hundreds of thousands (a table dump, a crafted file) would cost seconds and give a
 * dataset of gigabytes, each target carrying its clause.
 */
export const MAX_NUMBERS = 5000;

/**
 * Runs of ASCII digits in text[from, to), as `/\d+/g` counts them in the slice: the run
 * starts of the whole text are found once (one native scan) and counted by binary search,
 * instead of every clause being scanned a character at a time.
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

export function extractTargets(text: string, folded: string, doc: Segmented, context: TargetContext = { pastBefore: null }): TargetCandidate[] {
  const out: TargetCandidate[] = [];
  const digitRuns = digitRunCounter(folded);
  let numbers = 0;
  for (const paragraph of doc.paragraphs) {
    if (paragraph.part !== "body" || !paragraph.section) continue;
    for (const sentence of sentences(folded, paragraph.contentStart, paragraph.end)) {
      const inSentence: TargetCandidate[] = [];
      for (const clause of clauses(folded, sentence)) {
        numbers += digitRuns(clause.start, clause.end);
        if (numbers > MAX_NUMBERS) {
          context.truncatedAt = clause.start;
          return out;
        }
        for (const c of readClause(folded, paragraph, sentence, clause, context, inSentence)) {
          out.push(c);
          inSentence.push(c);
        }
      }
    }
  }
  return out;
}

/**
 * A figure stated as past or present: "năm 2020 đạt 45%", "hiện nay có 60%", "từ 40%
 * năm 2020". Only the number's own stretch counts — from the previous figure to the next
 * — so "từ 40% năm 2020 lên 90% vào năm 2025" keeps 90% a target.
 */
function inThePast(folded: string, from: number | null, clauseStart: number, at: number, end: number, next: number, context: TargetContext): boolean {
  // a year right after the previous figure is that figure's ("từ 40% năm 2020 lên 90%")
  const taken = from !== null ? deadline.first(...already(folded.slice(from, at))) : null;
  from ??= clauseStart;
  const lead = folded.slice(taken && taken.start <= 3 ? from + taken.end : from, at);
  if (pastCue.first(...already(lead))) return true;
  if (context.pastBefore === null) return false;
  const past = (m: { reading: Record<string, unknown> } | undefined) =>
    Boolean(m && !m.reading.explicit && (m.reading.year as number) < context.pastBefore!);
  const years = deadline.all(...alreadyAll(lead));
  if (past(years[years.length - 1])) return true;
  // "40% năm 2020", "40% (năm 2020)": the year right after the number
  const right = deadline.first(...already(folded.slice(end, Math.min(next, end + 16))));
  return Boolean(right && right.start <= 3 && past(right));
}

/**
 * Everything here is read from the normalized text's tone fold: a rule is given a slice of
 * it as its own fold (folding is idempotent), rather than folding it again.
 */
const already = (folded: string) => [folded, 0, folded] as const;
const alreadyAll = (folded: string) => [folded, folded] as const;

function tokens(folded: string, clause: Span): Token[] {
  const body = folded.slice(clause.start, clause.end);
  return quantity.all(...alreadyAll(body)).map((m) => {
    const value = m.reading.value as number;
    const max = m.reading.max as number | null;
    const percent = Boolean(m.reading.percent);
    const yearLike = !percent && max === null && isYear(folded, clause.start + m.start, value, m.text)
      || (max !== null && value >= 1900 && value <= 2100 && max <= 2100);
    return { start: clause.start + m.start, end: clause.start + m.end, value, max, percent, yearLike };
  });
}

const YEAR_CONTEXT = /(?:năm|giai đoạn|thời kỳ|từ|đến|tới|khóa|trước|sau|vào|cuối|hết|tầm nhìn|ngày|tháng|[-/])\s*$/iu;

/** 1900–2100 is a year where the words around it say so: "năm 2025", "đến 2030", "2021-2025" */
function isYear(folded: string, at: number, value: number, literal: string): boolean {
  if (!Number.isInteger(value) || value < 1900 || value > 2100 || /\./.test(literal)) return false;
  return YEAR_CONTEXT.test(folded.slice(Math.max(0, at - 20), at)) || /^\s*[-–]\s*\d{4}/u.test(folded.slice(at + literal.length));
}

function readClause(
  folded: string,
  paragraph: Paragraph,
  sentence: Span,
  clause: Span,
  context: TargetContext,
  earlier: readonly TargetCandidate[],
): TargetCandidate[] {
  const section = paragraph.section!;
  const toks = tokens(folded, clause);
  const out: TargetCandidate[] = [];
  let percentSeen = false;
  toks.forEach((tok, k) => {
    if (tok.yearLike) return;
    const prevEnd = k > 0 ? toks[k - 1].end : clause.start;
    const nextStart = k + 1 < toks.length ? toks[k + 1].start : clause.end;
    const before = folded.slice(prevEnd, tok.start);
    const after = folded.slice(tok.end, nextStart);
    const lead = folded.slice(Math.max(clause.start, tok.start - 60), tok.start);
    if (!tok.percent && nonTargetUnit.at(...already(after))) return;
    if (!tok.percent && nonTargetLead.first(...already(lead))) return;
    if (tok.percent && /(?:mức độ|cấp độ)\s*(?:\d+\s*,\s*)*$/u.test(lead)) return;

    const unit: Unit = tok.percent ? "percent" : rankCue.first(...already(lead)) ? "rank" : "count";
    // a count after a percent in the same clause qualifies it: "100% hộ có ít nhất 02 điện thoại"
    if (unit === "count" && percentSeen) return;
    if (tok.percent) percentSeen = true;

    const comparator = readComparator(lead, after, tok.max !== null);
    const lastFigure = toks.slice(0, k).reverse().find((t) => !t.yearLike);
    const nextFigure = toks.slice(k + 1).find((t) => !t.yearLike);
    const role = inThePast(folded, lastFigure ? lastFigure.end : null, clause.start, tok.start, tok.end, nextFigure ? nextFigure.start : clause.end, context)
      ? "situation"
      : roleAt(paragraph);
    const year = readYear(folded, sentence, clause, tok, nextFigure ? nextFigure.start : clause.end, paragraph, context);
    if (role !== "situation" && !isTarget(role, unit, comparator, before, lead, year.source)) return;

    const scope = unit === "rank" ? null : readScope(after, before);
    const zones = (span: Span) => ({
      clause: folded.slice(span.start, span.end),
      start: tok.start - span.start,
      end: tok.end - span.start,
      before: prevEnd - span.start,
      after: nextStart - span.start,
    });
    let reading = classify(zones(clause), unit);
    // an elliptical clause ("…; đến năm 2030 đạt 100%") names its indicator earlier in the
    // sentence; where the taxonomy lacks that indicator, it counts what the figure before it
    // counts ("… đạt 50% vào năm 2025 và 100% vào năm 2030")
    if (!reading.known && elliptical(zones(clause), unit)) {
      const wider = classify(zones(sentence), unit);
      const previous = [...earlier, ...out].reverse().find((c) => c.unit === unit);
      if (wider.known) reading = wider;
      else if (previous) reading = { id: previous.indicator, known: false };
    }
    const indicator = reading.id;
    out.push({
      start: tok.start,
      end: tok.end,
      value: tok.value,
      max: tok.max,
      unit,
      comparator,
      year: year.year,
      yearSource: year.source,
      scope,
      indicator,
      section: section.virtual ? null : section.numeral,
      item: paragraph.item?.path ?? null,
      clause,
      kind: role === "situation" ? "baseline" : "target",
    });
  });
  return out;
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

function readComparator(lead: string, after: string, range: boolean): Comparator {
  const before = comparatorBefore.first(...already(lead));
  if (before) return before.reading.comparator;
  if (!range && fromBefore.first(...already(lead))) return "gte";
  const following = comparatorAfter.first(...already(after));
  if (following && wordCount(after, 0, following.start) <= 8) return following.reading.comparator;
  return "eq";
}

function isTarget(
  role: string,
  unit: Unit,
  comparator: Comparator,
  before: string,
  lead: string,
  yearSource: TargetCandidate["yearSource"],
): boolean {
  const aimed = comparator !== "eq" || aimBefore.first(...already(lead)) !== null;
  const opening = clauseOpening.at(...already(before.trimStart())) !== null;
  if (role === "objectives") return unit !== "count" || aimed || opening;
  // elsewhere a number is a target only when the sentence sets it for a year, or it is aimed at
  const dated = yearSource === "sentence" || yearSource === "period";
  if (unit === "count") return dated && (aimed || opening);
  return dated || aimed;
}

function readScope(after: string, before: string): Scope {
  const head = headNoun.at(...already(after));
  if (head) return head.reading.scope;
  const phrase = firstWords(after, 16);
  const level = levelPhrase.first(...already(phrase));
  if (level) return level.reading.scope;
  if (wordCount(after) <= 2) {
    const back = levelPhrase.all(...alreadyAll(before));
    if (back.length) return back[back.length - 1].reading.scope;
  }
  return null;
}

function readYear(
  folded: string,
  sentence: Span,
  clause: Span,
  tok: Token,
  next: number,
  paragraph: Paragraph,
  context: TargetContext,
): { year: number | null; source: TargetCandidate["yearSource"] } {
  const future = (m: { reading: Record<string, unknown> }) =>
    Boolean(m.reading.explicit) || context.pastBefore === null || (m.reading.year as number) >= context.pastBefore;
  // a deadline right after the number, before the next figure of its clause, is its own:
  // "80% vào năm 2025 và 100% vào năm 2030", "80% năm 2025, 95% năm 2030"
  const own = deadline.all(...alreadyAll(folded.slice(tok.end, next))).find(future);
  if (own) return { year: own.reading.year as number, source: "sentence" };
  const { text, deadlines, periods } = sentenceYears(folded, sentence);
  const at = tok.start - sentence.start;
  const stated = deadlines.filter((m) => m.end <= at && (m.reading.explicit || m.start >= clause.start - sentence.start) && future(m));
  if (stated.length) return { year: stated[stated.length - 1].reading.year as number, source: "sentence" };
  const p = periods.filter((m) => m.end <= at).pop() ?? periods.find((m) => m.start >= at);
  if (p) return { year: p.reading.year as number, source: "period" };
  const afterClause = deadlines.find((m) => m.reading.explicit && m.start >= at && !/;/.test(text.slice(at, m.start)));
  if (afterClause) return { year: afterClause.reading.year as number, source: "sentence" };
  const heading = paragraph.item?.year ?? paragraph.section?.year ?? null;
  return heading !== null ? { year: heading, source: "heading" } : { year: null, source: null };
}

/** the deadlines and periods of a sentence, read once for all its numbers (the last sentence asked for) */
let years: { folded: string; start: number; end: number; text: string; deadlines: ReturnType<typeof deadline.all>; periods: ReturnType<typeof period.all> } | null = null;
function sentenceYears(folded: string, sentence: Span) {
  if (!years || years.folded !== folded || years.start !== sentence.start || years.end !== sentence.end) {
    const text = folded.slice(sentence.start, sentence.end);
    years = { folded, start: sentence.start, end: sentence.end, text, deadlines: deadline.all(...alreadyAll(text)), periods: period.all(...alreadyAll(text)) };
  }
  return years;
}
