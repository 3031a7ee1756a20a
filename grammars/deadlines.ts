/** Deadline phrases: the year a target is to be reached by. */
import { rule } from "../src/grammar/rule.js";

const YEAR = "(?:19|20)\\d{2}";

/** a text without a year in figures holds no deadline and no period: a test before the rules */
export const yearInFigures = new RegExp(YEAR);

/**
 * "đến năm 2025", "trước năm 2030", "vào năm 2025", "đến hết năm 2025", "năm 2025" in a
 * heading; and without "năm" where a comma or the end closes the phrase ("Đến 2030, …"), so
 * that "từ 1500 đến 2000 doanh nghiệp" stays a range of counts
 */
export const deadline = rule({
  name: "deadline",
  requires: yearInFigures,
  // the year a figure is compared with is no deadline: "tăng 5 bậc so với năm 2021" (the
  // look back is bounded: unbounded, it rescans a long run of spaces at each of its places)
  pattern: `{{WS}}(?<!so với(?:\\s{1,3}cùng kỳ)?\\s{1,3})(?:(?<lead>(?:đến|tới|trước|vào|trong|hết|cuối|đạt|sau|phấn đấu|tầm nhìn)\\s+)?(?:(?:hết|cuối)\\s+)?năm\\s+(?<year>${YEAR})|(?:đến|tới|trước|vào)\\s+(?:(?:hết|cuối)\\s+)?(?<bare>${YEAR})(?=\\s*[,;:.)]|\\s*$)){{WE}}`,
  read: (m) => ({ year: Number(m.groups!.year ?? m.groups!.bare), explicit: Boolean(m.groups!.lead) || m.groups!.bare !== undefined }),
  examples: [
    { text: "Mục tiêu cụ thể đến năm 2025", match: "đến năm 2025", reads: { year: 2025, explicit: true } },
    { text: "Phấn đấu đến năm 2025 tỉnh Thanh Hóa", match: "đến năm 2025", reads: { year: 2025, explicit: true } },
    { text: "đến hết năm 2030", match: "đến hết năm 2030", reads: { year: 2030, explicit: true } },
    { text: "Mục tiêu năm 2025", match: "năm 2025", reads: { year: 2025, explicit: false } },
    { text: "phấn đấu năm 2025 đạt 80%", match: "phấn đấu năm 2025", reads: { year: 2025, explicit: true } },
    { text: "Đến 2030, kinh tế số chiếm 30% GRDP", match: "Đến 2030", reads: { year: 2030, explicit: true } },
    { text: "định hướng đến 2030", match: "đến 2030", reads: { year: 2030, explicit: true } },
    { text: "năm 2020 tỷ lệ hồ sơ trực tuyến đạt 56%", match: "năm 2020", reads: { year: 2020, explicit: false } },
  ],
  counterexamples: [
    "ngày 27/9/2019",
    "Nghị quyết số 52-NQ/TW",
    "2025 - 2030 tỉnh",
    "hằng năm",
    "từ 1500 đến 2000 doanh nghiệp",
    "đạt 2025 lượt",
    "tăng ít nhất 5 bậc so với năm 2021",
    "giảm 30% so với cùng kỳ năm 2021",
  ],
});

/** a period: "giai đoạn 2021 - 2025" — its end year is the deadline */
export const period = rule({
  name: "period",
  requires: yearInFigures,
  pattern: `{{WS}}(?:giai đoạn|thời kỳ|từ năm|trong)\\s+(?<from>${YEAR})\\s*(?:-|đến|tới)\\s*(?:năm\\s+)?(?<year>${YEAR}){{WE}}`,
  read: (m) => ({ from: Number(m.groups!.from), year: Number(m.groups!.year) }),
  examples: [
    { text: "Giai đoạn 2021 - 2025 năng suất lao động", match: "Giai đoạn 2021 - 2025", reads: { from: 2021, year: 2025 } },
    { text: "giai đoạn 2026-2030", match: "giai đoạn 2026-2030", reads: { from: 2026, year: 2030 } },
    { text: "từ năm 2021 đến năm 2025", match: "từ năm 2021 đến năm 2025", reads: { from: 2021, year: 2025 } },
  ],
  counterexamples: ["nhóm 25 - 30 tỉnh", "năm 2025"],
});

/** "hằng năm", "mỗi năm", "/năm": a yearly target, which has no deadline of its own */
export const yearly = rule({
  name: "yearly",
  pattern: `(?:{{WS}}(?:hằng|hàng|mỗi)\\s+năm|\\/\\s*năm){{WE}}`,
  examples: [
    { text: "tăng bình quân hằng năm 7%", match: "hằng năm" },
    { text: "năng suất lao động tăng 7%/năm", match: "/năm" },
    { text: "hàng năm đạt 100%", match: "hàng năm" },
    { text: "mỗi năm tăng 5%", match: "mỗi năm" },
  ],
  counterexamples: ["đến năm 2025", "năm năm"],
});

/** words that put a figure in the past or present: "hiện nay", "đã đạt", "năm qua" */
export const pastCue = rule({
  name: "past-cue",
  pattern: `{{WS}}(?:hiện nay|hiện tại|hiện có|đã đạt|đã có|đã được|đạt được|những năm qua|năm qua|tính đến nay|đến nay|so với năm)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Hiện nay, tỉnh có 60% hộ", match: "Hiện nay" },
    { text: "tỷ lệ hồ sơ trực tuyến đã đạt 45%", match: "đã đạt" },
    { text: "tính đến nay có 673.000 thuê bao", match: "tính đến nay" },
  ],
  counterexamples: ["phấn đấu đạt 80%", "đến năm 2025", "đạt tối thiểu"],
});
