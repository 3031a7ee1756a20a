/** How a reader writes a target: "≥ 80%", "> 90%", "~ 20%", "25–30%", "top 10", and its citation. */
import type { Comparator, Currency, Rate, Unit } from "../schema/document.js";

const COMPARATOR_SIGN: Record<Comparator, string> = {
  eq: "",
  gt: ">",
  gte: "≥",
  lt: "<",
  lte: "≤",
  approx: "~",
};

/** A number without grouping ("3000", "9.6", "0.5"): unambiguous to Vietnamese and English readers alike. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

export interface Figure {
  value: number;
  max: number | null;
  unit: Unit;
  comparator: Comparator;
  /** what a target of schema 2 adds; a figure without them reads as before */
  rate?: Rate;
  per?: number | null;
  currency?: Currency;
  magnitude?: number | null;
}

/** the words of a multiplier, as the documents write it */
const MAGNITUDE_WORDS = new Map([
  [1e3, "nghìn"],
  [1e6, "triệu"],
  [1e9, "tỷ"],
  [1e12, "nghìn tỷ"],
]);

/**
 * "≥ 80%", "80%", "~ 20%", "25–30%", "01–02" as "1–2", rank as "top 10" or "top 25–30";
 * an amount with its multiplier and currency ("10000 tỷ VND"), a yearly rate "10%/năm", a
 * ratio with its base "12/10000".
 */
export function formatFigure(figure: Figure): string {
  const range = figure.max !== null && figure.max !== figure.value;
  const number = range ? `${formatNumber(figure.value)}–${formatNumber(figure.max as number)}` : formatNumber(figure.value);
  let body = figure.unit === "percent" ? `${number}%` : figure.unit === "rank" ? `top ${number}` : number;
  const magnitude = figure.magnitude ? (MAGNITUDE_WORDS.get(figure.magnitude) ?? `× ${formatNumber(figure.magnitude)}`) : null;
  if (magnitude) body += ` ${magnitude}`;
  if (figure.currency) body += ` ${figure.currency}`;
  if (figure.per) body += `/${formatNumber(figure.per)}`;
  if (figure.rate === "per_year") body += "/năm";
  const sign = COMPARATOR_SIGN[figure.comparator];
  return sign ? `${sign} ${body}` : body;
}

/** "nghe-an.txt:48": the document's path and the 1-based line the number starts on. */
export function citation(path: string, line: number): string {
  return `${path}:${line}`;
}
