/**
 * The library API: the same stages the CLI runs.
 *
 *   import { extract, buildDataset, compare } from "nghiquyet";
 *   const { document } = extract(await readFile("corpus/nghe-an.txt"), { path: "nghe-an.txt" });
 */
export { extract, type Extracted, type ExtractOptions } from "./pipeline.js";
export { buildDataset, listCorpus, type BuildOptions, type BuildResult } from "./dataset/build.js";
export { targetsCsv } from "./dataset/csv.js";
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
export { compare, diff, readDocuments, writeComparisonOutputs } from "./compare/index.js";
export { TOOL_VERSION } from "./version.js";
