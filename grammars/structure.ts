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
  // what follows opens an item as a bullet's does: a capital, a figure ("a) 100% cơ quan"), a quote
  pattern: `^(?<marker>(?<letter>[a-zđ])(?:\\s?[).,]|[-/](?=\\s)))\\s*(?=[\\p{Lu}\\p{N}"“(])`,
  examples: [
    { text: "a) Xây dựng chính quyền điện tử", match: "a) ", reads: { marker: "a)", letter: "a" } },
    { text: "a) 100% các cơ quan nhà nước", match: "a) ", reads: { marker: "a)", letter: "a" } },
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
  pattern: `^(?:NGHỊ QUYẾT|CHƯƠNG TRÌNH HÀNH ĐỘNG|KẾ HOẠCH|ĐỀ ÁN|QUYẾT ĐỊNH)(?:\\s|$)`,
  caseSensitive: true,
  examples: [
    { text: "NGHỊ QUYẾT", match: "NGHỊ QUYẾT" },
    { text: "NGHỊ QUYẾT CỦA BAN CHẤP HÀNH", match: "NGHỊ QUYẾT " },
    { text: "KẾ HOẠCH", match: "KẾ HOẠCH" },
    { text: "QUYẾT ĐỊNH", match: "QUYẾT ĐỊNH" },
  ],
  counterexamples: ["Nghị quyết này phổ biến đến chi bộ", "NGHỊ QUYẾTS", "Quyết định này có hiệu lực"],
});

