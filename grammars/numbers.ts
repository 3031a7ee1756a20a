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
    ["đạt 9,6% trở lên", { value: 9.6, max: null, percent: true }],
    ["trên 3.000 lượt", { value: 3000, percent: false }],
    ["Có 06 huyện", { value: 6 }],
    ["nhóm 25 - 30 tỉnh", { value: 25, max: 30 }],
    ["từ 01 đến 02 cơ sở", { value: 1, max: 2 }],
    ["từ 50% đến 70%", { value: 50, max: 70, percent: true }],
    ["tối thiểu là 0,5% tổng chi", { value: 0.5, percent: true }],
    ["100 %", { value: 100, percent: true }],
    ["tăng bình quân từ 7%/năm", { value: 7, percent: true }],
  ],
  counterexamples: ["4G/5G", "IPv6", "44/63", "18/5/2022", "19-CT/TU", "Covid-19", "tỉnh Tuyên Quang 2.0", "3D, 4D"],
});

/** "xếp thứ 44/63": a standing among all provinces — a baseline fact, never a target */
export const standing = rule({
  name: "standing",
  pattern: `{{WS}}(?:xếp thứ|đứng thứ|xếp hạng)\\s+\\d+\\s*\\/\\s*\\d+`,
  examples: [["tỉnh Tuyên Quang xếp thứ 44/63 tỉnh", {}], ["đứng thứ 15/63", {}]],
  counterexamples: ["nhóm 10 tỉnh"],
});

/** a top-N group: "nhóm 10 tỉnh, thành phố dẫn đầu", "top 20", "thuộc nhóm 25 - 30 tỉnh" */
export const rankCue = rule({
  name: "rank-cue",
  pattern: `{{WS}}(?:nhóm|top|tốp|tốp đầu|thứ hạng|xếp hạng|xếp thứ|đứng thứ)\\s+(?:(?:từ|trong|dẫn đầu|đầu)\\s+)?$`,
  examples: [["trong nhóm ", {}], ["thuộc nhóm ", {}], ["Top ", {}], ["xếp thứ ", {}]],
  counterexamples: ["nhóm dân cư có ", "nhóm 10 "],
});

/** units that make a number a time, an age or a count of turns, never a target's value */
export const nonTargetUnit = rule({
  name: "non-target-unit",
  pattern: `^\\s*(?:tuổi|tháng|ngày|giờ|phút|năm|tuần|quý|lớp|cấp(?!\\s+(?:tỉnh|huyện|xã|thôn|cơ sở))|lần thứ|khóa)(?![\\p{L}\\p{M}])`,
  examples: [["15 tuổi trở lên".slice(2), {}], [" tháng, năm báo cáo", {}], [" lớp", {}], [" cấp hành chính", {}]],
  counterexamples: [" lượt doanh nghiệp", " huyện, thị xã", " xã, phường", " cơ sở giáo dục", " cấp xã"],
});

/** what comes before a number that makes it a reference, a level or a name, not a quantity */
export const nonTargetLead = rule({
  name: "non-target-lead",
  pattern: `(?:{{WS}}(?:mức độ|mức|cấp độ|số|khóa|lần thứ|Điều|khoản|điểm|Chương|mục|phiên bản|thế hệ|Tier|Quyết định|Nghị quyết|Chỉ thị|Kế hoạch)|[“"(])\\s*(?:\\d+\\s*,\\s*)*$`,
  examples: [["dịch vụ công trực tuyến mức độ ", {}], ["mức độ 3, ", {}], ["Nghị quyết số ", {}], ["mô hình “", {}]],
  counterexamples: ["đạt ", "trên ", "phủ đến ", "có "],
});
