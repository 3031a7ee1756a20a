/**
 * The national documents a provincial text names, as it names them: Quyết định 749/QĐ-TTg
 * (the programme to 2025) and, for the 2026–2030 generation, Nghị quyết 57-NQ/TW of the
 * Bộ Chính trị and the Government's programme for it, Nghị quyết 03/NQ-CP. A document that
 * names 57-NQ/TW or 03/NQ-CP is of the new generation (src/reference/generation.ts).
 *
 * Government resolutions are numbered from 01 each year, so "03/NQ-CP" alone is a number
 * of many years: it counts only with the date of 2025 that follows it. "749/QĐ-TTg" and
 * "57-NQ/TW" are read as written (a provincial "Nghị quyết số 57/NQ-HĐND" is not 57-NQ/TW).
 */
import { rule } from "../src/grammar/rule.js";

export type NationalId = "749/QĐ-TTg" | "57-NQ/TW" | "03/NQ-CP";

/** the references of the 2026–2030 generation: naming one of them makes a document of it */
export const SECOND_GENERATION: NationalId[] = ["57-NQ/TW", "03/NQ-CP"];

export const nationalDocument = rule<{ id: NationalId }>({
  name: "national-document",
  pattern:
    `{{WS}}(?:(?<nq57>57\\s?-\\s?NQ\\s?\\/\\s?TW{{WE}}|(?<nq57said>Nghị quyết\\s+(?:số\\s+)?57\\s+của\\s+Bộ\\s+Chính\\s+trị))` +
    `|(?<nq03>0?3\\s?\\/\\s?NQ\\s?-\\s?CP,?\\s+(?:ngày\\s+0?9(?:\\s?[/.-]\\s?0?1\\s?[/.-]\\s?|\\s+tháng\\s+0?1\\s+năm\\s+)|năm\\s+)2025{{WE}})` +
    `|(?<qd749>749\\s?\\/\\s?Q[ĐD]\\s?-\\s?TTg{{WE}}))`,
  requires: /\d/,
  read: (m) => ({ id: m.groups?.qd749 ? "749/QĐ-TTg" : m.groups?.nq03 ? "03/NQ-CP" : "57-NQ/TW" }),
  examples: [
    { text: "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", match: "57-NQ/TW", reads: { id: "57-NQ/TW" } },
    { text: "thực hiện Nghị quyết số 57 - NQ/TW về đột phá", match: "57 - NQ/TW", reads: { id: "57-NQ/TW" } },
    { text: "Kế hoạch thực hiện Nghị quyết 57 của Bộ Chính trị về đột phá", match: "Nghị quyết 57 của Bộ Chính trị", reads: { id: "57-NQ/TW" } },
    { text: "Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ", match: "03/NQ-CP ngày 09/01/2025", reads: { id: "03/NQ-CP" } },
    { text: "Nghị quyết số 03/NQ-CP ngày 9 tháng 1 năm 2025 của Chính phủ", match: "03/NQ-CP ngày 9 tháng 1 năm 2025", reads: { id: "03/NQ-CP" } },
    { text: "Nghị quyết 03/NQ-CP năm 2025 ban hành Chương trình hành động", match: "03/NQ-CP năm 2025", reads: { id: "03/NQ-CP" } },
    { text: "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ", match: "749/QĐ-TTg", reads: { id: "749/QĐ-TTg" } },
    { text: "theo Quyết định 749/QD-TTG phê duyệt Chương trình", match: "749/QD-TTG", reads: { id: "749/QĐ-TTg" } },
  ],
  counterexamples: [
    "Nghị quyết số 57/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh",
    "Nghị quyết số 03/NQ-CP ngày 07/01/2021 của Chính phủ",
    "Nghị quyết 03/NQ-CP của Chính phủ",
    "Quyết định số 1749/QĐ-TTg",
    "Nghị quyết số 57 của Ban Thường vụ Tỉnh ủy",
    "Nghị quyết số 157-NQ/TW",
  ],
});
