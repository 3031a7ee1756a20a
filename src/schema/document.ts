/**
 * The public contract: one document extracted from one resolution. The JSON Schema in
 * output/schema.json is generated from these zod schemas; change them only with a
 * schemaVersion bump (major for removals/renames, minor for additions).
 */
import { z } from "zod";
import { SCHEMA_VERSION, SCHEMA_VERSION_PATTERN } from "./version.js";

export { SCHEMA_VERSION };

export const PointSchema = z
  .object({
    line: z.number().int().min(1).describe("1-based line in the raw file"),
    column: z.number().int().min(1).describe("1-based column (UTF-16 code units)"),
    offset: z.number().int().min(0).describe("0-based offset into the decoded raw text"),
  })
  .strict();

export const PositionSchema = z
  .object({ start: PointSchema, end: PointSchema })
  .strict()
  .describe("unist-style span in the raw file");

export const UnitSchema = z.enum(["percent", "count", "rank", "index", "money"]);
export const RateSchema = z.enum(["per_year"]).nullable().describe("per_year for a yearly rate of change (tăng trung bình 10%/năm), else null");
export const PerSchema = z.number().positive().nullable().describe("the base of a ratio (12 người trên một vạn dân → 10000), else null");
export const CurrencySchema = z.enum(["VND", "USD"]).nullable().describe("the currency of a money figure, else null");
export const MagnitudeSchema = z
  .number()
  .positive()
  .nullable()
  .describe("the multiplier the words after the number give (nghìn 1e3, triệu 1e6, tỷ 1e9, nghìn tỷ 1e12), else null");
export const ComparatorSchema = z.enum(["eq", "gt", "gte", "lt", "lte", "approx"]);
export const ScopeSchema = z.enum(["province", "district", "commune", "village", "household"]).nullable();
export const SeveritySchema = z.enum(["error", "warning", "info"]);

export const BoxSchema = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .describe("[x0, y0, x1, y1] in PDF points (1/72 inch), origin at the bottom-left corner of the page, y up");

export const TargetSchema = z
  .object({
    id: z.string().describe("stable id derived from the target's content"),
    value: z.number().describe("the number; the low end of a range"),
    max: z.number().nullable().describe("the high end of a range, else null"),
    unit: UnitSchema,
    rate: RateSchema,
    per: PerSchema,
    currency: CurrencySchema,
    magnitude: MagnitudeSchema,
    comparator: ComparatorSchema,
    year: z.number().int().nullable().describe("deadline year, null when yearly without deadline"),
    yearSource: z.enum(["sentence", "period", "heading"]).nullable().describe("where the year was read"),
    scope: ScopeSchema,
    indicator: z.string().describe("indicator id of the taxonomy, or other:<slug>"),
    section: z.string().nullable().describe("Roman numeral of the top-level section"),
    item: z.string().nullable().describe("numbering path of the item the target is in, e.g. II.3.3.1"),
    // a document written before tables were read has none: read as null
    lead: z.string().nullable().default(null).describe("the body answerable for it, as a table's 'Cơ quan chủ trì' cell writes it; null in prose"),
    literal: z.string().describe("the number as written, with its unit sign"),
    text: z.string().describe("the clause around the number, verbatim (whitespace folded)"),
    position: PositionSchema.describe("span of the number with its unit sign"),
    page: z.number().int().min(1).optional().describe("PDF or scan: the 1-based page the number is on"),
    bbox: BoxSchema.optional().describe("PDF or scan: the number's box on its page"),
    confidence: z.number().min(0).max(100).optional().describe("scan: the lowest OCR confidence (0–100) of the words the number was read from"),
  })
  .strict();

export const BaselineSchema = z
  .object({
    value: z.number(),
    max: z.number().nullable(),
    unit: UnitSchema,
    rate: RateSchema,
    per: PerSchema,
    currency: CurrencySchema,
    magnitude: MagnitudeSchema,
    year: z.number().int().nullable().describe("the year the figure describes, when stated"),
    section: z.string().nullable(),
    literal: z.string(),
    text: z.string(),
    position: PositionSchema,
  })
  .strict();

export const BodySchema = z
  .object({
    name: z.string().describe("the body as written"),
    canonical: z.string().describe("abbreviations expanded, leading determiners dropped"),
    role: z.enum(["subject", "led"]).describe("subject of the item, or the body it leads"),
    item: z.string().nullable().describe("numbering path of the implementation item"),
    task: z.string().describe("what the item assigns, verbatim"),
    deadline: z.string().nullable().default(null).describe("a table of tasks: its 'Thời hạn' cell as written; null in prose"),
    position: PositionSchema,
  })
  .strict();

export interface Item {
  marker: string;
  kind: "decimal" | "letter" | "dash" | "plus" | "bullet" | "heading";
  path: string;
  text: string;
  year: number | null;
  position: z.infer<typeof PositionSchema>;
  children: Item[];
}

