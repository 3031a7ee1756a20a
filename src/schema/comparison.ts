/**
 * The contract of output/comparison.json (format "nghiquyet-comparison"), as zod: the JSON
 * Schema in output/comparison.schema.json is generated from it. The long comparison.csv's
 * columns are in comparison-csv.ts (no zod: the build's data package reads them).
 */
import { z } from "zod";
import { ComparatorSchema, PositionSchema, ScopeSchema, SeveritySchema, UnitSchema } from "./document.js";

export const COMPARISON_SCHEMA_ID = "urn:nghiquyet:schema:comparison:1";

const LabelSchema = z.object({ vi: z.string(), en: z.string() }).strict();
const ProvinceNameSchema = z.object({ slug: z.string(), name: z.string() }).strict();
const ReferenceIdSchema = z.string().nullable().describe("the national reference: 749/QĐ-TTg, or 57-NQ/TW + 03/NQ-CP; null for none");
const NationalMarkSchema = z.enum(["above", "equal", "below"]).nullable();

export const CellTargetSchema = z
  .object({
    targetId: z.string().describe("the target's id in its document"),
    path: z.string().describe("source.path of the document (relative to the corpus)"),
    citation: z.string().describe("file:line of the number"),
    value: z.number(),
    max: z.number().nullable(),
    unit: UnitSchema,
    comparator: ComparatorSchema,
    rate: z.literal("per_year").optional().describe("a yearly rate of change (present only then)"),
    per: z.number().optional().describe("the base of a ratio: 12 per 10000 (present only then)"),
    currency: z.enum(["VND", "USD"]).optional().describe("the currency of a money figure (present only then)"),
    magnitude: z.number().optional().describe("the multiplier written after a money figure's number: 1e9 for tỷ (present only then)"),
    label: z.string().describe("the number as a reader writes it: ≥ 80%, ~ 20%, 25–30%, top 10"),
    literal: z.string().describe("the number as written in the document"),
    quote: z.string().describe("the clause around the number, verbatim"),
    section: z.string().nullable(),
    position: PositionSchema,
    from: ProvinceNameSchema.describe("the province the target's document names (grouped --as-of, a predecessor of the column's province)"),
    reference: ReferenceIdSchema.describe("the national reference the target's document is set against"),
  })
  .strict();

export const ComparisonCellSchema = z
  .object({
    province: z.string().describe("province slug"),
    label: z.string().describe("each document's labels in the order they were issued, joined with ' → '; distinct values of one document joined with ' / ' (a conflict)"),
    conflict: z.boolean().describe("one document states the row's measure more than once with different values"),
    sequence: z.boolean().describe("several documents of the province state the row with different values (a resolution, then its plan)"),
    documents: z
      .array(
        z
          .object({
            path: z.string(),
            kind: z.string().nullable().describe("meta.kind of the document, when it has one"),
            number: z.string().nullable(),
            date: z.string().nullable(),
            label: z.string().describe("what this document states for the row"),
          })
          .strict(),
      )
      .min(1)
      .describe("the documents of the cell's targets, in the order they were issued"),
    comparable: z.boolean().describe("the headline target has the row's unit"),
    highest: z.boolean(),
    lowest: z.boolean(),
    national: NationalMarkSchema.describe("where the cell stands against the national target"),
    reference: ReferenceIdSchema.describe("the national reference the mark is against: that of the headline target's document"),
    targets: z.array(CellTargetSchema).min(1),
  })
  .strict();

export const NationalCellSchema = z
  .object({
    value: z.number(),
    max: z.number().nullable(),
    unit: UnitSchema,
    comparator: ComparatorSchema,
    label: z.string(),
    description: z.string().describe("what the figure measures, restated from the decision"),
    citation: z.string().describe("the decision that sets it, with its date"),
    rate: z.literal("per_year").optional().describe("a yearly rate of change"),
    per: z.number().optional().describe("the base of a ratio (12 per 10000)"),
  })
  .strict();

const NationalSourceSchema = z
  .object({ decision: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), title: z.string(), citation: z.string() })
  .strict();

export const ComparisonRowSchema = z
  .object({
    key: z.string().describe("indicator|scope|year, '-' for null"),
    indicator: z.string(),
    label: LabelSchema,
    measure: z.string().nullable().describe("what the row's numbers count, when the indicator's targets count different things (grammars/measures.ts)"),
    measureLabel: LabelSchema.nullable(),
    scope: ScopeSchema,
    year: z.number().int().nullable(),
    unit: UnitSchema,
    national: NationalCellSchema.nullable().describe("the figure of the first reference in use (references[0])"),
    nationals: z.array(NationalCellSchema.nullable()).describe("the figure of each reference in use, in the order of references"),
    highest: z.array(z.string()),
    lowest: z.array(z.string()),
    missing: z.array(z.string()),
    conflicts: z.array(z.string()),
    cells: z.array(ComparisonCellSchema),
  })
  .strict();

export const ComparisonJsonSchema = z
  .object({
    format: z.literal("nghiquyet-comparison"),
    version: z.literal(1),
    national: NationalSourceSchema.nullable().describe("the first decision of the first reference in use"),
    references: z
      .array(
        z
          .object({
            id: z.string().describe("749/QĐ-TTg, or 57-NQ/TW + 03/NQ-CP"),
            generation: z.enum(["2021-2025", "2026-2030"]).nullable().describe("the documents it is for; null for a reference given to compare()"),
            citation: z.string(),
            sources: z.array(NationalSourceSchema),
            provinces: z.array(z.string()).describe("slugs of the provinces with a document set against it"),
          })
          .strict(),
      )
      .describe("the national references in use, one national column each"),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .describe("grouped by the provinces of this day (--as-of, --current); null: the provinces the documents name"),
    provinces: z.array(
      z
        .object({
          slug: z.string(),
          name: z.string(),
          paths: z.array(z.string()),
          from: z.array(ProvinceNameSchema).describe("the provinces its documents name: itself, or grouped, its predecessors"),
          references: z.array(z.string()).describe("the national references its documents are set against"),
          documents: z.array(
            z
              .object({
                path: z.string(),
                sha256: z.string(),
                kind: z.string().nullable(),
                number: z.string().nullable(),
                date: z.string().nullable(),
                issuer: z.string().nullable(),
                signer: z.string().nullable(),
                title: z.string().nullable(),
                targets: z.number().int(),
                bodies: z.number().int(),
                copies: z.array(z.string()).describe("other files with the same bytes, counted once"),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    rows: z.array(ComparisonRowSchema),
    problems: z.array(
      z
        .object({
          file: z.string().nullable(),
          ruleId: z.string(),
          severity: SeveritySchema,
          reason: z.string(),
          place: PositionSchema.nullable().optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .describe("provinces side by side: rows of indicator × scope × year, one cell per province, each cited");

export type ComparisonJson = z.infer<typeof ComparisonJsonSchema>;

export function comparisonJsonSchema(): unknown {
  const schema = z.toJSONSchema(ComparisonJsonSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: COMPARISON_SCHEMA_ID, ...schema };
}

export { COMPARISON_CSV_FIELDS, type CsvField } from "./comparison-csv.js";
