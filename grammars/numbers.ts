/**
 * Numbers as Vietnamese writes them: decimal comma ("9,6"), thousands dot ("3.000"),
 * zero padding ("06"), ranges ("25 - 30", "từ 01 đến 02"), with a percent sign or not.
 */
import { rule } from "../src/grammar/rule.js";

const NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";

/** Vietnamese notation to a JS number: "3.000" → 3000, "9,6" → 9.6, "06" → 6 */
export function parseNumber(literal: string): number {
  return Number(literal.replace(/\./g, "").replace(",", "."));
}

/**
 * A quantity: a number or a range, with its percent sign. Not a quantity: numbers glued
 * to letters or slashes ("4G", "IPv6", "44/63", "18/5/2022", "19-CT/TU", "Covid-19",
 * "2.0").
 */
export const quantity = rule({
  name: "quantity",
  requires: /\d/,
  pattern:
    `(?<![\\p{L}\\p{M}\\p{N}/.,]|[\\p{L}\\p{N}]-)(?<low>{{num}})(?:(?<lowPct>\\s?%)|{{free}})` +
    `(?:(?:\\s*-\\s*|\\s+(?:đến|tới)\\s+)(?<high>{{num}})(?:(?<highPct>\\s?%)|{{free}}))?`,
  // a bare number ends where no letter, digit, slash or glued word follows ("7%/năm" is fine)
  parts: { num: NUMBER, free: "(?![\\p{L}\\p{M}\\p{N}/%]|[.,]\\d|-\\p{L})" },
  read: (m) => {
    const g = m.groups!;
    const value = parseNumber(g.low!);
    const max = g.high !== undefined ? parseNumber(g.high) : null;
    // a "range" that goes down is two numbers, not a range
    if (max !== null && max <= value) return null;
    return { value, max, percent: Boolean(g.lowPct || g.highPct), low: g.low!, high: g.high ?? null };
  },
  examples: [
    { text: "đạt 9,6% trở lên", match: "9,6%", reads: { value: 9.6, max: null, percent: true, low: "9,6" } },
    { text: "trên 3.000 lượt", match: "3.000", reads: { value: 3000, max: null, percent: false } },
    { text: "Có 06 huyện", match: "06", reads: { value: 6, percent: false, low: "06" } },
    { text: "nhóm 25 - 30 tỉnh", match: "25 - 30", reads: { value: 25, max: 30, percent: false, high: "30" } },
    { text: "từ 01 đến 02 cơ sở", match: "01 đến 02", reads: { value: 1, max: 2 } },
    { text: "từ 50% đến 70%", match: "50% đến 70%", reads: { value: 50, max: 70, percent: true } },
    { text: "tối thiểu là 0,5% tổng chi", match: "0,5%", reads: { value: 0.5, percent: true } },
    { text: "100 %", match: "100 %", reads: { value: 100, percent: true } },
    { text: "tăng bình quân từ 7%/năm", match: "7%", reads: { value: 7, percent: true } },
    { text: "1.234,5 tỷ đồng", match: "1.234,5", reads: { value: 1234.5, percent: false } },
  ],
  counterexamples: ["4G/5G", "IPv6", "44/63", "18/5/2022", "19-CT/TU", "Covid-19", "tỉnh Tuyên Quang 2.0", "3D, 4D"],
});

/** "xếp thứ 44/63": a standing among all provinces — a baseline fact, never a target */
export const standing = rule({
  name: "standing",
  pattern: `{{WS}}(?:xếp thứ|đứng thứ|xếp hạng)\\s+\\d+\\s*\\/\\s*\\d+`,
  examples: [
    { text: "tỉnh Tuyên Quang xếp thứ 44/63 tỉnh", match: "xếp thứ 44/63" },
    { text: "đứng thứ 15/63", match: "đứng thứ 15/63" },
    { text: "chỉ số DTI xếp hạng 20 / 63", match: "xếp hạng 20 / 63" },
  ],
  counterexamples: ["nhóm 10 tỉnh"],
});

/** a top-N group: "nhóm 10 tỉnh, thành phố dẫn đầu", "top 20", "thuộc nhóm 25 - 30 tỉnh" */
export const rankCue = rule({
  name: "rank-cue",
  pattern: `{{WS}}(?:nhóm|top|tốp|tốp đầu|thứ hạng|xếp hạng|xếp thứ|đứng thứ)\\s+(?:(?:từ|trong|dẫn đầu|đầu)\\s+)?$`,
  examples: [
    { text: "nằm trong nhóm 10 tỉnh dẫn đầu", before: "10", match: "nhóm " },
    { text: "thuộc nhóm 25 - 30 tỉnh, thành phố", before: "25", match: "nhóm " },
    { text: "Top 20 tỉnh", before: "20", match: "Top " },
    { text: "xếp thứ 15 cả nước", before: "15", match: "xếp thứ " },
    { text: "nhóm dẫn đầu 10 tỉnh", before: "10", match: "nhóm dẫn đầu " },
  ],
  counterexamples: [
    { text: "nhóm dân cư có 80%", before: "80%" },
    { text: "nhóm 10 tỉnh có 5 huyện", before: "5" },
  ],
});

/** units that make a number a time, an age or a count of turns, never a target's value */
export const nonTargetUnit = rule({
  name: "non-target-unit",
  pattern: `^\\s*(?:tuổi|tháng|ngày|giờ|phút|năm|tuần|quý|lớp|cấp(?!\\s+(?:tỉnh|huyện|xã|thôn|cơ sở))|lần thứ|khóa)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "người dân từ 15 tuổi trở lên", after: "15", match: " tuổi" },
    { text: "trong 06 tháng, năm báo cáo", after: "06", match: " tháng" },
    { text: "mô hình 4 lớp", after: "4", match: " lớp" },
    { text: "chính quyền 3 cấp hành chính", after: "3", match: " cấp" },
  ],
  counterexamples: [
    { text: "3.000 lượt doanh nghiệp", after: "3.000" },
    { text: "06 huyện, thị xã", after: "06" },
    { text: "50 xã, phường", after: "50" },
    { text: "02 cơ sở giáo dục", after: "02" },
    { text: "100% cấp xã", after: "100%" },
  ],
});

/** what comes before a number that makes it a reference, a level or a name, not a quantity */
export const nonTargetLead = rule({
  name: "non-target-lead",
  pattern: `(?:{{WS}}(?:mức độ|mức|cấp độ|số|khóa|lần thứ|Điều|khoản|điểm|Chương|mục|phiên bản|thế hệ|Tier|Quyết định|Nghị quyết|Chỉ thị|Kế hoạch)|[“"(])\\s*(?:\\d+\\s*,\\s*)*$`,
  examples: [
    { text: "dịch vụ công trực tuyến mức độ 4", before: "4", match: "mức độ " },
    { text: "mức độ 3, 4", before: "4", match: "mức độ 3, " },
    { text: "thực hiện Nghị quyết số 52-NQ/TW", before: "52", match: "số " },
    { text: "mô hình “3 trong 1”", before: "3", match: "“" },
    { text: "khoản 2 Điều 5", before: "5", match: "Điều " },
  ],
  counterexamples: [
    { text: "đạt 90%", before: "90" },
    { text: "trên 80% dân số", before: "80" },
    { text: "phủ đến 100% số thôn", before: "100" },
    { text: "có 06 huyện", before: "06" },
  ],
});
