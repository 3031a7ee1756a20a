/**
 * The currency of an amount and the multiplier its words give ("10.000 tỷ đồng": VND,
 * 1e9); a count has a multiplier too ("1,5 triệu thuê bao": 1e6), and no currency.
 */
import { magnitudeAfter, moneyAfter } from "../../../grammars/units.js";
import type { Currency } from "../../schema/document.js";
import type { Figure } from "./clause-view.js";

export function moneyOf(figure: Figure): { currency: Currency; magnitude: number | null } {
  if (figure.percent) return { currency: null, magnitude: null };
  const { after } = figure;
  const money = moneyAfter.at(after, 0, after);
  if (money) return money.reading;
  return { currency: null, magnitude: magnitudeAfter.at(after, 0, after)?.reading.magnitude ?? null };
}
