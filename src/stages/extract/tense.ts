/**
 * Past or future: a figure stated as past or present ("năm 2020 đạt 45%", "hiện nay có
 * 60%", "từ 40% năm 2020") is a baseline, not a target. Only the figure's own stretch
 * counts, from the previous figure on, so "từ 40% năm 2020 lên 90% vào năm 2025" keeps
 * 90% a target.
 */
import { deadline, pastCue } from "../../../grammars/deadlines.js";
import { windows } from "../../../grammars/windows.js";
import type { ClauseView, DeadlineMatch, Figure } from "./clause-view.js";

export function isPast(figure: Figure, clause: ClauseView): boolean {
  const text = (from: number, to: number) => clause.text.slice(from - clause.span.start, to - clause.span.start);
  const from = figure.previous ? figure.previous.end : clause.span.start;
  // a year right after the previous figure is that figure's ("từ 40% năm 2020 lên 90%")
  const sincePrevious = text(from, figure.start);
  const taken = figure.previous ? deadline.first(sincePrevious, 0, sincePrevious) : null;
  const lead = taken && taken.start <= windows.ownYearStart ? sincePrevious.slice(taken.end) : sincePrevious;
  if (pastCue.first(lead, 0, lead)) return true;
  const { pastBefore } = clause;
  if (pastBefore === null) return false;
  const past = (m: DeadlineMatch | undefined) => Boolean(m && !m.reading.explicit && m.reading.year < pastBefore);
  const years = deadline.all(lead, lead);
  if (past(years[years.length - 1])) return true;
  // "40% năm 2020", "40% (năm 2020)": the year right after the figure
  const next = figure.next ? figure.next.start : clause.span.end;
  const right = text(figure.end, Math.min(next, figure.end + windows.ownYearCharacters));
  const own = deadline.first(right, 0, right);
  return Boolean(own && own.start <= windows.ownYearStart && past(own));
}
