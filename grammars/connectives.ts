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

/** verbs that wait for the body they assign or lead: "… lãnh đạo\nỦy ban nhân dân tỉnh …" */
export const leadingVerbs = /(?:lãnh đạo|chỉ đạo|giao|giúp việc|tham mưu(?: cho)?|phối hợp với|đề nghị|yêu cầu)$/iu;
