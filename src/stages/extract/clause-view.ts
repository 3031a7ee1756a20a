/**
 * The unit of work of target extraction: a clause, read once. Its view holds the clause's
 * span and folded text, its numbers, each figure with what stands before and after it and
 * its neighbours, and what the sentence and the heading above say about years. The readers
 * (comparator, unit, tense, year, scope, indicator) each take a figure and its clause and
 * return one value.
 */
import { quantity } from "../../../grammars/numbers.js";
import { deadline, period } from "../../../grammars/deadlines.js";
import { yearContext, yearSpanAfter } from "../../../grammars/figures.js";
import { windows } from "../../../grammars/windows.js";
import type { RuleMatch } from "../../grammar/rule.js";
import type { Paragraph } from "../segment/index.js";
import type { Span } from "./clauses.js";
import { cueMatches, type CueMatches } from "./indicator.js";

export type DeadlineMatch = RuleMatch<{ year: number; explicit: boolean }>;
export type PeriodMatch = RuleMatch<{ from: number; year: number }>;

/** a sentence: the years it states reach every clause of it ("đến năm 2025, …; …") */
export interface SentenceView {
  span: Span;
  /** the sentence's folded text */
  text: string;
  /** deadlines and periods, offsets within `text`: read when a figure first asks */
  readonly deadlines: DeadlineMatch[];
  readonly periods: PeriodMatch[];
  /** indicator cues of the whole sentence, for a clause that names none of its own */
  cues(): CueMatches;
}

/** a number of the clause, as written */
export interface NumberToken {
  /** offsets in the normalized text */
  start: number;
  end: number;
  value: number;
  max: number | null;
  percent: boolean;
  /** a year ("năm 2025", "2021-2025"), not a figure */
  yearLike: boolean;
}

/** a number that is not a year: a candidate target */
export interface Figure extends NumberToken {
  /** where the figure's own stretch of text begins and ends: the numbers before and after it */
  stretch: Span;
  /** the text of its stretch before and after it */
  before: string;
  after: string;
  /** the clause's text right before it, at most windows.leadCharacters */
  lead: string;
  /** the figures before and after it in the clause, years passed over */
  previous: Figure | null;
  next: Figure | null;
}

export interface ClauseView {
  span: Span;
  /** the clause's folded text */
  text: string;
  sentence: SentenceView;
  figures: Figure[];
  /** the year the nearest heading above sets, if any */
  headingYear: number | null;
  /** years before this one are the past (the year of issue, else the first horizon less four) */
  pastBefore: number | null;
  /** indicator cues of the clause: found as the figures ask */
  readonly cues: CueMatches;
}

export function viewSentence(folded: string, span: Span): SentenceView {
  return new Sentence(span, folded.slice(span.start, span.end));
}

/** a class, so that what is read on demand lives on the prototype, not in closures per sentence */
class Sentence implements SentenceView {
  private readDeadlines: DeadlineMatch[] | undefined;
  private readPeriods: PeriodMatch[] | undefined;
  private readCues: CueMatches | undefined;
  constructor(
    readonly span: Span,
    readonly text: string,
  ) {}
  get deadlines(): DeadlineMatch[] {
    return (this.readDeadlines ??= deadline.all(this.text, this.text));
  }
  get periods(): PeriodMatch[] {
    return (this.readPeriods ??= period.all(this.text, this.text));
  }
  cues(): CueMatches {
    return (this.readCues ??= cueMatches(this.text, this.text));
  }
}

export function viewClause(folded: string, sentence: SentenceView, span: Span, where: { paragraph: Paragraph; pastBefore: number | null }): ClauseView {
  const text = folded.slice(span.start, span.end);
  const numbers = numbersOf(folded, span, text);
  const figures: Figure[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k];
    if (n.yearLike) continue;
    const stretch = { start: k > 0 ? numbers[k - 1].end : span.start, end: k + 1 < numbers.length ? numbers[k + 1].start : span.end };
    const figure: Figure = {
      start: n.start,
      end: n.end,
      value: n.value,
      max: n.max,
      percent: n.percent,
      yearLike: false,
      stretch,
      before: folded.slice(stretch.start, n.start),
      after: folded.slice(n.end, stretch.end),
      lead: folded.slice(Math.max(span.start, n.start - windows.leadCharacters), n.start),
      previous: figures.length ? figures[figures.length - 1] : null,
      next: null,
    };
    if (figure.previous) figure.previous.next = figure;
    figures.push(figure);
  }
  const { paragraph, pastBefore } = where;
  return new Clause({ span, text, sentence, figures, headingYear: paragraph.item?.year ?? paragraph.section?.year ?? null, pastBefore });
}

class Clause implements ClauseView {
  readonly span: Span;
  readonly text: string;
  readonly sentence: SentenceView;
  readonly figures: Figure[];
  readonly headingYear: number | null;
  readonly pastBefore: number | null;
  private readCues: CueMatches | undefined;
  constructor(parts: Omit<ClauseView, "cues">) {
    this.span = parts.span;
    this.text = parts.text;
    this.sentence = parts.sentence;
    this.figures = parts.figures;
    this.headingYear = parts.headingYear;
    this.pastBefore = parts.pastBefore;
  }
  get cues(): CueMatches {
    const { sentence, span } = this;
    const whole = sentence.span.start === span.start && sentence.span.end === span.end;
    return (this.readCues ??= whole ? sentence.cues() : cueMatches(this.text, this.text));
  }
}

function numbersOf(folded: string, span: Span, text: string): NumberToken[] {
  return quantity.all(text, text).map((m) => {
    const { value, max, percent } = m.reading;
    const start = span.start + m.start;
    const yearLike =
      (!percent && max === null && isYear(folded, start, value, m.text)) || (max !== null && value >= 1900 && value <= 2100 && max <= 2100);
    return { start, end: span.start + m.end, value, max, percent, yearLike };
  });
}

/** 1900–2100 is a year where the words around it say so: "năm 2025", "đến 2030", "2021-2025" */
function isYear(folded: string, at: number, value: number, literal: string): boolean {
  if (!Number.isInteger(value) || value < 1900 || value > 2100 || literal.includes(".")) return false;
  const before = folded.slice(Math.max(0, at - windows.yearContextCharacters), at);
  const after = folded.slice(at + literal.length);
  return yearContext.first(before, 0, before) !== null || yearSpanAfter.at(after, 0, after) !== null;
}
