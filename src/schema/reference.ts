/**
 * The national references, keyed by the indicator ids of the taxonomy: the basic
 * objectives of Quyết định 749/QĐ-TTg (03/6/2020), the national digital-transformation
 * programme to 2025; and for the 2026–2030 generation, the objectives of Nghị quyết
 * 57-NQ/TW of the Bộ Chính trị (22/12/2024) and the target list of the Government's
 * programme for it, Nghị quyết 03/NQ-CP (09/1/2025). The data lives in
 * src/reference/{749,57,03}-targets.json; this schema is their contract.
 */
import { z } from "zod";
import { ComparatorSchema, ScopeSchema, UnitSchema } from "./document.js";
import raw from "../reference/749-targets.json" with { type: "json" };
import raw57 from "../reference/57-targets.json" with { type: "json" };
import raw03 from "../reference/03-targets.json" with { type: "json" };
import type { Problem } from "../messages.js";

export const ReferenceTargetSchema = z
  .object({
    indicator: z.string().min(1).describe("indicator id of the taxonomy, or other:<slug>"),
    scope: ScopeSchema,
    year: z.number().int().nullable(),
    value: z.number(),
    max: z.number().nullable().optional().describe("high end of a range; absent or null otherwise"),
    unit: UnitSchema,
    comparator: ComparatorSchema,
    label: z.string().describe("what the figure measures, restated in Vietnamese"),
    rate: z.enum(["per_year"]).nullable().optional().describe("per_year for a yearly rate of change"),
    per: z.number().positive().nullable().optional().describe("the base of a ratio (12 per 10000 people)"),
    ranking: z.string().nullable().optional().describe("which international ranking a rank is in"),
    region: z.string().nullable().optional().describe("the ranking's field: southeast_asia, world, or null"),
    lead: z.string().optional().describe("the body answerable for the target, as the decision names it"),
  })
  .strict();

export const ReferenceSchema = z
  .object({
    decision: z.string().describe("document number, e.g. 749/QĐ-TTg"),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    issuer: z.string(),
    title: z.string(),
    note: z.string().optional(),
    targets: z.array(ReferenceTargetSchema),
  })
  .strict();

export type ReferenceTarget = z.infer<typeof ReferenceTargetSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;

/** Validate raw reference data; an invalid file yields no reference and the zod issues as problems. */
export function parseReference(data: unknown): { reference: Reference | null; problems: Problem[] } {
  const result = ReferenceSchema.safeParse(data);
  if (result.success) return { reference: result.data, problems: [] };
  return {
    reference: null,
    problems: result.error.issues.map((issue): Problem => ({
      ruleId: "reference-invalid",
      severity: "error",
      reason: `national reference: ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    })),
  };
}

/** "Quyết định 749/QĐ-TTg, 03/6/2020", "Nghị quyết 57-NQ/TW, 22/12/2024": how a Vietnamese reader cites it. */
export function referenceCitation(reference: Reference): string {
  const [y, m, d] = reference.date.split("-");
  return `${referenceKind(reference)} ${reference.decision}, ${d}/${Number(m)}/${y}`;
}

/** "Quyết định" or "Nghị quyết", from the number's own kind (QĐ, NQ) */
export function referenceKind(reference: Reference): string {
  return /(?:^|[-/])NQ(?:[-/]|$)/.test(reference.decision) ? "Nghị quyết" : "Quyết định";
}

/** The bundled reference of the 2021–2025 documents (Quyết định 749/QĐ-TTg), validated. */
export function nationalReference(): { reference: Reference | null; problems: Problem[] } {
  return parseReference(raw);
}

/** The bundled references of the 2026–2030 documents, 57-NQ/TW then 03/NQ-CP, each validated. */
export function secondGenerationReferences(): { references: Reference[]; problems: Problem[] } {
  const loaded = [parseReference(raw57), parseReference(raw03)];
  return { references: loaded.flatMap((l) => (l.reference ? [l.reference] : [])), problems: loaded.flatMap((l) => l.problems) };
}
