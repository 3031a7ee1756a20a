/** Provinces side by side: the comparison layer over Document[]. */
export { compare, rowKey, provinceSlug } from "./rows.js";
export { notComparable, documentRef } from "./documents.js";
export { documentSourcePage } from "../report/site/source.js";
export { diff, type Diff, type More, type OnlyEntry, type SharedEntry } from "./diff.js";
export { compareAmbition, direction, bound } from "./ambition.js";
export { nationalMark } from "./national.js";
export { formatFigure, citation } from "./format.js";
export { indicatorLabel, INDICATORS } from "./labels.js";
export { readDocuments } from "./load.js";
export { comparisonFiles, comparisonFilesOf, comparisonOutputs, writeComparisonOutputs, OUTPUT_FILES, REPORT_DIR, type OutputOptions } from "./outputs.js";
export type * from "./types.js";
