/** What pages, footnotes and copy stamps add to a text that is not the text itself. */
import { rule } from "../src/grammar/rule.js";
import { documentTitle, romanHeading, signatureRole } from "./structure.js";

/** a page number on a line of its own: "4", "- 4 -", "Trang 4", "4/12" */
const pageNumber = rule({
  name: "page-number",
  pattern: `^(?:-\\s*)?(?:Trang\\s+)?\\d{1,3}(?:\\s*\\/\\s*\\d{1,3})?(?:\\s*-)?$`,
  examples: [
    { text: "4", match: "4" },
    { text: "- 12 -", match: "- 12 -" },
    { text: "Trang 3", match: "Trang 3" },
    { text: "3/12", match: "3/12" },
  ],
  counterexamples: ["4. Chuyển đổi số", "100%", "2025", "4 lớp"],
});

/** a footnote separator: a line of dashes or underscores */
const separator = rule({
  name: "footnote-separator",
  pattern: `^(?:-{3,}|_{3,}|—{2,})$`,
  examples: [
    { text: "---", match: "---" },
    { text: "________", match: "________" },
    { text: "——", match: "——" },
  ],
  counterexamples: ["- xã hội", "--"],
});

/** a footnote body opens with its number: "1 Bao gồm …", "(1) Bao gồm", "¹ Bao gồm" */
const footnoteMark = rule({
  name: "footnote-mark",
  caseSensitive: true,
  pattern: `^(?:\\(?\\d{1,2}\\)|\\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\\s+(?=\\p{Lu})`,
  examples: [
    { text: "1 Bao gồm: Lực lượng tại chỗ", match: "1 " },
    { text: "(2) Theo Quyết định", match: "(2) " },
    { text: "¹ Theo", match: "¹ " },
  ],
  counterexamples: ["1. Các cấp ủy", "100% hồ sơ", "2025 Tỉnh"],
});

const superscriptFootnote = rule({
  name: "superscript-footnote",
  caseSensitive: true,
  pattern: `^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\\s*(?=\\p{Lu})`,
  examples: [
    { text: "¹ Bao gồm: Lực lượng tại chỗ", match: "¹ " },
    { text: "²Theo Quyết định", match: "²" },
  ],
  counterexamples: ["1 Bao gồm", "Bao gồm¹"],
});

/** the stamp of a certified copy */
const certifiedCopy = rule({
  name: "certified-copy",
  caseSensitive: true,
  pattern: `^(?:SAO Y(?:\\s+BẢN CHÍNH)?|SAO LỤC|TRÍCH SAO|BẢN SAO)\\s*$`,
  examples: [
    { text: "SAO Y BẢN CHÍNH", match: "SAO Y BẢN CHÍNH" },
    { text: "SAO LỤC", match: "SAO LỤC" },
    { text: "SAO Y", match: "SAO Y" },
  ],
  counterexamples: ["Sao y bản chính là", "SAO Y BẢN CHÍNH CỦA ĐIỀU"],
});

/** header lines a copying body adds above its stamp: "Số 35 -BS/ĐUK", "*" */
const copyHeaderLine = rule({
  name: "copy-header-line",
  pattern: `^(?:Số\\s*(?::\\s*)?\\d+\\s*(?:-\\s*)?[A-ZĐ]+\\/[A-ZĐ\\-]+|[*\\-–]{1,5})$`,
  examples: [
    { text: "Số 35 -BS/ĐUK", match: "Số 35 -BS/ĐUK" },
    { text: "*", match: "*" },
    { text: "Số: 12-BS/TU", match: "Số: 12-BS/TU" },
  ],
  counterexamples: ["Số liệu thống kê", "Số 35 là"],
});

/** where a resolution's own header starts, below a copy stamp put at the top */
const resolutionHeader = rule({
  name: "resolution-header",
  caseSensitive: true,
  pattern: `^(?:ĐẢNG CỘNG SẢN VIỆT NAM|(?:TỈNH|THÀNH) ỦY\\s|BAN (?:CHẤP HÀNH|THƯỜNG VỤ)\\s|HỘI ĐỒNG NHÂN DÂN\\s|Số\\s*(?::\\s*)?\\d+\\s*-\\s*NQ\\/)`,
  examples: [
    { text: "ĐẢNG CỘNG SẢN VIỆT NAM", match: "ĐẢNG CỘNG SẢN VIỆT NAM" },
    { text: "TỈNH ỦY QUẢNG NINH", match: "TỈNH ỦY " },
    { text: "Số: 09-NQ/TU", match: "Số: 09-NQ/" },
  ],
  counterexamples: ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Số 35 -BS/ĐUK", "SAO Y BẢN CHÍNH"],
});

/** an item's marker and a space ("1. ", "2.1) ", "a) ", "- "): a footnote body wrapped over lines stops before one */
const itemLine = rule({
  name: "item-line",
  caseSensitive: true,
  pattern: `^(?:\\d{1,2}(?:\\.\\d{1,2})*[.)/]|[a-zđ][).,/]|[-+•])\\s`,
  examples: [
    { text: "2. Ban Tuyên giáo Tỉnh ủy", match: "2. " },
    { text: "2.1) Mục tiêu", match: "2.1) " },
    { text: "b, Về kinh tế số", match: "b, " },
    { text: "• Trên 80% dân số", match: "• " },
  ],
  counterexamples: ["1 Bao gồm", "100% hồ sơ", "A) Một", "-5%"],
});

/** a copying body's header stands right above its stamp: this many lines at most */
export const COPY_HEADER_LINES = 12;

export const furniture = {
  itemLine,
  resolutionHeader,
  pageNumber,
  separator,
  footnoteMark,
  superscriptFootnote,
  certifiedCopy,
  copyHeaderLine,
  signatureRole,
  documentTitle,
  romanHeading,
};
