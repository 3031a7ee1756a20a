/**
 * The province a document names, seen from today: `province.successor` (the province it
 * became part of on 1 July 2025, or itself), and the warning for a document of after that
 * day that still sets a target for the district level, which the merger ended.
 */
import type { VFile } from "vfile";
import { report } from "../../messages.js";
import { afterMerger, MERGER_DATE } from "../../reference/provinces.js";
import type { Document } from "../../schema/document.js";

export { successorOf } from "../../reference/provinces.js";

/** one warning per district-level target of a document dated on or after the merger */
export function reportDistrictAfterMerger(document: Document, file: VFile): void {
  if (!afterMerger(document.meta.date)) return;
  for (const target of document.targets)
    if (target.scope === "district")
      report(file, {
        ruleId: "district-after-merger",
        severity: "warning",
        reason: `a district-level (cấp huyện) target in a document of ${document.meta.date}: the district level ended on ${MERGER_DATE}`,
        place: target.position,
      });
}
