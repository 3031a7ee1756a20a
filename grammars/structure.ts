/**
 * The numbering and headings of a resolution: Roman-numeral sections, numbered items,
 * lettered items, bullets, the title and the signature block.
 */
import { rule } from "../src/grammar/rule.js";

/** the numerals of top-level sections, in order: a section's numeral says its place */
export const ROMAN_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
// the last first, so that the longer of two numerals one begins is tried first ("XIV" before "XI")
const ROMAN = `(?<numeral>${[...ROMAN_NUMERALS].reverse().join("|")})`;

/** "I. TÌNH HÌNH", "II- QUAN ĐIỂM", "III – NHIỆM VỤ", "IV. Tổ chức thực hiện" (after markup is gone) */
export const romanHeading = rule({
  name: "roman-heading",
  caseSensitive: true,
  pattern: `^${ROMAN}\\s*(?:[.\\-:)/]{1,2}\\s*|\\s+)(?=\\p{Lu})(?<title>.*)$`,
  examples: [
    { text: "I. TÌNH HÌNH VÀ NGUYÊN NHÂN", match: "I. TÌNH HÌNH VÀ NGUYÊN NHÂN", reads: { numeral: "I", title: "TÌNH HÌNH VÀ NGUYÊN NHÂN" } },
    { text: "II- QUAN ĐIỂM VÀ MỤC TIÊU", match: "II- QUAN ĐIỂM VÀ MỤC TIÊU", reads: { numeral: "II", title: "QUAN ĐIỂM VÀ MỤC TIÊU" } },
    { text: "IV. TỔ CHỨC THỰC HIỆN", match: "IV. TỔ CHỨC THỰC HIỆN", reads: { numeral: "IV", title: "TỔ CHỨC THỰC HIỆN" } },
    { text: "III - NHIỆM VỤ, GIẢI PHÁP", match: "III - NHIỆM VỤ, GIẢI PHÁP", reads: { numeral: "III", title: "NHIỆM VỤ, GIẢI PHÁP" } },
    { text: "V. Tổ chức thực hiện", match: "V. Tổ chức thực hiện", reads: { numeral: "V", title: "Tổ chức thực hiện" } },
    { text: "II/ MỤC TIÊU", match: "II/ MỤC TIÊU", reads: { numeral: "II", title: "MỤC TIÊU" } },
    { text: "III.- NHIỆM VỤ", match: "III.- NHIỆM VỤ", reads: { numeral: "III", title: "NHIỆM VỤ" } },
    { text: "XIV. KHÁC", match: "XIV. KHÁC", reads: { numeral: "XIV", title: "KHÁC" } },
  ],
  counterexamples: ["Internet băng rộng", "IPv6 là", "II.", "1. Quan điểm", "Ia. mục", "IV và V là"],
});

/** a numeral alone on its line, its title on the next: "II.", "III -" */
export const bareNumeral = rule({
  name: "bare-numeral",
  caseSensitive: true,
  pattern: `^${ROMAN}\\s*[.\\-:)/]{0,2}$`,
  examples: [
    { text: "II.", match: "II.", reads: { numeral: "II" } },
    { text: "III -", match: "III -", reads: { numeral: "III" } },
    { text: "XIV", match: "XIV", reads: { numeral: "XIV" } },
  ],
  counterexamples: ["II. QUAN ĐIỂM", "IIII.", "2.", "Ix."],
});

/** numbered items: "1.", "2.1.", "2.2.1.", "3.2 " (final dot optional once nested), "1)" */
export const decimalMarker = rule({
  name: "decimal-marker",
  caseSensitive: true,
  // a digit may follow the marker only after a space: "4. 100% xã", never "3.000 lượt"
  pattern: `^(?<marker>(?<numbers>\\d{1,2}(?:\\.\\d{1,2}){0,4})(?:\\.|\\)|[-/](?=\\s)|(?<=\\d\\.\\d{1,2})(?=\\s)))(?:\\s+(?=[\\p{Lu}\\p{N}"“(])|(?=[\\p{Lu}"“(]))`,
  read: (m) => ({ marker: m.groups!.marker, numbers: m.groups!.numbers, depth: m.groups!.numbers.split(".").length }),
  examples: [
    { text: "1. Quan điểm chỉ đạo", match: "1. ", reads: { marker: "1.", numbers: "1", depth: 1 } },
    { text: "2.2.1. Mục tiêu phấn đấu đến năm 2025", match: "2.2.1. ", reads: { marker: "2.2.1.", numbers: "2.2.1", depth: 3 } },
    { text: "3.2 Phát triển kinh tế số", match: "3.2 ", reads: { marker: "3.2", numbers: "3.2", depth: 2 } },
    { text: "1) Các cấp ủy", match: "1) ", reads: { marker: "1)", depth: 1 } },
    { text: "4. 100% xã", match: "4. ", reads: { marker: "4.", depth: 1 } },
    { text: "1- Các cấp ủy đảng", match: "1- ", reads: { marker: "1-", depth: 1 } },
    { text: "2/ Văn phòng Tỉnh ủy", match: "2/ ", reads: { marker: "2/", depth: 1 } },
    { text: "3.“Chuyển đổi số”", match: "3.", reads: { marker: "3.", depth: 1 } },
  ],
  counterexamples: ["2025, định hướng", "18/5/2022 về", "100% thủ tục", "3.000 lượt", "4G/5G", "2. là", "9,6% trở lên", "25 - 30 tỉnh", "2021-2025"],
});

