/** The shape of a comparison: rows of indicator × scope × year, one cell per province. */
import type { Comparator, Position, Scope, Unit } from "../schema/document.js";
import type { Problem as Noticed } from "../messages.js";
import type { Reference } from "../schema/reference.js";
import type { Generation } from "../reference/generation.js";
import type { Label } from "./labels.js";

/** A province as a document names it: the spelling of the time. */
export interface ProvinceName {
  slug: string;
  name: string;
}

/** One target of one document, as a cell shows it. */
export interface CellTarget {
  targetId: string;
  value: number;
  max: number | null;
  unit: Unit;
  comparator: Comparator;
  /** per_year for a yearly rate of change (present only then) */
  rate?: "per_year";
  /** the base of a ratio: 12 per 10000 (present only then) */
  per?: number;
  /** the currency of a money figure (present only then) */
  currency?: "VND" | "USD";
  /** the multiplier of a money figure: 1e9 for "tỷ" (present only then) */
  magnitude?: number;
  /** the number as written in the document ("9,6%") */
  literal: string;
  /** the number as a reader writes it: "≥ 80%", "~ 20%", "25–30%", "top 10" */
  label: string;
  /** source.path of the document (relative to the corpus) */
  path: string;
  /** "nghe-an.txt:48": file and 1-based line of the number */
  citation: string;
  /** the clause around the number, verbatim */
  quote: string;
  position: Position;
  section: string | null;
  /** the province the target's document names (a predecessor of the column's, grouped --as-of) */
  from: ProvinceName;
  /** id of the national reference its document is set against ("749/QĐ-TTg", "57-NQ/TW + 03/NQ-CP"), null for none */
  reference: string | null;
}

/** Where a province cell stands against the national target of the same row. */
export type NationalMark = "above" | "equal" | "below";

/** A document a cell's targets come from, and what it states for the row. */
export interface CellDocument {
  path: string;
  kind: string | null;
  number: string | null;
  date: string | null;
  /** the document's distinct labels for the row, joined with " / " */
  label: string;
}

export interface Cell {
  province: string;
  /** every target of the province for the row, in document order (date, path, then offset) */
  targets: CellTarget[];
  /** the documents of the targets, in the order they were issued */
  documents: CellDocument[];
  /**
   * each document's label, in the order they were issued, joined with " → " (a resolution
   * then its plan: a sequence); within one document distinct values are joined with " / "
   */
  label: string;
  /** the first target of the latest document: what ranking and the national mark use */
  headline: CellTarget;
  /** one document states the row's measure more than once with different values */
  conflict: boolean;
  /** several documents state the row, with different values (not a conflict: a sequence) */
  sequence: boolean;
  /** the headline has the row's unit, so it takes part in ranking and the national mark */
  comparable: boolean;
  highest: boolean;
  lowest: boolean;
  national: NationalMark | null;
  /** id of the national reference the headline's document is set against: what the mark is against */
  reference: string | null;
}

/** The national reference value of a row. */
export interface NationalCell {
  value: number;
  max: number | null;
  unit: Unit;
  comparator: Comparator;
  label: string;
  /** what the figure measures, restated (not quoted) from the decision */
  description: string;
  citation: string;
  /** per_year for a yearly rate of change (present only then) */
  rate?: "per_year";
  /** the base of a ratio: 12 per 10000 (present only then) */
  per?: number;
}

export interface Row {
  /** "indicator|scope|year", scope and year written "-" when null; "|measure" added when the indicator's targets count different things */
  key: string;
  indicator: string;
  /** what the row's numbers count ("school", "database:shared") when the indicator's targets for the scope and year count different things, else null; see grammars/measures.ts */
  measure: string | null;
  measureLabel: Label | null;
  scope: Scope;
  year: number | null;
  /** the unit most province cells use (ties: percent, count, rank) */
  unit: Unit;
  label: Label;
  scopeLabel: Label | null;
  yearLabel: Label;
  /** only the provinces with a target, sorted by slug */
  cells: Cell[];
  /** the figure of the first reference in use (`Comparison.references[0]`): the national column when there is one */
  national: NationalCell | null;
  /** the figure of each reference in use, in the order of `Comparison.references` */
  nationals: Array<NationalCell | null>;
  /** slugs of the provinces marked most / least ambitious (empty when fewer than two differ) */
  highest: string[];
  lowest: string[];
  /** slugs of the shown provinces that set no target for the row */
  missing: string[];
  /** slugs of the provinces whose cell is a conflict */
  conflicts: string[];
}

export interface Province {
  slug: string;
  name: string;
  /** source paths of the province's documents (a copy of the same bytes left out) */
  paths: string[];
  /** the province's documents, in the order they were issued */
  documents: DocumentRef[];
  /** the provinces its documents name: itself, or grouped --as-of, the predecessors it is made of */
  from: ProvinceName[];
  /** ids of the national references its documents are set against */
  references: string[];
}

/** A national reference in use: the decisions of one generation, and the provinces set against it. */
export interface ReferenceSetInfo {
  /** "749/QĐ-TTg", "57-NQ/TW + 03/NQ-CP" */
  id: string;
  /** which documents it is for: "2021-2025" or "2026-2030"; null for one given to compare() */
  generation: Generation | null;
  /** "Nghị quyết 57-NQ/TW, 22/12/2024; Nghị quyết 03/NQ-CP, 09/1/2025" */
  citation: string;
  sources: NationalSource[];
  /** slugs of the shown provinces with a document set against it */
  provinces: string[];
}

/** A document of the comparison, with the metadata a reader needs to name it. */
export interface DocumentRef {
  path: string;
  sha256: string;
  /** meta.kind (party_resolution, plan, …) when the document has one, else null */
  kind: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  signer: string | null;
  title: string | null;
  targets: number;
  bodies: number;
  /** paths of other files with the same bytes, counted once */
  copies: string[];
}

export interface NationalSource {
  decision: string;
  date: string;
  title: string;
  citation: string;
}

/** A problem met while comparing, reported rather than thrown, and the file or folder it is about. */
export interface Problem extends Noticed {
  file: string | null;
}

export interface Comparison {
  provinces: Province[];
  /** the first decision of the first reference in use (kept for the single-reference reader; see `references`) */
  national: NationalSource | null;
  /** the national references in use, first generation first: one national column each */
  references: ReferenceSetInfo[];
  /** the day the columns are the provinces of (--as-of, --current), null for the provinces the documents name */
  asOf: string | null;
  rows: Row[];
  problems: Problem[];
}

/** a comparison without its rows: what every page of the report reads besides them */
export type ComparisonHead = Omit<Comparison, "rows">;

export interface CompareOptions {
  /** keep only these province slugs (columns) */
  provinces?: string[];
  /** keep only these indicator ids (rows) */
  indicators?: string[];
  /** keep only these deadline years; null selects yearly targets */
  years?: Array<number | null>;
  /**
   * one national reference for every document, null for none; by default each document is
   * set against the reference of its generation (749/QĐ-TTg, or 57-NQ/TW + 03/NQ-CP)
   */
  reference?: Reference | null;
  /**
   * group the columns by the provinces of this day (ISO): from 2025-07-01 on, a document of
   * a province merged into another is a cell of the province today; earlier, as the documents name them
   */
  asOf?: string | null;
  /** list rows only the national reference sets (every province missing); default true */
  nationalRows?: boolean;
}
