/** How a reader writes a target: "≥ 80%", "> 90%", "~ 20%", "25–30%", "top 10", and its citation. */
import type { Comparator, Unit } from "../schema/document.js";

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
}

/** "≥ 80%", "80%", "~ 20%", "25–30%", "01–02" as "1–2", rank as "top 10" or "top 25–30". */
export function formatFigure(figure: Figure): string {
  const range = figure.max !== null && figure.max !== figure.value;
  const number = range ? `${formatNumber(figure.value)}–${formatNumber(figure.max as number)}` : formatNumber(figure.value);
  const body = figure.unit === "percent" ? `${number}%` : figure.unit === "rank" ? `top ${number}` : number;
  const sign = COMPARATOR_SIGN[figure.comparator];
  return sign ? `${sign} ${body}` : body;
}

/** "nghe-an.txt:48": the document's path and the 1-based line the number starts on. */
export function citation(path: string, line: number): string {
  return `${path}:${line}`;
}
