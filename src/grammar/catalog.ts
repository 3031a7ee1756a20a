/** Every grammar rule of grammars/, for the tests that run their examples and for linting. */
import type { Rule } from "./rule.js";
import * as structure from "../../grammars/structure.js";
import { furniture } from "../../grammars/furniture.js";
import * as deadlines from "../../grammars/deadlines.js";
import * as sections from "../../grammars/sections.js";
import * as numbers from "../../grammars/numbers.js";
import * as comparators from "../../grammars/comparators.js";
import * as scopes from "../../grammars/scopes.js";
import * as metadata from "../../grammars/metadata.js";
import * as bodies from "../../grammars/bodies.js";
import * as targetCues from "../../grammars/target-cues.js";
import * as punctuation from "../../grammars/punctuation.js";
import * as connectives from "../../grammars/connectives.js";
import * as figures from "../../grammars/figures.js";
import * as indicatorWords from "../../grammars/indicator-words.js";
import * as references from "../../grammars/references.js";
import * as units from "../../grammars/units.js";
import * as measures from "../../grammars/measures.js";
import * as tables from "../../grammars/tables.js";
import { chrome } from "../../grammars/chrome.js";
import * as ocr from "../../grammars/ocr.js";

function rulesOf(module: Record<string, unknown>): Rule[] {
  return Object.values(module).filter(
    (v): v is Rule => typeof v === "object" && v !== null && "regex" in v && "examples" in v,
  );
}

export const rules: Rule[] = [
  ...new Map(
    [structure, furniture, deadlines, sections, numbers, comparators, scopes, metadata, bodies, targetCues, punctuation, connectives, figures, indicatorWords, references, units, measures, tables, chrome, ocr]
      .flatMap((m) => rulesOf(m as Record<string, unknown>))
      .map((r) => [r.name, r] as const),
  ).values(),
];
