/** The shape of a comparison: rows of indicator × scope × year, one cell per province. */
import type { Comparator, Position, Scope, Unit } from "../schema/document.js";
import type { Problem as Noticed } from "../messages.js";
import type { Reference } from "../schema/reference.js";
import type { Label } from "./labels.js";

/** One target of one document, as a cell shows it. */
export interface CellTarget {
  targetId: string;
  value: number;
  max: number | null;
  unit: Unit;
  comparator: Comparator;
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
}

/** Where a province cell stands against the national target of the same row. */
export type NationalMark = "above" | "equal" | "below";

export interface Cell {
  province: string;
  /** every target of the province for the row, in document order (path, then offset) */
  targets: CellTarget[];
  /** the distinct labels joined with " / " ("90% / > 80%" for a conflict) */
  label: string;
  /** the first target stated: what ranking and the national mark use */
  headline: CellTarget;
  /** the province states the row more than once with different values */
  conflict: boolean;
  /** the headline has the row's unit, so it takes part in ranking and the national mark */
  comparable: boolean;
  highest: boolean;
  lowest: boolean;
  national: NationalMark | null;
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
}

export interface Row {
  /** "indicator|scope|year", scope and year written "-" when null */
  key: string;
  indicator: string;
  scope: Scope;
  year: number | null;
  /** the unit most province cells use (ties: percent, count, rank) */
  unit: Unit;
  label: Label;
  scopeLabel: Label | null;
  yearLabel: Label;
  /** only the provinces with a target, sorted by slug */
  cells: Cell[];
  national: NationalCell | null;
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
  /** source paths of the province's documents */
  paths: string[];
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
  national: NationalSource | null;
  rows: Row[];
  problems: Problem[];
}

export interface CompareOptions {
  /** keep only these province slugs (columns) */
  provinces?: string[];
  /** keep only these indicator ids (rows) */
  indicators?: string[];
  /** keep only these deadline years; null selects yearly targets */
  years?: Array<number | null>;
  /** the national reference; default the bundled Quyết định 749, null for none */
  reference?: Reference | null;
  /** list rows only the national reference sets (every province missing); default true */
  nationalRows?: boolean;
}
