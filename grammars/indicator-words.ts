/**
 * The words around a figure that say how much or when, not what: an elliptical clause
 * ("…; đến năm 2030 đạt 100%") has nothing else, and an unknown indicator's slug is made
 * of the words that are left.
 */
import { rule } from "../src/grammar/rule.js";

/** a word of quantity, time or linking, never the thing counted */
export const functionWord = rule({
  name: "function-word",
  pattern:
    "^(?:được|có|đạt|của|tại|trên|trong|và|với|để|theo|từ|đến|tới|là|về|vào|năm|trở|lên|chiếm|tăng|giảm|phấn|đấu|tối|thiểu|đa|ít|nhất|khoảng|hơn|dưới|không|quá|vượt|mức|bình|quân|thêm|còn|ở|thuộc|nhóm|top|tốp|nằm|xếp|hạng|số|các|những|tổng|mỗi|hằng|hàng|cả|nước)$",
  examples: [{ text: "đạt", match: "đạt" }, { text: "khoảng", match: "khoảng" }, { text: "Tốp", match: "Tốp" }, { text: "nước", match: "nước" }],
  counterexamples: ["hộ", "trường", "doanh nghiệp", "đạtx"],
});

/** a word that ends an unknown indicator's name, or is passed over before it starts */
export const slugStop = rule({
  name: "slug-stop",
  // the words of a comparator too ("khoảng 5.000 tỷ đồng"): how much, never what
  // and "so" of "so với": what a figure is compared with ("giảm 30% so với năm 2021")
  pattern: "^(?:được|có|đạt|sử dụng|tham gia|thực hiện|của|tại|trên|trong|và|với|để|theo|từ|đến|tới|là|về|vào|năm|trở|chiếm|tăng|giảm|phấn|đấu|khoảng|tối|thiểu|ít|nhất|hơn|dưới|vượt|xấp|xỉ|so)$",
  examples: [{ text: "được", match: "được" }, { text: "của", match: "của" }, { text: "năm", match: "năm" }, { text: "khoảng", match: "khoảng" }, { text: "so", match: "so" }],
  counterexamples: ["di", "tích", "thanh", "lên", "không"],
});

/** a word passed over at the start of an unknown indicator's name ("tỷ lệ", "các", "số") */
export const slugSkip = rule({
  name: "slug-skip",
  // an amount's multiplier and currency ("10.000 tỷ đồng vốn đầu tư") are not what it counts
  // nor is a multiplier or a score's points ("tăng 1,5 lần", "đạt 0,6 điểm")
  pattern: "^(?:trở|lên|các|số|những|tổng|tỷ|tỉ|lệ|trọng|lượng|phấn|đấu|có|nghìn|ngàn|triệu|đồng|VNĐ|VND|USD|lần|điểm)$",
  examples: [{ text: "tỷ", match: "tỷ" }, { text: "lệ", match: "lệ" }, { text: "các", match: "các" }, { text: "đồng", match: "đồng" }, { text: "USD", match: "USD" }, { text: "lần", match: "lần" }],
  counterexamples: ["thanh", "hộ", "được"],
});

/** a deadline phrase, dropped before the words of a clause are counted ("đến năm 2030") */
export const deadlinePhrase = rule({
  name: "deadline-phrase",
  pattern: "(?:(?:đến|tới|vào|trước|trong)\\s+)?năm\\s+\\d{4}",
  examples: [{ text: "; đến năm 2030 đạt 100%", match: "đến năm 2030" }, { text: "vào năm 2025", match: "vào năm 2025" }, { text: "năm 2025", match: "năm 2025" }],
  counterexamples: ["hằng năm", "đến 2030", "năm năm"],
});

/**
 * after a rank, the group it ranks in ("thuộc nhóm 30 tỉnh, thành phố dẫn đầu cả nước về
 * …"): who is ranked, never what they are ranked by, which follows it or stands before
 * the rank
 */
export const rankGroup = rule({
  name: "rank-group",
  pattern:
    "^\\s*(?:các\\s+)?(?:tỉnh|thành phố|địa phương|nước|quốc gia)(?:\\s*,\\s*(?:thành phố|tỉnh))?(?:\\s+trực thuộc (?:trung ương|Trung ương))?" +
    "(?:\\s+(?:dẫn đầu|đứng đầu|cao nhất|tốt nhất|hàng đầu))?(?:\\s+(?:trong\\s+)?(?:cả nước|toàn quốc|khu vực|Đông Nam Á|thế giới))?(?:\\s+về)?(?![\\p{L}\\p{M}])",
  examples: [
    { text: " tỉnh, thành phố dẫn đầu", match: " tỉnh, thành phố dẫn đầu" },
    { text: " tỉnh, thành phố dẫn đầu cả nước về chỉ số PAPI", match: " tỉnh, thành phố dẫn đầu cả nước về" },
    { text: " nước dẫn đầu Đông Nam Á", match: " nước dẫn đầu Đông Nam Á" },
  ],
  counterexamples: ["doanh nghiệp công nghệ số", " tỉnhx"],
});

/** before a rank, the ranking it names as its own ("chỉ số PAR INDEX thuộc nhóm 20"): it takes no other's */
export const rankingNamed = rule({
  name: "ranking-named",
  pattern: "{{WS}}(?:chỉ số|bảng xếp hạng)(?![\\p{L}\\p{M}])",
  examples: [{ text: "chỉ số PAR INDEX thuộc nhóm", match: "chỉ số" }, { text: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) thuộc nhóm", match: "Chỉ số" }],
  counterexamples: ["đến năm 2030 thuộc nhóm", "tỉnh Thanh Hóa nằm trong nhóm", "số chỉ"],
});

/**
 * after a figure, where the next figure's subject begins ("đạt 2% GDP, trong đó kinh phí
 * từ xã hội chiếm hơn 60%", "tăng 16 - 18%/năm, tỉ lệ khai thác thương mại đạt 8 - 10%",
 * "PAPI đạt 45 điểm, chỉ số SIPAS đạt 90%"):
 * a cue past it names what the next figure counts, not this one
 */
export const nextSubject = rule({
  name: "next-subject",
  pattern: "[,:]\\s*(?:trong đó|tỷ lệ|tỉ lệ|tỷ trọng|số lượng|chỉ số)(?![\\p{L}\\p{M}])",
  examples: [
    { text: "đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%", match: ", trong đó" },
    { text: "tăng trung bình 16 - 18%/năm, tỉ lệ khai thác thương mại đạt 8 - 10%", match: ", tỉ lệ" },
    { text: "Chỉ số PAPI đạt trên 45 điểm, chỉ số SIPAS đạt trên 90%", match: ", chỉ số" },
  ],
  counterexamples: ["100% thôn, bản, cụm dân cư", "hồ sơ công việc tại cấp tỉnh, cấp huyện", "tỷ lệ hộ, tỷ lệx"],
});
