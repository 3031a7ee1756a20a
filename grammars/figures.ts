/** What the words right around a number say it is: a year, a level, or a qualifier. */
import { rule } from "../src/grammar/rule.js";

/**
 * before a number of 1900–2100: the words that make it a year ("năm 2025", "đến 2030",
 * "giai đoạn 2021", "ngày 18/5/2022", "2021-2025")
 */
export const yearContext = rule({
  name: "year-context",
  pattern: `(?:năm|giai đoạn|thời kỳ|từ|đến|tới|khóa|trước|sau|vào|cuối|hết|tầm nhìn|ngày|tháng|[-/])\\s*$`,
  examples: [
    { text: "đến năm ", match: "năm " },
    { text: "giai đoạn ", match: "giai đoạn " },
    { text: "Đến ", match: "Đến " },
    { text: "ngày 18 tháng ", match: "tháng " },
    { text: "tầm nhìn ", match: "tầm nhìn " },
  ],
  counterexamples: ["đạt ", "có ", "phát triển ", "nhóm "],
});

/** after a number: "- 2025", the second year of a span "2021 - 2025" */
export const yearSpanAfter = rule({
  name: "year-span-after",
  pattern: `^\\s*[-–]\\s*\\d{4}`,
  caseSensitive: true,
  examples: [{ text: " - 2025", match: " - 2025" }, { text: "-2030 và", match: "-2030" }, { text: " – 2025", match: " – 2025" }],
  counterexamples: [" - 30 tỉnh", " năm 2025", "%"],
});

/** before a percent: a service level, not a share ("mức độ 3, 4", "cấp độ 2") */
export const levelBeforePercent = rule({
  name: "level-before-percent",
  pattern: `(?:mức độ|cấp độ)\\s*(?:\\d+\\s*,\\s*)*$`,
  caseSensitive: true,
  examples: [{ text: "dịch vụ công trực tuyến mức độ ", match: "mức độ " }, { text: "mức độ 3, ", match: "mức độ 3, " }, { text: "cấp độ ", match: "cấp độ " }],
  counterexamples: ["Mức độ ", "đạt ", "mức độ 3 đạt "],
});
