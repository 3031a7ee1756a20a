/** Words that set a number as something to reach, outside the objectives section. */
import { rule } from "../src/grammar/rule.js";

/**
 * right before the number: "đạt 80%", "phấn đấu 90%", "phủ đến 100%", "có 80%"; and the
 * verbs that set a count of firms or people to reach ("phát triển 3.000 doanh nghiệp công
 * nghệ số", "đào tạo 500 nhân lực"), unlike a count of things built ("xây dựng 02 trung tâm")
 */
export const aimBefore = rule({
  name: "aim-before",
  pattern: `{{WS}}(?:đạt|đạt mức|phấn đấu|phấn đầu|bảo đảm|đảm bảo|phủ đến|phủ|đến|chiếm|tăng|giảm|có|Có|hoàn thành|phát triển|đào tạo|thu hút)(?:\\s+(?:là|từ|mức|ít nhất|tối thiểu|thêm|mới))?\\s*$`,
  examples: [["tỷ lệ đạt ", {}], ["phủ đến ", {}], ["đến năm 2025 có ", {}], ["Có ", {}], ["Phát triển ", {}], ["đào tạo ít nhất ", {}], ["phát triển thêm ", {}]],
  counterexamples: ["trước mắt là ", "mô hình ", "trên cả ", "xây dựng ", "triển khai "],
});

/** the number opens its clause (after a bullet or a lead word): "100% hộ gia đình …" */
export const clauseOpening = rule({
  name: "clause-opening",
  pattern: `^(?:(?:Có|có|Phấn đấu|phấn đấu|Phân đầu|Đến năm \\d{4},?|đến năm \\d{4},?|Tỷ lệ|Trên|trên|Từ|từ|Tối thiểu|tối thiểu|Ít nhất|ít nhất|Khoảng|khoảng)\\s*)*$`,
  caseSensitive: true,
  examples: [["", {}], ["Có ", {}], ["Phấn đấu ", {}], ["Đến năm 2025, ", {}]],
  counterexamples: ["trước mắt là ", "đồng bộ "],
});
