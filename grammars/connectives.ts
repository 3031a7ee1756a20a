import { rule } from "../src/grammar/rule.js";

/**
 * Words a Vietnamese sentence cannot end on: prepositions, conjunctions, determiners.
 * A line that ends on one of them goes on in the next line.
 */
export const connectives = new Set([
  "của", "và", "các", "những", "với", "trong", "cho", "để", "về", "tại", "từ", "đến", "tới",
  "theo", "trên", "dưới", "là", "có", "được", "bị", "hoặc", "hay", "mà", "như", "thì", "vào",
  "nhằm", "bằng", "qua", "do", "bởi", "cả", "mọi", "mỗi", "từng", "đối", "giữa", "gồm",
  "bao", "nhất", "rằng", "nếu", "khi", "sang", "nhưng", "đồng", "thời", "lẫn", "cùng",
  // comparators and the verbs of a target wait for their number: "chiếm khoảng\n20%"
  "khoảng", "chiếm", "đạt", "thiểu", "vượt", "xấp", "xỉ",
]);

/** verbs that wait for the body they assign or lead, at a line's end: "… lãnh đạo\nỦy ban nhân dân tỉnh …" */
export const leadingVerbs = rule({
  name: "leading-verbs",
  pattern: `(?:lãnh đạo|chỉ đạo|giao|giúp việc|tham mưu(?: cho)?|phối hợp với|đề nghị|yêu cầu)$`,
  examples: [
    { text: "3. Ban cán sự đảng UBND tỉnh lãnh đạo", match: "lãnh đạo" },
    { text: "Văn phòng Tỉnh ủy tham mưu cho", match: "tham mưu cho" },
    { text: "các sở, ngành phối hợp với", match: "phối hợp với" },
  ],
  counterexamples: ["1. Quan điểm chỉ đạo, mục tiêu", "lãnh đạo UBND tỉnh", "giao thông"],
});

/** "… lãnh đạo" ends a line that goes on with the body it leads only after this many words: "1. Quan điểm chỉ đạo" is a heading */
export const LEADING_VERB_MIN_WORDS = 6;

/** a line that opens with an institution's name, the body such a verb waits for */
export const institutionOpening = rule({
  name: "institution-opening",
  caseSensitive: true,
  // "Ủy ban" also matches "Uỷ ban": rules fold tone placement
  pattern: `^(?:Ủy ban|UBND|Hội đồng|HĐND|Ban|Sở|Tỉnh ủy|Thành ủy|Văn phòng|Mặt trận|MTTQ|Đảng đoàn|Đảng ủy|Công an|Bộ Chỉ huy)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "UBND tỉnh xây dựng kế hoạch", match: "UBND" },
    { text: "Uỷ ban nhân dân tỉnh ban hành", match: "Uỷ ban" },
    { text: "Ban cán sự đảng UBND tỉnh", match: "Ban" },
    { text: "Bộ Chỉ huy Quân sự tỉnh", match: "Bộ Chỉ huy" },
  ],
  counterexamples: ["Bảo đảm an toàn", "Banner", "các sở, ngành", "Quan điểm chỉ đạo"],
});
