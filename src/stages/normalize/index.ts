/**
 * normalize: undo PDF and export artefacts, keeping a map from every character of the
 * result to the decoded raw text. Steps, each a MappedText over the previous one:
 * characters → markup → furniture → columns (tables laid out in columns as pipe rows) → reflow. The result has one paragraph per line.
 */
import type { VFile } from "vfile";
import { compose, toSource, type MappedText } from "../../text/mapped-text.js";
import { LineIndex } from "../../text/location.js";
import { foldTone } from "../../text/fold.js";
import { cleanCharacters } from "./characters.js";
import { stripMarkup } from "./markup.js";
import { removeFurniture } from "./furniture.js";
import { reflow } from "./reflow.js";
import { pipeColumns } from "./columns.js";
import { report } from "../../messages.js";

export interface Normalized extends MappedText {
  /** `text` with tone placement folded, same length: what grammar rules run on */
  folded: string;
}

export function normalize(raw: string, file?: VFile): Normalized {
  const chars = cleanCharacters(raw);
  let mapped: MappedText = chars.mapped;
  if (file && chars.counts.decomposed > 0)
    report(file, { ruleId: "normalize-nfc", severity: "info", reason: `composed ${chars.counts.decomposed} decomposed letters (NFC)` });
  if (file && chars.counts.invisible > 0)
    report(file, { ruleId: "normalize-invisible", severity: "info", reason: `removed ${chars.counts.invisible} invisible characters` });

  const markup = stripMarkup(mapped.text);
  if (markup.mapped) mapped = compose(mapped, markup.mapped);
  if (file)
    for (const [start, end] of markup.unparsed) {
      const [s, e] = toSource(chars.mapped, start, end);
      report(file, { ruleId: "markup-unparsed", severity: "warning", reason: `a block of ${end - start} characters is too large or too dense with markup to parse as markdown: its markup was dropped without a parse`, place: new LineIndex(raw).position(s, Math.min(e, s + 1)) });
    }

  const furniture = removeFurniture(mapped.text);
  mapped = compose(mapped, furniture.mapped);
  if (file) {
    const { pageNumbers, footnotes, certifiedCopies } = furniture.report;
    if (pageNumbers) report(file, { ruleId: "normalize-page-number", severity: "info", reason: `removed ${pageNumbers} page numbers` });
    if (footnotes + markup.footnotes)
      report(file, { ruleId: "normalize-footnote", severity: "info", reason: `removed ${footnotes + markup.footnotes} footnote bodies` });
    if (certifiedCopies.length === 1) report(file, { ruleId: "normalize-certified-copy", severity: "info", reason: "removed the certified-copy block" });
    else if (certifiedCopies.length > 1)
      report(file, { ruleId: "normalize-certified-copy", severity: "info", reason: `removed ${certifiedCopies.length} certified-copy blocks` });
  }

  // tables laid out in columns become pipe rows while their gaps are still there
  const columns = pipeColumns(mapped.text);
  if (columns) mapped = compose(mapped, columns);
  mapped = compose(mapped, reflow(mapped.text));
  // the map itself, not a copy of its fields: a composed map computes them when asked
  return Object.assign(mapped, { folded: foldTone(mapped.text) });
}