export const ItemSchema: z.ZodType<Item> = z.lazy(() =>
  z
    .object({
      marker: z.string().describe("the numbering as written: '2.2.1.', 'a)', '-', '+'"),
      kind: z.enum(["decimal", "letter", "dash", "plus", "bullet", "heading"]).describe("heading: an unnumbered line that sets a deadline"),
      path: z.string().describe("numbering path from the section, e.g. II.2.2"),
      text: z.string().describe("the item's first paragraph without its marker"),
      year: z.number().int().nullable().describe("deadline year this heading sets for what is below it"),
      position: PositionSchema,
      children: z.array(ItemSchema),
    })
    .strict(),
);

export const SectionLabelSchema = z
  .enum(["roman", "part", "chapter", "section", "article", "appendix", "attachment"])
  .describe("how the section is numbered: I. (roman), Phần I (part), Chương I (chapter), Mục 1 (section), Điều 1. (article), PHỤ LỤC (appendix), the attached document of a decision (attachment)");

export const SectionSchema = z
  .object({
    numeral: z.string().describe("I, II, III, IV …; 1, 2 … of an article; empty for an attachment or an unnumbered appendix"),
    label: SectionLabelSchema,
    depth: z.number().int().min(0).describe("0 for a top-level section; one more for each section it is inside (Phần I > I. > …)"),
    title: z.string().describe("heading text without numeral or markup"),
    role: z.enum(["situation", "objectives", "tasks", "implementation", "other"]),
    position: PositionSchema,
    children: z.array(ItemSchema),
  })
  .strict();

export const MessageSchema = z
  .object({
    reason: z.string(),
    ruleId: z.string(),
    source: z.string(),
    severity: SeveritySchema,
    place: PositionSchema.nullable(),
  })
  .strict();

export const NationalMentionSchema = z
  .object({
    id: z.enum(["749/QĐ-TTg", "57-NQ/TW", "03/NQ-CP"]).describe("the national document, by its number"),
    literal: z.string().describe("the words that name it, as written"),
    position: PositionSchema,
  })
  .strict();

export const SuccessorSchema = z
  .object({ name: z.string(), slug: z.string() })
  .strict()
  .nullable()
  .describe("the province today (after the merger of 1 July 2025, Nghị quyết 202/2025/QH15) that the named province is part of; null when no province is named");
export const DocumentKindSchema = z
  .enum(["party_resolution", "council_resolution", "government_resolution", "plan", "programme", "decision", "other"])
  .describe("from the number's suffix (-NQ/TU, NQ-HĐND, NQ-CP, KH-UBND, CTr-UBND, QĐ-UBND …) and the header");

export const MetaSchema = z
  .object({
    issuer: z.string().nullable(),
    number: z.string().nullable(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe("ISO date of issue"),
    signer: z.string().nullable(),
    horizons: z.array(z.number().int()).describe("target years of the title (else of the objectives' headings)"),
    title: z.string().nullable(),
    references: z
      .array(NationalMentionSchema)
      .describe("the national documents the text names (749/QĐ-TTg, 57-NQ/TW, 03/NQ-CP), each at its first mention, in text order"),
    kind: DocumentKindSchema,
    level: z.enum(["province", "national"]).describe("national: Bộ Chính trị, Ban Chấp hành Trung ương, Chính phủ, Thủ tướng, Quốc hội and their bodies"),
  })
  .strict();

export const DocumentSchema = z
  .object({
    schemaVersion: z.string().regex(SCHEMA_VERSION_PATTERN).describe(`a version of major ${SCHEMA_VERSION.split(".")[0]}; this tool writes ${SCHEMA_VERSION}`),
    source: z
      .object({
        path: z.string().describe("path of the raw file, relative to the corpus folder"),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().min(0),
        encoding: z.string().describe("encoding the bytes were decoded from"),
        format: z
          .enum(["markdown", "pdf", "pdf-scan", "image", "docx", "html"])
          .optional()
          .describe("the format the file was read from; absent for plain text"),
        text: z
          .string()
          .optional()
          .describe("a file not plain text: the text read from it, relative to the output folder (text/<name>.txt); every position indexes that text"),
      })
      .strict(),
    province: z
      .object({ name: z.string().nullable(), slug: z.string().nullable(), successor: SuccessorSchema })
      .strict()
      .nullable()
      .describe("the province the document belongs to; null for a national document"),
    meta: MetaSchema,
    sections: z.array(SectionSchema).describe("the Roman-numeral sections (I., II., … at any depth), in reading order"),
    divisions: z
      .array(SectionSchema)
      .default([])
      .describe("the document's other headings in reading order: parts, chapters, Mục, articles, annexes, the document a decision attaches"),
    targets: z.array(TargetSchema),
    baselines: z.array(BaselineSchema),
    bodies: z.array(BodySchema),
    messages: z.array(MessageSchema),
  })
  .strict();

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Rate = z.infer<typeof RateSchema>;
export type Currency = z.infer<typeof CurrencySchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type Scope = z.infer<typeof ScopeSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Baseline = z.infer<typeof BaselineSchema>;
export type Body = z.infer<typeof BodySchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type NationalMention = z.infer<typeof NationalMentionSchema>;
export type Successor = z.infer<typeof SuccessorSchema>;
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
export type SectionLabel = z.infer<typeof SectionLabelSchema>;
export type Document = z.infer<typeof DocumentSchema>;

export function documentJsonSchema(): unknown {
  return z.toJSONSchema(DocumentSchema, { target: "draft-2020-12" });
}
