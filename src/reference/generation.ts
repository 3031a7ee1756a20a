/**
 * Which national reference a document is set against. Two generations of documents:
 * - 2021–2025: the provincial resolutions and plans written against Quyết định
 *   749/QĐ-TTg (the national programme to 2025, with an orientation to 2030);
 * - 2026–2030: those written after Nghị quyết 57-NQ/TW (22/12/2024) and the Government's
 *   programme for it, Nghị quyết 03/NQ-CP (09/1/2025).
 *
 * The rule, first that applies:
 * 1. the text names 57-NQ/TW or 03/NQ-CP (grammars/references.ts) → 2026–2030 (`names`);
 * 2. it is dated from 1 January 2025 on, and its horizons end after 2025 or it states
 *    none → 2026–2030 (`date`); dated earlier, or its horizons end by 2025 → 2021–2025;
 * 3. undated, with every horizon after 2025 ("giai đoạn 2026 - 2030", "đến năm 2030,
 *    tầm nhìn 2045") → 2026–2030 (`horizons`);
 * 4. otherwise 2021–2025 (`default`): the generation of the undated "đến năm 2025,
 *    định hướng đến năm 2030" resolutions.
 * Naming 749/QĐ-TTg decides nothing: a 2026 plan may cite it beside the new ones.
 */
import { SECOND_GENERATION } from "../../grammars/references.js";
import type { Meta } from "../schema/document.js";

export type Generation = "2021-2025" | "2026-2030";
export const GENERATIONS: Generation[] = ["2021-2025", "2026-2030"];

/** the first day a document is of the new generation by its date */
export const SECOND_GENERATION_FROM = "2025-01-01";
/** the last target year of the first generation */
const FIRST_GENERATION_ENDS = 2025;

export interface GenerationChoice {
  generation: Generation;
  why: "names" | "date" | "horizons" | "default";
}

export function generationOf(meta: Pick<Meta, "date" | "horizons" | "references">): GenerationChoice {
  if (meta.references.some((r) => SECOND_GENERATION.includes(r.id))) return { generation: "2026-2030", why: "names" };
  const last = meta.horizons.length ? Math.max(...meta.horizons) : null;
  if (meta.date !== null)
    return { generation: meta.date >= SECOND_GENERATION_FROM && (last === null || last > FIRST_GENERATION_ENDS) ? "2026-2030" : "2021-2025", why: "date" };
  if (meta.horizons.length && Math.min(...meta.horizons) > FIRST_GENERATION_ENDS) return { generation: "2026-2030", why: "horizons" };
  return { generation: "2021-2025", why: "default" };
}
