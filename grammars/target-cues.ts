/** Words that set a number as something to reach, outside the objectives section. */
import { rule } from "../src/grammar/rule.js";

/** right before the number: "đạt 80%", "phấn đấu 90%", "phủ đến 100%", "có 80%" */
export const aimBefore = rule({
  name: "aim-before",
  pattern: `{{WS}}(?:đạt|đạt mức|phấn đấu|phấn đầu|bảo đảm|đảm bảo|phủ đến|phủ|đến|chiếm|tăng|giảm|có|Có|hoàn thành)(?:\\s+(?:là|từ|mức|ít nhất|tối thiểu))?\\s*$`,
  examples: [["tỷ lệ đạt ", {}], ["phủ đến ", {}], ["đến năm 2025 có ", {}], ["Có ", {}]],
  counterexamples: ["trước mắt là ", "mô hình ", "trên cả "],
});

/** the number opens its clause (after a bullet or a lead word): "100% hộ gia đình …" */
export const clauseOpening = rule({
  name: "clause-opening",
  pattern: `^(?:(?:Có|có|Phấn đấu|phấn đấu|Phân đầu|Đến năm \\d{4},?|đến năm \\d{4},?|Tỷ lệ|Trên|trên|Từ|từ|Tối thiểu|tối thiểu|Ít nhất|ít nhất|Khoảng|khoảng)\\s*)*$`,
  caseSensitive: true,
  examples: [["", {}], ["Có ", {}], ["Phấn đấu ", {}], ["Đến năm 2025, ", {}]],
  counterexamples: ["trước mắt là ", "đồng bộ "],
});
