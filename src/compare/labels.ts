/**
 * Labels of indicators, scopes and years, in Vietnamese and English. Indicator labels
 * come from the taxonomy (grammars/indicators.ts), their one source. The guide's ids
 * (shared/gold/GUIDE.md) list rows in order: digital government, digital economy, digital
 * society, each in taxonomy order; "other:<slug>" ids come after them, by id.
 */
import { indexOfRanking, indicators, rankingLabel } from "../../grammars/indicators.js";
import type { Scope } from "../schema/document.js";

export interface Label {
  vi: string;
  en: string;
}

const DOMAINS = ["government", "economy", "society"] as const;

/** The guide's indicator ids with their labels, in row order. */
export const INDICATORS: ReadonlyArray<readonly [id: string, label: Label]> = DOMAINS.flatMap((domain) =>
  indicators.filter((i) => i.domain === domain && !i.id.startsWith("other:")).map((i) => [i.id, i.label] as const),
);

const byId = new Map(indicators.map((i) => [i.id, i.label]));
const order = new Map(INDICATORS.map(([id], index) => [id, index]));

/** Whether the taxonomy labels this id. */
export function isKnownIndicator(id: string): boolean {
  return byId.has(id);
}

/** The label of an indicator id; the ranking by a known index its label and "rank"; an unknown id shows itself, an `other:<slug>` id its slug. */
export function indicatorLabel(id: string): Label {
  const known = byId.get(id);
  if (known) return known;
  const index = byId.get(indexOfRanking(id) ?? "");
  if (index) return rankingLabel(index);
  const slug = id.startsWith("other:") ? id.slice("other:".length) : id;
  return { vi: slug, en: slug };
}

/** Sort key of an indicator: the guide's ids in row order, then every other id (sorted by id by the caller). */
export function indicatorOrder(id: string): number {
  return order.get(id) ?? INDICATORS.length;
}

const SCOPES: ReadonlyArray<readonly [NonNullable<Scope>, Label]> = [
  ["province", { vi: "cấp tỉnh", en: "province" }],
  ["district", { vi: "cấp huyện", en: "district" }],
  ["commune", { vi: "cấp xã", en: "commune" }],
  ["village", { vi: "thôn", en: "village" }],
  ["household", { vi: "hộ gia đình", en: "household" }],
];

/** The label of a scope; null (no administrative level named) has none. */
export function scopeLabel(scope: Scope): Label | null {
  return SCOPES.find(([s]) => s === scope)?.[1] ?? null;
}

/** Scope sort key: no level first, then province → household. */
export function scopeOrder(scope: Scope): number {
  return scope === null ? 0 : 1 + SCOPES.findIndex(([s]) => s === scope);
}

/** The label of a deadline year; null means a yearly target without deadline. */
export function yearLabel(year: number | null): Label {
  return year === null ? { vi: "hằng năm", en: "yearly" } : { vi: String(year), en: String(year) };
}
