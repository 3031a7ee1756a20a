/**
 * The numbering and headings of a resolution: Roman-numeral sections, numbered items,
 * lettered items, bullets, the title and the signature block.
 */
import { rule } from "../src/grammar/rule.js";

const ROMAN = "(?<numeral>XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";

/** "I. TÌNH HÌNH", "II- QUAN ĐIỂM", "III – NHIỆM VỤ", "IV. Tổ chức thực hiện" (after markup is gone) */
export const romanHeading = rule({
  name: "roman-heading",
  caseSensitive: true,
  pattern: `^${ROMAN}\\s*(?:[.\\-:)/]{1,2}\\s*|\\s+)(?=\\p{Lu})(?<title>.*)$`,
  examples: [
    ["I. TÌNH HÌNH VÀ NGUYÊN NHÂN", { numeral: "I", title: "TÌNH HÌNH VÀ NGUYÊN NHÂN" }],
    ["II- QUAN ĐIỂM VÀ MỤC TIÊU", { numeral: "II", title: "QUAN ĐIỂM VÀ MỤC TIÊU" }],
    ["IV. TỔ CHỨC THỰC HIỆN", { numeral: "IV", title: "TỔ CHỨC THỰC HIỆN" }],
    ["III - NHIỆM VỤ, GIẢI PHÁP", { numeral: "III", title: "NHIỆM VỤ, GIẢI PHÁP" }],
    ["V. Tổ chức thực hiện", { numeral: "V", title: "Tổ chức thực hiện" }],
    ["II/ MỤC TIÊU", { numeral: "II", title: "MỤC TIÊU" }],
    ["III.- NHIỆM VỤ", { numeral: "III", title: "NHIỆM VỤ" }],
  ],
  counterexamples: ["Internet băng rộng", "IPv6 là", "II.", "1. Quan điểm", "Ia. mục", "IV và V là"],
});

/** numbered items: "1.", "2.1.", "2.2.1.", "3.2 " (final dot optional once nested), "1)" */
export const decimalMarker = rule({
  name: "decimal-marker",
  caseSensitive: true,
  // a digit may follow the marker only after a space: "4. 100% xã", never "3.000 lượt"
  pattern: `^(?<marker>(?<numbers>\\d{1,2}(?:\\.\\d{1,2}){0,4})(?:\\.|\\)|[-/](?=\\s)|(?<=\\d\\.\\d{1,2})(?=\\s)))(?:\\s+(?=[\\p{Lu}\\p{N}"“(])|(?=[\\p{Lu}"“(]))`,
  read: (m) => ({ marker: m.groups!.marker, numbers: m.groups!.numbers, depth: m.groups!.numbers.split(".").length }),
  examples: [
    ["1. Quan điểm chỉ đạo", { marker: "1.", numbers: "1", depth: 1 }],
    ["2.2.1. Mục tiêu phấn đấu đến năm 2025", { marker: "2.2.1.", depth: 3 }],
    ["3.2 Phát triển kinh tế số", { marker: "3.2", depth: 2 }],
    ["1) Các cấp ủy", { marker: "1)", depth: 1 }],
    ["4. 100% xã", { marker: "4.", depth: 1 }],
    ["1- Các cấp ủy đảng", { marker: "1-", depth: 1 }],
    ["2/ Văn phòng Tỉnh ủy", { marker: "2/", depth: 1 }],
  ],
  counterexamples: ["2025, định hướng", "18/5/2022 về", "100% thủ tục", "3.000 lượt", "4G/5G", "2. là", "9,6% trở lên", "25 - 30 tỉnh", "2021-2025"],
});

/** lettered items: "a)", "b,", "c." followed by a capital */
export const letterMarker = rule({
  name: "letter-marker",
  caseSensitive: true,
  pattern: `^(?<marker>(?<letter>[a-zđ])(?:\\s?[).,]|[-/](?=\\s)))\\s*(?=\\p{Lu})`,
  examples: [
    ["a) Xây dựng chính quyền điện tử", { marker: "a)", letter: "a" }],
    ["b, Về kinh tế số:", { marker: "b,", letter: "b" }],
    ["đ) Lĩnh vực y tế", { letter: "đ" }],
    ["a- Về chính quyền số", { marker: "a-" }],
    ["b/ Về kinh tế số", { marker: "b/" }],
  ],
  counterexamples: ["và Nhà nước", "a) xã hội", "ab) Một", "a-Z"],
});

/**
 * Bullets: "- ", "+ ", "• ", "* ". A dash followed by a lower-case word is not a bullet but
 * a wrapped compound ("chính trị\n- xã hội"); reflow joins those before segmenting.
 */
export const bulletMarker = rule({
  name: "bullet-marker",
  caseSensitive: true,
  pattern: `^(?<marker>[-+•*▪◦])\\s+(?=[\\p{Lu}\\p{N}"“(])`,
  examples: [
    ["- Về chính quyền số", { marker: "-" }],
    ["+ 100% cơ quan đảng", { marker: "+" }],
    ["• Trên 80% dân số", { marker: "•" }],
  ],
  counterexamples: ["- xã hội trong tỉnh", "-----", "+5%", "100% - 2025"],
});

/** the resolution's own title line */
export const documentTitle = rule({
  name: "document-title",
  pattern: `^(?:NGHỊ QUYẾT|CHƯƠNG TRÌNH HÀNH ĐỘNG|KẾ HOẠCH|ĐỀ ÁN)(?:\\s|$)`,
  caseSensitive: true,
  examples: [["NGHỊ QUYẾT", {}], ["NGHỊ QUYẾT CỦA BAN CHẤP HÀNH", {}]],
  counterexamples: ["Nghị quyết này phổ biến đến chi bộ", "NGHỊ QUYẾTS"],
});

/** the signature block: "T/M BAN THƯỜNG VỤ", "TM. TỈNH ỦY", "K/T BÍ THƯ", "BÍ THƯ", "PHÓ BÍ THƯ" */
export const signatureRole = rule({
  name: "signature-role",
  caseSensitive: true,
  pattern: `^(?:(?<on>T\\/M|TM\\.?|K\\/T|KT\\.?|T\\/L|TL\\.?|Q\\.)\\s*\\S|(?<role>(?:PHÓ\\s+)?BÍ THƯ|(?:PHÓ\\s+)?CHỦ TỊCH|CHÁNH VĂN PHÒNG|TRƯỞNG BAN)(?:\\s+\\p{Lu}+)*\\s*$)`,
  examples: [
    ["T/M BAN THƯỜNG VỤ", { on: "T/M" }],
    ["TM. TỈNH ỦY", { on: "TM." }],
    ["BÍ THƯ", { role: "BÍ THƯ" }],
    ["PHÓ BÍ THƯ THƯỜNG TRỰC", {}],
    ["CHÁNH VĂN PHÒNG", { role: "CHÁNH VĂN PHÒNG" }],
  ],
  counterexamples: ["Bí thư cấp ủy các cấp", "TỔ CHỨC THỰC HIỆN", "Thái Thanh Quý"],
});

/** "Nơi nhận:" opens the recipients list that closes a resolution */
export const recipients = rule({
  name: "recipients",
  pattern: `^Nơi nhận\\s*:?`,
  examples: [["Nơi nhận:", {}], ["Nơi nhận :", {}]],
  counterexamples: ["nhận thức rõ"],
});
