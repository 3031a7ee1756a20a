/** Provinces side by side: the comparison layer over Document[]. */
export { compare, comparing, rowKey, provinceSlug, type Comparing } from "./rows.js";
export { notComparable, documentRef } from "./documents.js";
export { documentSourcePage } from "../report/site/source.js";
export { diff, type Diff, type More, type OnlyEntry, type SharedEntry } from "./diff.js";
export { compareAmbition, direction, bound } from "./ambition.js";
export { nationalMark } from "./national.js";
export { formatFigure, citation } from "./format.js";
export { indicatorLabel, INDICATORS } from "./labels.js";
export { readDocuments } from "./load.js";
export { comparisonFiles, comparisonFilesOf, comparisonFilesByGroup, comparisonOutputs, writeComparisonOutputs, OUTPUT_FILES, REPORT_DIR, type OutputOptions, type GroupedOutputOptions, type SpilledFile } from "./outputs.js";
export { cellsWithin, SpillFiles, spilledCells } from "./spill.js";
export type * from "./types.js";
