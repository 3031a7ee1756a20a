/**
 * A figure's deadline year, and where it was read: its own deadline right after it, a
 * deadline or a period its sentence states before it, or the nearest heading that sets one.
 */
import { deadline } from "../../../grammars/deadlines.js";
import type { ClauseView, DeadlineMatch, Figure } from "./clause-view.js";

export type YearSource = "sentence" | "period" | "heading" | null;

export function yearOf(figure: Figure, clause: ClauseView): { year: number | null; source: YearSource } {
  const { sentence, pastBefore } = clause;
  const future = (m: DeadlineMatch) => m.reading.explicit || pastBefore === null || m.reading.year >= pastBefore;
  // a deadline right after the figure, before the next figure of its clause, is its own:
  // "80% vào năm 2025 và 100% vào năm 2030", "80% năm 2025, 95% năm 2030"
  const next = figure.next ? figure.next.start : clause.span.end;
  const rest = clause.text.slice(figure.end - clause.span.start, next - clause.span.start);
  const own = deadline.all(rest, rest).find(future);
  if (own) return { year: own.reading.year, source: "sentence" };
  const at = figure.start - sentence.span.start;
  const clauseStart = clause.span.start - sentence.span.start;
  const stated = sentence.deadlines.filter((m) => m.end <= at && (m.reading.explicit || m.start >= clauseStart) && future(m));
  if (stated.length) return { year: stated[stated.length - 1].reading.year, source: "sentence" };
  const period = sentence.periods.filter((m) => m.end <= at).pop() ?? sentence.periods.find((m) => m.start >= at);
  if (period) return { year: period.reading.year, source: "period" };
  // a deadline later in the sentence, within the same clause run ("… đạt 80% vào cuối năm 2025")
  const later = sentence.deadlines.find((m) => m.reading.explicit && m.start >= at && !sentence.text.slice(at, m.start).includes(";"));
  if (later) return { year: later.reading.year, source: "sentence" };
  return clause.headingYear !== null ? { year: clause.headingYear, source: "heading" } : { year: null, source: null };
}
