// Which national reference a document is set against: the rule of src/reference/generation.ts.
import { describe, expect, test } from "vitest";
import { generationOf } from "../../src/reference/generation.js";
import type { NationalMention } from "../../src/schema/document.js";

const mention = (id: NationalMention["id"]): NationalMention => ({
  id,
  literal: id,
  position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
});
const meta = (date: string | null, horizons: number[], ...ids: Array<NationalMention["id"]>) => ({ date, horizons, references: ids.map(mention) });

describe("generationOf", () => {
  test.each([
    ["a 2021 resolution to 2025, oriented to 2030", meta("2021-11-10", [2025, 2030]), "2021-2025", "date"],
    ["an undated 'đến năm 2025, định hướng đến năm 2030'", meta(null, [2025, 2030]), "2021-2025", "default"],
    ["undated, no horizons", meta(null, []), "2021-2025", "default"],
    ["a 2024 plan for 2030 that names neither 57 nor 03", meta("2024-06-01", [2030]), "2021-2025", "date"],
    ["a 2025 plan for the year 2025", meta("2025-03-01", [2025]), "2021-2025", "date"],
    ["a 2025 plan to 2030", meta("2025-03-01", [2030]), "2026-2030", "date"],
    ["a 2026 plan 2026–2030", meta("2026-02-10", [2030]), "2026-2030", "date"],
    ["a 2026 annual plan without horizons", meta("2026-02-10", []), "2026-2030", "date"],
    ["undated, 'giai đoạn 2026 - 2030'", meta(null, [2030]), "2026-2030", "horizons"],
    ["undated, 'đến năm 2030, tầm nhìn đến năm 2045'", meta(null, [2030, 2045]), "2026-2030", "horizons"],
    ["a December 2024 plan that names 57-NQ/TW", meta("2024-12-30", [2025, 2030], "57-NQ/TW"), "2026-2030", "names"],
    ["an undated text that names 03/NQ-CP", meta(null, [2025, 2030], "03/NQ-CP"), "2026-2030", "names"],
    ["a 2026 plan that names 749 and 57", meta("2026-01-05", [2030], "749/QĐ-TTg", "57-NQ/TW"), "2026-2030", "names"],
    ["a 2021 plan that names 749", meta("2021-05-01", [2025], "749/QĐ-TTg"), "2021-2025", "date"],
  ] as const)("%s → %s (%s)", (_name, m, generation, why) => {
    expect(generationOf(m)).toEqual({ generation, why });
  });
});
