/** How a target compares: "trên 80%", "tối thiểu 50%", "80% trở lên", "khoảng 20%". */
import { rule } from "../src/grammar/rule.js";
import type { Comparator } from "../src/schema/document.js";

const fillers = "(?:\\s+(?:là|ở mức|mức|đạt|có|từ|đạt mức))*";

/** a comparator right before the number (the text up to the number ends the match) */
export const comparatorBefore = rule<{ comparator: Comparator }>({
  name: "comparator-before",
  pattern:
    `{{WS}}(?:(?<gt>trên|hơn|vượt|cao hơn|lớn hơn|nhiều hơn|vượt trên)|` +
    `(?<gte>tối thiểu|ít nhất|không dưới|không thấp hơn|không ít hơn|tối thiểu bằng)|` +
    `(?<approx>khoảng|xấp xỉ|gần|trên dưới|chừng)|` +
    `(?<lt>dưới|thấp hơn|ít hơn|chưa đến|chưa tới)|` +
    `(?<lte>tối đa|không quá|không vượt quá|không vượt|không cao hơn|không lớn hơn))` +
    `${fillers}\\s*$`,
  read: (m) => {
    const g = m.groups!;
    const comparator = (["gt", "gte", "approx", "lt", "lte"] as const).find((k) => g[k] !== undefined);
    return comparator ? { comparator } : null;
  },
  examples: [
    { text: "Trên 90% hồ sơ công việc", before: "90%", match: "Trên ", reads: { comparator: "gt" } },
    { text: "mạng 4G phủ trên 95% số thôn", before: "95%", match: "trên ", reads: { comparator: "gt" } },
    { text: "chi ngân sách đạt tối thiểu là 0,5% tổng chi", before: "0,5%", match: "tối thiểu là ", reads: { comparator: "gte" } },
    { text: "có ít nhất từ 01 đến 02 cơ sở", before: "01", match: "ít nhất từ ", reads: { comparator: "gte" } },
    { text: "kinh tế số đạt khoảng 20% GRDP", before: "20%", match: "khoảng ", reads: { comparator: "approx" } },
    { text: "tỷ lệ hộ nghèo dưới 3%", before: "3%", match: "dưới ", reads: { comparator: "lt" } },
    { text: "thời gian xử lý không quá 5 ngày", before: "5", match: "không quá ", reads: { comparator: "lte" } },
    { text: "tối đa 10% hồ sơ trễ hạn", before: "10%", match: "tối đa ", reads: { comparator: "lte" } },
    { text: "không dưới 70% doanh nghiệp", before: "70%", match: "không dưới ", reads: { comparator: "gte" } },
  ],
  counterexamples: [
    { text: "trên địa bàn có 80% hộ", before: "80%" },
    { text: "tỷ lệ đạt 90%", before: "90%" },
    { text: "phủ đến 100% số thôn", before: "100%" },
    { text: "chiếm 30% GRDP", before: "30%" },
  ],
});

/** "từ 80%", "tăng bình quân từ 7%/năm": from N up, when "từ" does not open a range */
export const fromBefore = rule({
  name: "from-before",
  pattern: `{{WS}}(?:từ|Từ)\\s*$`,
  examples: [
    { text: "Từ 80% hộ gia đình", before: "80%", match: "Từ " },
    { text: "năng suất lao động tăng bình quân từ 7%/năm", before: "7%", match: "từ " },
  ],
  counterexamples: [
    { text: "đầu tư 50% vốn", before: "50%" },
    { text: "tỷ lệ đạt 90%", before: "90%" },
  ],
});

/** a comparator after the number, before the next number: "80% trở lên", "06 huyện … trở lên" */
export const comparatorAfter = rule<{ comparator: Comparator }>({
  name: "comparator-after",
  pattern: `{{WS}}(?:(?<gte>trở lên)|(?<lte>trở xuống|trở lại))(?![\\p{L}\\p{M}])`,
  read: (m) => ({ comparator: m.groups!.gte ? "gte" : "lte" }),
  examples: [
    { text: "đạt 20% trở lên trong GRDP", after: "20%", match: "trở lên", reads: { comparator: "gte" } },
    { text: "có 06 huyện, thị xã, thành phố trở lên", after: "06", match: "trở lên", reads: { comparator: "gte" } },
    { text: "giảm 5% trở xuống", after: "5%", match: "trở xuống", reads: { comparator: "lte" } },
  ],
  counterexamples: [
    { text: "đến năm 2030 trở thành tỉnh", after: "2030" },
    { text: "100% hồ sơ đưa lên mạng", after: "100%" },
    { text: "80% trở lênh", after: "80%" },
  ],
});