/** lettered items: "a)", "b,", "c." followed by a capital */
export const letterMarker = rule({
  name: "letter-marker",
  caseSensitive: true,
  pattern: `^(?<marker>(?<letter>[a-zđ])(?:\\s?[).,]|[-/](?=\\s)))\\s*(?=\\p{Lu})`,
  examples: [
    { text: "a) Xây dựng chính quyền điện tử", match: "a) ", reads: { marker: "a)", letter: "a" } },
    { text: "b, Về kinh tế số:", match: "b, ", reads: { marker: "b,", letter: "b" } },
    { text: "đ) Lĩnh vực y tế", match: "đ) ", reads: { marker: "đ)", letter: "đ" } },
    { text: "a- Về chính quyền số", match: "a- ", reads: { marker: "a-", letter: "a" } },
    { text: "b/ Về kinh tế số", match: "b/ ", reads: { marker: "b/", letter: "b" } },
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
    { text: "- Về chính quyền số", match: "- ", reads: { marker: "-" } },
    { text: "+ 100% cơ quan đảng", match: "+ ", reads: { marker: "+" } },
    { text: "• Trên 80% dân số", match: "• ", reads: { marker: "•" } },
  ],
  counterexamples: ["- xã hội trong tỉnh", "-----", "+5%", "100% - 2025"],
});

/** How long a heading is: a numbered line that says more is an item's text, not the heading of what follows it */
export const HEADING_MAX_WORDS = 15;
/** the characters of a line in which its words are counted against HEADING_MAX_WORDS: a heading fits in them */
export const HEADING_REACH = 400;
/** a Roman numeral opens a section when its title is in capitals or this short; longer, it is a sentence */
export const SECTION_TITLE_MAX_WORDS = 12;
/** an unnumbered line heads what follows with its year ("Mục tiêu đến năm 2030") when it ends on ":" or is this short */
export const YEAR_HEADING_MAX_WORDS = 8;
/** a heading's year passes to what is below it when the heading ends on ":" or is this short; longer, it is a target's sentence */
export const YEAR_TITLE_MAX_WORDS = 20;

/** the resolution's own title line */
export const documentTitle = rule({
  name: "document-title",
  pattern: `^(?:NGHỊ QUYẾT|CHƯƠNG TRÌNH HÀNH ĐỘNG|KẾ HOẠCH|ĐỀ ÁN)(?:\\s|$)`,
  caseSensitive: true,
  examples: [
    { text: "NGHỊ QUYẾT", match: "NGHỊ QUYẾT" },
    { text: "NGHỊ QUYẾT CỦA BAN CHẤP HÀNH", match: "NGHỊ QUYẾT " },
    { text: "KẾ HOẠCH", match: "KẾ HOẠCH" },
  ],
  counterexamples: ["Nghị quyết này phổ biến đến chi bộ", "NGHỊ QUYẾTS"],
});

/** the signature block: "T/M BAN THƯỜNG VỤ", "TM. TỈNH ỦY", "K/T BÍ THƯ", "BÍ THƯ", "PHÓ BÍ THƯ" */
export const signatureRole = rule({
  name: "signature-role",
  caseSensitive: true,
  pattern: `^(?:(?<on>T\\/M|TM\\.?|K\\/T|KT\\.?|T\\/L|TL\\.?|Q\\.)\\s*\\S|(?<role>(?:PHÓ\\s+)?BÍ THƯ|(?:PHÓ\\s+)?CHỦ TỊCH|CHÁNH VĂN PHÒNG|TRƯỞNG BAN)(?:\\s+\\p{Lu}+)*\\s*$)`,
  examples: [
    // the mark of one who signs on behalf ends the match with the first letter after it
    { text: "T/M BAN THƯỜNG VỤ", match: "T/M B", reads: { on: "T/M" } },
    { text: "TM. TỈNH ỦY", match: "TM. T", reads: { on: "TM." } },
    { text: "BÍ THƯ", match: "BÍ THƯ", reads: { role: "BÍ THƯ" } },
    { text: "PHÓ BÍ THƯ THƯỜNG TRỰC", match: "PHÓ BÍ THƯ THƯỜNG TRỰC", reads: { role: "PHÓ BÍ THƯ" } },
    { text: "CHÁNH VĂN PHÒNG", match: "CHÁNH VĂN PHÒNG", reads: { role: "CHÁNH VĂN PHÒNG" } },
  ],
  counterexamples: ["Bí thư cấp ủy các cấp", "TỔ CHỨC THỰC HIỆN", "Thái Thanh Quý"],
});

/** "Nơi nhận:" opens the recipients list that closes a resolution */
export const recipients = rule({
  name: "recipients",
  pattern: `^Nơi nhận\\s*:?`,
  examples: [
    { text: "Nơi nhận:", match: "Nơi nhận:" },
    { text: "Nơi nhận :", match: "Nơi nhận :" },
    { text: "Nơi nhận: - Ban Bí thư,", match: "Nơi nhận:" },
  ],
  counterexamples: ["nhận thức rõ"],
});
