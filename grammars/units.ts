/**
 * What a number measures beyond a share, a count or a top-N group: an amount of money
 * (its currency and the multiplier its words give), an index or score, a yearly rate of
 * change, and the base of a ratio ("12 người trên một vạn dân"). The rules run on the
 * words right after a number (anchored at its end: `after`) or right before it (anchored
 * at its start: `before`), as ../shared/gold/GUIDE.md ("More kinds of figure") reads them.
 */
import { rule } from "../src/grammar/rule.js";
import type { Currency } from "../src/schema/document.js";

/** the multiplier a word gives: "nghìn tỷ" is a thousand billion */
const MAGNITUDES: Record<string, number> = { "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const MAGNITUDE = "nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ";

/** the words of a magnitude, read: case and the spacing of "nghìn  tỷ" do not matter */
export function magnitudeOf(word: string): number | null {
  return MAGNITUDES[word.toLowerCase().replace(/\s+/g, " ")] ?? null;
}

const currencyOf = (word: string): Currency => (/^(?:usd|us\$|đô)/iu.test(word) ? "USD" : "VND");

/**
 * after a number: an amount of money, with the multiplier its words give ("10.000 tỷ
 * đồng", "500 triệu USD", "1,5 nghìn tỷ đồng", "200 VNĐ"). "đồng" counts only after a
 * multiplier: "3 đồng chí" are comrades.
 */
export const moneyAfter = rule<{ currency: Currency; magnitude: number | null }>({
  name: "money-after",
  pattern:
    `^\\s*(?:(?<magnitude>${MAGNITUDE})\\s*(?<currency>đồng|VNĐ|VND|USD|US\\$|đô la Mỹ|đô-la Mỹ|đô la|đôla)|` +
    `(?<bare>VNĐ|VND|USD|US\\$|đô la Mỹ|đô-la Mỹ))(?![\\p{L}\\p{M}\\p{N}])`,
  read: (m) => {
    const g = m.groups!;
    const currency = currencyOf((g.currency ?? g.bare)!);
    return { currency, magnitude: g.magnitude ? magnitudeOf(g.magnitude) : null };
  },
  examples: [
    { text: "thu hút 10.000 tỷ đồng vốn đầu tư", after: "10.000", match: " tỷ đồng", reads: { currency: "VND", magnitude: 1e9 } },
    { text: "đạt 500 triệu USD", after: "500", match: " triệu USD", reads: { currency: "USD", magnitude: 1e6 } },
    { text: "doanh thu 1,5 nghìn tỷ đồng", after: "1,5", match: " nghìn tỷ đồng", reads: { currency: "VND", magnitude: 1e12 } },
    { text: "kim ngạch 2 tỷ đô la Mỹ", after: "2", match: " tỷ đô la Mỹ", reads: { currency: "USD", magnitude: 1e9 } },
    { text: "giá cước 200 VNĐ mỗi phút", after: "200", match: " VNĐ", reads: { currency: "VND", magnitude: null } },
    { text: "khoảng 300 nghìn đồng/người", after: "300", match: " nghìn đồng", reads: { currency: "VND", magnitude: 1e3 } },
  ],
  counterexamples: [
    { text: "có 3 đồng chí trong Ban Thường vụ", after: "3" },
    { text: "1,5 triệu thuê bao", after: "1,5" },
    { text: "giảm 10 tỷ lệ", after: "10" },
    { text: "80% doanh nghiệp", after: "80%" },
    { text: "2 tỷ đồngbộ", after: "2" },
  ],
});

/**
 * after a number that is not money: the multiplier of a count ("1,5 triệu thuê bao", "2
 * nghìn doanh nghiệp"); not the "tỷ" of "tỷ lệ", "tỷ trọng"
 */
export const magnitudeAfter = rule<{ magnitude: number | null }>({
  name: "magnitude-after",
  pattern: `^\\s*(?<magnitude>${MAGNITUDE})(?![\\p{L}\\p{M}\\p{N}])(?!\\s*(?:lệ|trọng)(?![\\p{L}\\p{M}]))`,
  read: (m) => ({ magnitude: magnitudeOf(m.groups!.magnitude!) }),
  examples: [
    { text: "phát triển 1,5 triệu thuê bao", after: "1,5", match: " triệu", reads: { magnitude: 1e6 } },
    { text: "2 nghìn doanh nghiệp công nghệ số", after: "2", match: " nghìn", reads: { magnitude: 1e3 } },
    { text: "10.000 tỷ đồng", after: "10.000", match: " tỷ", reads: { magnitude: 1e9 } },
  ],
  counterexamples: [
    { text: "giảm 10 tỷ lệ hộ nghèo", after: "10" },
    { text: "3 tỷ trọng", after: "3" },
    { text: "100 thôn", after: "100" },
    { text: "5 triệuu", after: "5" },
  ],
});

/** the names of the indexes documents set targets for */
const INDEX_NAMES = "HDI|PCI|PAPI|PAR ?INDEX|SIPAS|ICT ?INDEX|GII|DTI";

/**
 * after a number: a score ("70 điểm", "đạt 65 điểm trở lên"): an index; not the places
 * of "05 điểm du lịch", which a noun follows
 */
export const scoreAfter = rule({
  name: "score-after",
  pattern:
    `^\\s*điểm(?![\\p{L}\\p{M}\\p{N}])` +
    `(?=\\s*(?:(?:trở lên|trở xuống|trở lại|vào|năm|đến|và|hoặc|trong|theo|{{index}})(?![\\p{L}\\p{M}])|[,.;:()–-]|$))`,
  parts: { index: INDEX_NAMES },
  examples: [
    { text: "Chỉ số PCI đạt 70 điểm trở lên", after: "70", match: " điểm" },
    { text: "đạt trên 65 điểm", after: "65", match: " điểm" },
    { text: "PAPI đạt 45 điểm, xếp", after: "45", match: " điểm" },
    { text: "đạt 70 điểm PCI", after: "70", match: " điểm" },
  ],
  counterexamples: [
    { text: "05 điểm du lịch", after: "05" },
    { text: "100 điểm phục vụ", after: "100" },
    { text: "50 điểm phát wifi công cộng.", after: "50" },
  ],
});

/**
 * before a number: an index named, then what it reaches ("HDI duy trì trên ", "Chỉ số
 * PCI đạt ", "chỉ số hài lòng (SIPAS) đạt tối thiểu "). Whether the number is the index's
 * value is for indexValueEnd to say: it is, when no noun of things counted follows it.
 */
export const indexBefore = rule({
  name: "index-before",
  pattern: `{{WS}}(?:chỉ số|{{index}})(?![\\p{L}\\p{M}\\p{N}])[^;%\\d]{0,60}$`,
  parts: { index: INDEX_NAMES },
  examples: [
    { text: "Chỉ số phát triển con người (HDI) duy trì trên 0,7", before: "0,7", match: "Chỉ số phát triển con người (HDI) duy trì trên " },
    { text: "HDI duy trì trên 0,7", before: "0,7", match: "HDI duy trì trên " },
    { text: "Chỉ số PCI đạt 70 điểm", before: "70", match: "Chỉ số PCI đạt " },
    { text: "chỉ số DTI của tỉnh đạt tối thiểu 0,5", before: "0,5", match: "chỉ số DTI của tỉnh đạt tối thiểu " },
  ],
  counterexamples: [
    { text: "100% hồ sơ được xử lý, đạt 0,7", before: "0,7" },
    { text: "chỉ số DTI, 30% doanh nghiệp đạt 5", before: "5" },
    { text: "các chỉ sốt đạt 5", before: "5" },
  ],
});

/**
 * after the value of an index: nothing counted, a score, "trở lên", a year or the end of
 * the clause ("HDI duy trì trên 0,7.", "đạt 0,8 vào năm 2030"), not "05 doanh nghiệp"
 */
export const indexValueEnd = rule({
  name: "index-value-end",
  pattern: `^\\s*(?:điểm|trở lên|trở lại|trở xuống|vào|năm|đến|và|hoặc|(?=[,.;:()\\[\\]–-])|$)(?![\\p{L}\\p{M}\\p{N}])`,
  examples: [
    { text: "HDI duy trì trên 0,7.", after: "0,7", match: "" },
    { text: "đạt 0,8 vào năm 2030", after: "0,8", match: " vào" },
    { text: "Chỉ số PCI đạt 70 điểm", after: "70", match: " điểm" },
    { text: "HDI đạt 0,75", after: "0,75", match: "" },
  ],
  counterexamples: [
    { text: "chỉ số hạnh phúc: 05 doanh nghiệp", after: "05" },
    { text: "đạt 3 sản phẩm", after: "3" },
  ],
});

/** a verb of change: "tăng", "giảm", "tốc độ phát triển", not "tăng cường", "giảm thiểu" */
const CHANGE = "(?:(?:tăng|giảm)(?![\\p{L}\\p{M}])(?!\\s+(?:cường|thiểu)(?![\\p{L}\\p{M}]))|tốc độ phát triển)";

/**
 * after a number: it is per year ("10%/năm", "5% mỗi năm", "7% hằng năm"), right after it
 * or past the noun it counts ("500 doanh nghiệp mỗi năm": `gap`). A percent so written
 * right after it is a yearly rate of change; another figure only with a verb of change
 * before it (rate.ts).
 */
export const yearlyAfter = rule<{ gap: boolean }>({
  name: "yearly-after",
  pattern:
    `^\\s*(?<gap>[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2}\\s+)??` +
    `(?:\\/\\s*năm|(?:mỗi|hằng|hàng|một)\\s+năm|(?:bình quân|trung bình)\\s+(?:mỗi|hằng|hàng)\\s+năm)(?![\\p{L}\\p{M}\\p{N}])`,
  read: (m) => ({ gap: m.groups!.gap !== undefined }),
  examples: [
    { text: "tăng trung bình 10%/năm", after: "10%", match: "/năm", reads: { gap: false } },
    { text: "tăng 5% mỗi năm", after: "5%", match: " mỗi năm", reads: { gap: false } },
    { text: "tăng trung bình 16 - 18%/ năm", after: "18%", match: "/ năm", reads: { gap: false } },
    { text: "giảm 2% bình quân hằng năm", after: "2%", match: " bình quân hằng năm", reads: { gap: false } },
    { text: "tăng 500 doanh nghiệp mỗi năm", after: "500", match: " doanh nghiệp mỗi năm", reads: { gap: true } },
  ],
  counterexamples: [
    { text: "đạt 80% năm 2025", after: "80%" },
    { text: "đạt 80% vào năm 2030", after: "80%" },
    { text: "tăng 5% mỗi nămm", after: "5%" },
    { text: "đạt 80% hồ sơ được xử lý trực tuyến mỗi năm", after: "80%" },
  ],
});

/**
 * before a number: a verb of change said to be yearly, in either order ("tăng trung bình
 * hằng năm ", "hằng năm tăng tối thiểu ", "mỗi năm tăng ", "tăng trưởng bình quân năm đạt ")
 */
export const yearlyChangeBefore = rule({
  name: "yearly-change-before",
  pattern:
    `{{WS}}(?:(?:mỗi|hằng|hàng)\\s+năm|bình quân năm)[^;%\\d]{0,20}?{{WS}}{{change}}[^;%\\d]{0,30}$|` +
    `{{WS}}{{change}}[^;%\\d]{0,40}?{{WS}}(?:(?:mỗi|hằng|hàng)\\s+năm|bình quân năm)(?![\\p{L}\\p{M}])[^;%\\d]{0,30}$`,
  parts: { change: CHANGE },
  examples: [
    { text: "Năng suất lao động hằng năm tăng tối thiểu 7%", before: "7%", match: "hằng năm tăng tối thiểu " },
    { text: "mỗi năm tăng 5%", before: "5%", match: "mỗi năm tăng " },
    { text: "năng suất lao động tăng bình quân hàng năm 9,6% trở lên", before: "9,6%", match: "tăng bình quân hàng năm " },
    { text: "tốc độ tăng trưởng kinh tế số bình quân năm đạt 20%", before: "20%", match: "tăng trưởng kinh tế số bình quân năm đạt " },
    { text: "tốc độ phát triển doanh nghiệp số bình quân hằng năm đạt 10%", before: "10%", match: "tốc độ phát triển doanh nghiệp số bình quân hằng năm đạt " },
  ],
  counterexamples: [
    { text: "tỷ lệ chi cho chuyển đổi số hằng năm đạt tối thiểu là 0,5%", before: "0,5%" },
    { text: "tăng cường ứng dụng, đến năm 2025 đạt 80%", before: "80%" },
    { text: "giai đoạn 2021 - 2025 tăng 20%", before: "20%" },
    { text: "hằng năm tăng cường kiểm tra 50%", before: "50%" },
    { text: "chi cho chuyển đổi số bình quân hằng năm đạt 1%", before: "1%" },
  ],
});

/** a verb of change before a figure said to be yearly after it ("tăng 5% mỗi năm") */
export const changeBefore = rule({
  name: "change-before",
  parts: { change: CHANGE },
  pattern: `{{WS}}{{change}}(?:\\s+(?:trưởng|bình quân|trung bình|thêm|ít nhất|tối thiểu|trên|khoảng|từ|đạt))*\\s*$`,
  examples: [
    { text: "số doanh nghiệp tăng 500 mỗi năm", before: "500", match: "tăng " },
    { text: "tăng trưởng bình quân 10%/năm", before: "10%", match: "tăng trưởng bình quân " },
  ],
  counterexamples: [
    { text: "đào tạo 500 người mỗi năm", before: "500" },
    { text: "tăng cường 50 lớp", before: "50" },
  ],
});

/** the base of a ratio, as a word: "một vạn", "nghìn" */
const BASES: Record<string, number> = { vạn: 1e4, nghìn: 1e3, ngàn: 1e3, trăm: 100, triệu: 1e6 };

/**
 * after a number: the base of a ratio, past the noun it counts ("12 người trên một vạn
 * dân", "1 doanh nghiệp công nghệ số trên 1.000 dân", "30 thuê bao/100 dân", "mỗi 100
 * dân", "bác sĩ/vạn dân"). The base is a number or a word, then "dân" (the population).
 */
export const perBase = rule<{ per: number }>({
  name: "per-base",
  pattern:
    `^\\s*(?:[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,5}\\s*)?(?:\\/|trên|mỗi|cho mỗi)\\s*(?:một\\s+)?` +
    `(?:(?<word>vạn|nghìn|ngàn|trăm|triệu)|(?<number>\\d{1,3}(?:\\.\\d{3})+|\\d+))\\s*(?:người\\s+)?(?:dân|người dân|dân số|người)(?![\\p{L}\\p{M}\\p{N}])(?!\\s+tộc)`,
  read: (m) => {
    const g = m.groups!;
    const per = g.word ? BASES[g.word.toLowerCase()] : Number(g.number!.replace(/\./g, ""));
    return per > 0 ? { per } : null;
  },
  examples: [
    { text: "đạt 12 người trên một vạn dân", after: "12", match: " người trên một vạn dân", reads: { per: 1e4 } },
    { text: "1 doanh nghiệp công nghệ số trên 1.000 dân", after: "1", match: " doanh nghiệp công nghệ số trên 1.000 dân", reads: { per: 1000 } },
    { text: "30 thuê bao băng rộng cố định/100 dân", after: "30", match: " thuê bao băng rộng cố định/100 dân", reads: { per: 100 } },
    { text: "đạt 15 bác sĩ/vạn dân", after: "15", match: " bác sĩ/vạn dân", reads: { per: 1e4 } },
    { text: "có 2 thuê bao mỗi 100 người dân", after: "2", match: " thuê bao mỗi 100 người dân", reads: { per: 100 } },
  ],
  counterexamples: [
    { text: "trên 80% người dân", after: "80%" },
    { text: "100 doanh nghiệp trên địa bàn tỉnh", after: "100" },
    { text: "50 xã trên 100 xã", after: "50" },
    { text: "đạt 3 người trên 100 dân tộc", after: "3" },
  ],
});
