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
  examples: [
    { text: "tỷ lệ đạt 90%", before: "90%", match: "đạt " },
    { text: "cáp quang phủ đến 100% số thôn", before: "100%", match: "phủ đến " },
    { text: "đến năm 2025 có 06 huyện", before: "06", match: "có " },
    { text: "Có 50.000 hộ", before: "50.000", match: "Có " },
    { text: "Phát triển 3.000 doanh nghiệp công nghệ số", before: "3.000", match: "Phát triển " },
    { text: "đào tạo ít nhất 500 nhân lực", before: "500", match: "đào tạo ít nhất " },
    { text: "phát triển thêm 200 doanh nghiệp", before: "200", match: "phát triển thêm " },
  ],
  counterexamples: [
    { text: "trước mắt là 04 đô thị", before: "04" },
    { text: "mô hình 4 lớp", before: "4" },
    { text: "trên cả 3 trụ cột", before: "3" },
    { text: "xây dựng 02 trung tâm", before: "02" },
    { text: "triển khai 05 nền tảng", before: "05" },
  ],
});

/** the number opens its clause (after a bullet or a lead word): "100% hộ gia đình …" */
export const clauseOpening = rule({
  name: "clause-opening",
  pattern: `^(?:(?:Có|có|Phấn đấu|phấn đấu|Phân đầu|Đến năm \\d{4},?|đến năm \\d{4},?|Tỷ lệ|Trên|trên|Từ|từ|Tối thiểu|tối thiểu|Ít nhất|ít nhất|Khoảng|khoảng)\\s*)*$`,
  caseSensitive: true,
  examples: [
    { text: "100% hộ gia đình", before: "100%", match: "" },
    { text: "Có 06 huyện", before: "06", match: "Có " },
    { text: "Phấn đấu 90% hồ sơ", before: "90%", match: "Phấn đấu " },
    { text: "Đến năm 2025, 100% xã", before: "100%", match: "Đến năm 2025, " },
    { text: "Phấn đấu đến năm 2025 có 80% hộ", before: "80%", match: "Phấn đấu đến năm 2025 có " },
  ],
  counterexamples: [
    { text: "trước mắt là 04 đô thị", before: "04" },
    { text: "đồng bộ 3 cấp", before: "3" },
  ],
});
