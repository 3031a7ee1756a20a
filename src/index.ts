/**
 * The library API: the same stages the CLI runs.
 *
 *   import { extract, buildDataset, compare } from "nghiquyet";
 *   const { document } = extract(await readFile("corpus/nghe-an.txt"), { path: "nghe-an.txt" });
 *   const table: string = renderTable(compare([document]));
 */
export { extract, type Extracted, type ExtractOptions } from "./pipeline.js";
export {
  buildDataset,
  listCorpus,
  BuildInterrupted,
  BUILD_OUTPUTS,
  CorpusError,
  type BuildOptions,
  type BuildResult,
  type BuildSummary,
} from "./dataset/build.js";
export type { Summary as DocumentSummary } from "./dataset/outcome.js";
export { targetsCsv, TARGET_FIELDS } from "./dataset/csv.js";
export { dataPackage, type PackageContents } from "./dataset/datapackage.js";
export { decode, type Decoded } from "./stages/decode/index.js";
export type { Problem } from "./messages.js";
export { normalize, type Normalized } from "./stages/normalize/index.js";
export { segment, type Segmented } from "./stages/segment/index.js";
export { extractTargets } from "./stages/extract/targets.js";
export { extractBodies, canonicalBody } from "./stages/extract/bodies.js";
export { extractMetadata, resolveProvince } from "./stages/extract/metadata.js";
export { classify } from "./stages/extract/indicator.js";
export { validate } from "./stages/validate.js";
export { toSource, type MappedText } from "./text/mapped-text.js";
export { LineIndex } from "./text/location.js";
export { foldTone, slugify } from "./text/fold.js";
export * from "./schema/document.js";
export { indicators, type IndicatorSpec } from "../grammars/indicators.js";
// `comparing`: the same comparison a document at a time (a stream of documents, a large corpus)
export { compare, comparing, diff, readDocuments, comparisonOutputs, writeComparisonOutputs, OUTPUT_FILES } from "./compare/index.js";
export type {
  Cell,
  CellTarget,
  CompareOptions,
  Comparing,
  Comparison,
  ComparisonHead,
  Diff,
  More,
  NationalCell,
  NationalMark,
  NationalSource,
  OnlyEntry,
  Problem as ComparisonProblem,
  Province,
  Row,
  SharedEntry,
} from "./compare/index.js";
export type { Label } from "./compare/labels.js";
// every renderer returns its text; comparisonOutputs / writeComparisonOutputs are the files
export {
  render,
  renderCsv,
  renderDiffJson,
  renderDiffText,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderTable,
  FORMATS,
  type Format,
} from "./report/index.js";
export {
  ComparisonJsonSchema,
  comparisonJsonSchema,
  COMPARISON_SCHEMA_ID,
  COMPARISON_CSV_FIELDS,
  type ComparisonJson,
  type CsvField,
} from "./schema/comparison.js";
export { TOOL_VERSION } from "./version.js";
// the provinces through the 2025 merger, and which national reference a document is set against
export { merger, successorOf, afterMerger, MERGER_DATE, type Merger, type ProvinceRef } from "./reference/provinces.js";
export { generationOf, GENERATIONS, type Generation, type GenerationChoice } from "./reference/generation.js";
export type { ProvinceName, ReferenceSetInfo } from "./compare/index.js";
