/**
 * The provinces through the 2025 merger: the 63 units before 1 July 2025, the 34 after
 * (Nghị quyết 202/2025/QH15 of the Quốc hội, 12/6/2025) and which old ones make up each
 * new one. The data lives in src/reference/provinces-2025.json; this schema is its
 * contract, and test/reference/provinces.test.ts holds its invariants (63, 34, every old
 * unit in exactly one new one).
 */
import { z } from "zod";
import raw from "./provinces-2025.json" with { type: "json" };
import { resolveProvince } from "../../grammars/provinces.js";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const UnitSchema = z
  .object({
    name: z.string().min(1).describe("official spelling, as grammars/provinces.ts outputs it"),
    slug: Slug,
    kind: z.enum(["province", "city"]).describe("tỉnh, or thành phố trực thuộc trung ương"),
  })
  .strict();

export const MergerSchema = z
  .object({
    source: z
      .object({ number: z.string(), issuer: z.string(), date: IsoDate, effective: IsoDate.describe("the day the new units begin"), title: z.string() })
      .strict(),
    note: z.string(),
    before: z.array(UnitSchema),
    after: z.array(UnitSchema.extend({ predecessors: z.array(z.string().min(1)).min(1).describe("names of the old units, its own first") }).strict()),
    formerNames: z.array(
      z.object({ name: z.string(), slug: Slug, became: z.string().describe("the unit's name on the eve of the merger"), date: IsoDate, source: z.string() }).strict(),
    ),
  })
  .strict();

export type Merger = z.infer<typeof MergerSchema>;

/** The province a document's province is part of today: a name and its slug. */
export interface ProvinceRef {
  name: string;
  slug: string;
}

/** The bundled merger data, validated; a broken file is a bug of the project, so it throws. */
export const merger: Merger = MergerSchema.parse(raw);

/** the day the 34 provinces begin (2025-07-01) */
export const MERGER_DATE = merger.source.effective;

/** "Nghị quyết 202/2025/QH15, 12/6/2025": how a Vietnamese reader cites the resolution */
export const MERGER_CITATION = (() => {
  const [y, m, d] = merger.source.date.split("-");
  return `Nghị quyết ${merger.source.number}, ${d}/${Number(m)}/${y}`;
})();

const SUCCESSOR = new Map<string, ProvinceRef>();
for (const unit of merger.after) for (const old of unit.predecessors) SUCCESSOR.set(old, { name: unit.name, slug: unit.slug });
for (const former of merger.formerNames) {
  const today = SUCCESSOR.get(former.became);
  if (today) SUCCESSOR.set(former.name, today);
}

/**
 * The province today of a province named in any spelling the province grammar accepts
 * (tone placement, "TP. Hồ Chí Minh"): an old unit's new unit, a new unit itself; null
 * for a name that is no province.
 */
export function successorOf(name: string | null): ProvinceRef | null {
  if (name === null) return null;
  const official = resolveProvince(name);
  return official === null ? null : (SUCCESSOR.get(official) ?? null);
}

/** whether a day (ISO) falls on or after the merger */
export function afterMerger(date: string | null): boolean {
  return date !== null && date >= MERGER_DATE;
}
