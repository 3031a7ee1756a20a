/**
 * A yearly rate of change: "tăng trung bình 10%/năm", "mỗi năm tăng 5%", "tăng bình quân
 * hằng năm 9,6%". A percent written "/năm" right after it is one; another figure said to be
 * yearly only with a verb of change ("tăng 500 doanh nghiệp mỗi năm"), not a yearly flow
 * ("đào tạo 500 người mỗi năm").
 */
import { changeBefore, yearlyAfter, yearlyChangeBefore } from "../../../grammars/units.js";
import type { Rate } from "../../schema/document.js";
import type { Figure } from "./clause-view.js";

export function rateOf(figure: Figure): Rate {
  const { lead, after } = figure;
  if (yearlyChangeBefore.first(lead, 0, lead)) return "per_year";
  const yearly = yearlyAfter.at(after, 0, after);
  if (!yearly) return null;
  return (figure.percent && !yearly.reading.gap) || changeBefore.first(lead, 0, lead) ? "per_year" : null;
}