/** the signature block: "T/M BAN THƯỜNG VỤ", "TM. TỈNH ỦY", "K/T BÍ THƯ", "BÍ THƯ", "PHÓ BÍ THƯ" */
export const signatureRole = rule({
  name: "signature-role",
  caseSensitive: true,
  pattern: `^(?:(?<on>T\\/M|TM\\.?|K\\/T|KT\\.?|T\\/L|TL\\.?|Q\\.)\\s*\\S|(?<role>(?:PHÓ\\s+|TỔNG\\s+)?BÍ THƯ|(?:PHÓ\\s+)?CHỦ TỊCH|(?:PHÓ\\s+)?THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN)(?:\\s+\\p{Lu}+)*\\s*$)`,
  examples: [
    // the mark of one who signs on behalf ends the match with the first letter after it
    { text: "T/M BAN THƯỜNG VỤ", match: "T/M B", reads: { on: "T/M" } },
    { text: "TM. TỈNH ỦY", match: "TM. T", reads: { on: "TM." } },
    { text: "BÍ THƯ", match: "BÍ THƯ", reads: { role: "BÍ THƯ" } },
    { text: "PHÓ BÍ THƯ THƯỜNG TRỰC", match: "PHÓ BÍ THƯ THƯỜNG TRỰC", reads: { role: "PHÓ BÍ THƯ" } },
    { text: "CHÁNH VĂN PHÒNG", match: "CHÁNH VĂN PHÒNG", reads: { role: "CHÁNH VĂN PHÒNG" } },
    { text: "TỔNG BÍ THƯ", match: "TỔNG BÍ THƯ", reads: { role: "TỔNG BÍ THƯ" } },
    { text: "THỦ TƯỚNG", match: "THỦ TƯỚNG", reads: { role: "THỦ TƯỚNG" } },
    { text: "PHÓ CHỦ TỊCH", match: "PHÓ CHỦ TỊCH", reads: { role: "PHÓ CHỦ TỊCH" } },
    { text: "KT. CHỦ TỊCH", match: "KT. C", reads: { on: "KT." } },
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

/** which kind of section may hold which: a smaller rank holds a larger one (Phần I holds I., an attachment holds Phần) */
export const LABEL_RANK = { attachment: 0, appendix: 0, part: 1, chapter: 2, section: 3, article: 4, roman: 5 } as const;
/** how a section of each label is named in targets' and items' paths ("Điều 1", "Phần III"); a Roman section by its numeral alone */
export const LABEL_NAME = { attachment: "", appendix: "Phụ lục", part: "Phần", chapter: "Chương", section: "Mục", article: "Điều", roman: "" } as const;

/**
 * Headings of the other families, besides Roman sections: each opens a section with its
 * kind of label. A numeral alone on its line ("PHẦN I") takes its title from the next line.
 */
const PART_NUMERAL = `(?<numeral>[IVXLC]{1,6}|\\d{1,2}|[Tt][Hh][Ứứ]\\s+\\p{L}+(?:\\s+\\p{L}+)?)`;

/** "Phần I. SỰ CẦN THIẾT", "PHẦN II", "Phần thứ nhất: …" */
export const partHeading = rule({
  name: "part-heading",
  caseSensitive: true,
  pattern: `^(?:PHẦN|Phần)\\s+${PART_NUMERAL}\\s*(?:[.:\\-–)]\\s*|$|(?<=\\s)(?=\\p{Lu}))(?<title>.*)$`,
  examples: [
    { text: "Phần I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", match: "Phần I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", reads: { numeral: "I", title: "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN" } },
    { text: "PHẦN II", match: "PHẦN II", reads: { numeral: "II", title: "" } },
    { text: "PHẦN III: QUAN ĐIỂM, MỤC TIÊU", match: "PHẦN III: QUAN ĐIỂM, MỤC TIÊU", reads: { numeral: "III", title: "QUAN ĐIỂM, MỤC TIÊU" } },
    { text: "Phần thứ nhất: ĐÁNH GIÁ THỰC TRẠNG", match: "Phần thứ nhất: ĐÁNH GIÁ THỰC TRẠNG", reads: { numeral: "thứ nhất" } },
  ],
  counterexamples: ["phần mềm nội bộ", "Phần lớn các xã đã có", "Phần mềm quản lý văn bản"],
});

/** "Chương I", "CHƯƠNG II. NHIỆM VỤ" */
export const chapterHeading = rule({
  name: "chapter-heading",
  caseSensitive: true,
  pattern: `^(?:CHƯƠNG|Chương)\\s+(?<numeral>[IVXLC]{1,6}|\\d{1,2})\\s*(?:[.:\\-–)]\\s*|$|(?<=\\s)(?=\\p{Lu}))(?<title>.*)$`,
  examples: [
    { text: "Chương I", match: "Chương I", reads: { numeral: "I", title: "" } },
    { text: "CHƯƠNG II. NHIỆM VỤ, GIẢI PHÁP", match: "CHƯƠNG II. NHIỆM VỤ, GIẢI PHÁP", reads: { numeral: "II", title: "NHIỆM VỤ, GIẢI PHÁP" } },
  ],
  counterexamples: ["Chương trình hành động", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình chuyển đổi số quốc gia"],
});

/** "Mục 1. CHÍNH QUYỀN SỐ": a numbered part of a chapter (not "Mục tiêu") */
export const mucHeading = rule({
  name: "muc-heading",
  caseSensitive: true,
  pattern: `^(?:MỤC|Mục)\\s+(?<numeral>\\d{1,2}|[IVXLC]{1,6})\\s*(?:[.:\\-–)]\\s*|$)(?<title>.*)$`,
  examples: [
    { text: "Mục 1. CHÍNH QUYỀN SỐ", match: "Mục 1. CHÍNH QUYỀN SỐ", reads: { numeral: "1", title: "CHÍNH QUYỀN SỐ" } },
    { text: "MỤC 2", match: "MỤC 2", reads: { numeral: "2", title: "" } },
  ],
  counterexamples: ["Mục tiêu cụ thể", "MỤC TIÊU", "Mục 1 Điều 2 Nghị quyết"],
});

/** "Điều 1. Phê duyệt Đề án …", "Điều 2: Tổ chức thực hiện": an article of a decision or a council's resolution */
export const articleHeading = rule({
  name: "article-heading",
  caseSensitive: true,
  pattern: `^Điều\\s+(?<numeral>\\d{1,3})\\s*[.:]\\s*(?<title>.*)$`,
  examples: [
    { text: "Điều 1. Phê duyệt Đề án chuyển đổi số tỉnh", match: "Điều 1. Phê duyệt Đề án chuyển đổi số tỉnh", reads: { numeral: "1", title: "Phê duyệt Đề án chuyển đổi số tỉnh" } },
    { text: "Điều 2: Tổ chức thực hiện", match: "Điều 2: Tổ chức thực hiện", reads: { numeral: "2", title: "Tổ chức thực hiện" } },
    { text: "Điều 3.", match: "Điều 3.", reads: { numeral: "3", title: "" } },
  ],
  counterexamples: ["Điều 3 Quyết định này", "Điều chỉnh quy hoạch", "- Như Điều 3;", "Điều kiện bảo đảm"],
});

/** "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục số 02: DANH MỤC …": an annex */
export const appendixHeading = rule({
  name: "appendix-heading",
  caseSensitive: true,
  pattern: `^(?:PHỤ LỤC|Phụ lục)(?:\\s+(?:SỐ\\s+|số\\s+)?(?<numeral>[IVXLC]{1,6}|\\d{1,2}))?\\s*(?:[.:\\-–)]\\s*|$|(?<=\\s)(?=\\p{Lu}))(?<title>.*)$`,
  examples: [
    { text: "PHỤ LỤC", match: "PHỤ LỤC", reads: { title: "" } },
    { text: "PHỤ LỤC I", match: "PHỤ LỤC I", reads: { numeral: "I", title: "" } },
    { text: "Phụ lục số 02: DANH MỤC CÁC CHỈ TIÊU", match: "Phụ lục số 02: DANH MỤC CÁC CHỈ TIÊU", reads: { numeral: "02", title: "DANH MỤC CÁC CHỈ TIÊU" } },
  ],
  counterexamples: ["Phụ lục kèm theo", "phụ lục I", "Phụ lục 1 kèm theo Kế hoạch này"],
});

/**
 * The attached document of a decision or resolution opens with its kind in capitals,
 * alone on its line ("ĐỀ ÁN", "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG …", "QUY ĐỊNH"), after
 * the signature of the decision
 */
export const attachmentTitle = rule({
  name: "attachment-title",
  caseSensitive: true,
  pattern: `^(?:ĐỀ ÁN|KẾ HOẠCH|CHƯƠNG TRÌNH|QUY ĐỊNH|QUY CHẾ|DANH MỤC)(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}]*)*\\s*$`,
  examples: [
    { text: "ĐỀ ÁN", match: "ĐỀ ÁN" },
    { text: "CHƯƠNG TRÌNH HÀNH ĐỘNG", match: "CHƯƠNG TRÌNH HÀNH ĐỘNG" },
    { text: "KẾ HOẠCH", match: "KẾ HOẠCH" },
  ],
  counterexamples: ["ĐỀ ÁN chuyển đổi số", "Kế hoạch này", "KẾ HOẠCH số 12"],
});

/** "(Kèm theo Quyết định số 1234/QĐ-UBND ngày …)", "(Ban hành kèm theo Nghị quyết …)": the line that says a text is attached */
export const attachedTo = rule({
  name: "attached-to",
  pattern: `^[(\\[]?\\s*(?:ban hành\\s+)?kèm theo\\s+(?:quyết định|nghị quyết|kế hoạch|công văn|tờ trình)`,
  examples: [
    { text: "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/3/2022)", match: "(Kèm theo Quyết định" },
    { text: "(Ban hành kèm theo Nghị quyết số 03/NQ-CP)", match: "(Ban hành kèm theo Nghị quyết" },
  ],
  counterexamples: ["Điều 1. Ban hành kèm theo Nghị quyết này", "gửi kèm theo Quyết định"],
});
