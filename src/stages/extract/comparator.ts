/** How a figure compares: "trên 80%" gt, "tối thiểu 50%" gte, "80% trở lên" gte, "khoảng 20%" approx. */
import { comparatorAfter, comparatorBefore, fromBefore } from "../../../grammars/comparators.js";
import { windows } from "../../../grammars/windows.js";
import type { Comparator } from "../../schema/document.js";
import { wordCount } from "../../text/chars.js";
import type { Figure } from "./clause-view.js";

export function comparatorOf(figure: Figure): Comparator {
  const { lead, after } = figure;
  const before = comparatorBefore.first(lead, 0, lead);
  if (before) return before.reading.comparator;
  // "từ 80%" is "80% or more", unless "từ" opens a range ("từ 01 đến 02")
  if (figure.max === null && fromBefore.first(lead, 0, lead)) return "gte";
  const following = comparatorAfter.first(after, 0, after);
  if (following && wordCount(after, 0, following.start) <= windows.comparatorAfterWords) return following.reading.comparator;
  return "eq";
}
