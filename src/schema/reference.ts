/**
 * The national reference: the basic objectives of Quyết định 749/QĐ-TTg (03/6/2020), the
 * national digital-transformation programme, keyed by the indicator ids of the taxonomy.
 * The data lives in src/reference/749-targets.json; this schema is its contract.
 */
import { z } from "zod";
import { ComparatorSchema, ScopeSchema, UnitSchema } from "./document.js";
import raw from "../reference/749-targets.json" with { type: "json" };
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

/** "Quyết định 749/QĐ-TTg, 03/6/2020": how a Vietnamese reader cites the decision. */
export function referenceCitation(reference: Reference): string {
  const [y, m, d] = reference.date.split("-");
  return `Quyết định ${reference.decision}, ${d}/${Number(m)}/${y}`;
}

/** The bundled reference (Quyết định 749/QĐ-TTg), validated once. */
export function nationalReference(): { reference: Reference | null; problems: Problem[] } {
  return parseReference(raw);
}
