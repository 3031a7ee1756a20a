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
    ["Trên ", { comparator: "gt" }],
    ["phủ trên ", { comparator: "gt" }],
    ["đạt tối thiểu là ", { comparator: "gte" }],
    ["có ít nhất từ ", { comparator: "gte" }],
    ["đạt khoảng ", { comparator: "approx" }],
    ["dưới ", { comparator: "lt" }],
    ["không quá ", { comparator: "lte" }],
    ["tối đa ", { comparator: "lte" }],
  ],
  counterexamples: ["trên địa bàn có ", "đạt ", "phủ đến ", "chiếm "],
});

/** "từ 80%", "tăng bình quân từ 7%/năm": from N up, when "từ" does not open a range */
export const fromBefore = rule({
  name: "from-before",
  pattern: `{{WS}}(?:từ|Từ)\\s*$`,
  examples: [["Từ ", {}], ["tăng bình quân từ ", {}]],
  counterexamples: ["tư ", "đạt "],
});

/** a comparator after the number, before the next number: "80% trở lên", "06 huyện … trở lên" */
export const comparatorAfter = rule<{ comparator: Comparator }>({
  name: "comparator-after",
  pattern: `{{WS}}(?:(?<gte>trở lên)|(?<lte>trở xuống|trở lại))(?![\\p{L}\\p{M}])`,
  read: (m) => ({ comparator: m.groups!.gte ? "gte" : "lte" }),
  examples: [
    [" trở lên trong GRDP", { comparator: "gte" }],
    [" huyện, thị xã, thành phố trở lên", { comparator: "gte" }],
    [" trở xuống", { comparator: "lte" }],
  ],
  counterexamples: [" trở thành tỉnh", " lên mạng"],
});
