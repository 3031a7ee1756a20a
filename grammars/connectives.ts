/**
 * Words a Vietnamese sentence cannot end on: prepositions, conjunctions, determiners.
 * A line that ends on one of them goes on in the next line.
 */
export const connectives = new Set([
  "của", "và", "các", "những", "với", "trong", "cho", "để", "về", "tại", "từ", "đến", "tới",
  "theo", "trên", "dưới", "là", "có", "được", "bị", "hoặc", "hay", "mà", "như", "thì", "vào",
  "nhằm", "bằng", "qua", "do", "bởi", "cả", "mọi", "mỗi", "từng", "đối", "giữa", "gồm",
  "bao", "nhất", "rằng", "nếu", "khi", "sang", "nhưng", "đồng", "thời", "lẫn", "cùng",
]);
