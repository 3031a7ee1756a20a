/** The document's own facts: title, issuer, number, date, signer, horizon years. */
import { rule } from "../src/grammar/rule.js";

/** "về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025": the province the resolution is about */
export const titleProvince = rule({
  name: "title-province",
  pattern: `{{WS}}(?:tỉnh|thành phố|TP\\.?)\\s+(?<name>\\p{Lu}[\\p{L}\\p{M}]*(?:(?:\\s+|\\s*-\\s*)\\p{Lu}[\\p{L}\\p{M}]*){0,3})`,
  caseSensitive: true,
  examples: [
    { text: "về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025", match: "tỉnh Quảng Ngãi", reads: { name: "Quảng Ngãi" } },
    { text: "chuyển đổi số tỉnh Bà Rịa - Vũng Tàu giai đoạn", match: "tỉnh Bà Rịa - Vũng Tàu", reads: { name: "Bà Rịa - Vũng Tàu" } },
    { text: "thành phố Hà Nội đến năm 2025", match: "thành phố Hà Nội", reads: { name: "Hà Nội" } },
  ],
  counterexamples: ["tỉnh đến năm 2025", "các tỉnh, thành phố"],
});

/** "CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX": who issued it */
export const issuerLine = rule({
  name: "issuer",
  // the issuer starts and ends on a non-space, so runs of spaces cannot be split many ways (linear time)
  pattern: `^(?:NGHỊ QUYẾT\\s+)?CỦA\\s+(?<issuer>\\S(?:.*?\\S)?)(?:\\s*(?:\\(\\s*)?KHÓA\\s+[IVXLC]+(?:\\s*\\))?.*)?(?:\\s+về\\s.*)?\\s*$`,
  caseSensitive: true,
  examples: [
    { text: "CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX", match: "CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX", reads: { issuer: "BAN THƯỜNG VỤ TỈNH ỦY" } },
    {
      text: "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII) về chuyển đổi số",
      match: "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII) về chuyển đổi số",
      reads: { issuer: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" },
    },
    {
      text: "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH về chuyển đổi số tỉnh Nghệ An",
      match: "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH về chuyển đổi số tỉnh Nghệ An",
      reads: { issuer: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" },
    },
    { text: "NGHỊ QUYẾT CỦA TỈNH ỦY", match: "NGHỊ QUYẾT CỦA TỈNH ỦY", reads: { issuer: "TỈNH ỦY" } },
  ],
  counterexamples: ["của các cấp ủy", "Nghị quyết của Bộ Chính trị"],
});

/** issuers as they are written in running text, matched case-insensitively */
export const issuerNames = [
  "Ban Chấp hành Đảng bộ tỉnh",
  "Ban Chấp hành Đảng bộ thành phố",
  "Ban Thường vụ Tỉnh ủy",
  "Ban Thường vụ Thành ủy",
  "Tỉnh ủy",
  "Thành ủy",
  "Hội đồng nhân dân tỉnh",
  "Hội đồng nhân dân thành phố",
  "Ủy ban nhân dân tỉnh",
  "Ủy ban nhân dân thành phố",
  // national bodies after the provinces' (a prefix "Ban Chấp hành" is the province's)
  "Bộ Chính trị",
  "Ban Bí thư",
  "Ban Chấp hành Trung ương",
  "Thủ tướng Chính phủ",
  "Chính phủ",
  "Ủy ban Thường vụ Quốc hội",
  "Quốc hội",
];

/** the kinds of document a number names: Nghị quyết, Kế hoạch, Chương trình (hành động), Quyết định, Đề án */
const DOCUMENT_TYPE = `(?:NQ|KH|CTr|CTHĐ|QĐ|ĐA)`;
/** a document's number, party style ("22-NQ/TU", "57-NQ/TW", "15-KH/TU") or state style ("12/2021/NQ-HĐND", "03/NQ-CP", "749/QĐ-TTg") */
const NUMBER = `\\d{1,4}\\s*-\\s*${DOCUMENT_TYPE}\\s*\\/\\s*[A-ZĐ]{1,6}(?:\\s*-\\s*[A-ZĐ]{1,6})?|\\d{1,5}\\s*(?:\\/\\s*\\d{4}\\s*)?\\/\\s*${DOCUMENT_TYPE}\\s*-\\s*[A-ZĐ][A-Za-zĐđ]{0,7}\\d{0,2}`;

/** "Số: 22-NQ/TU", "Số 09-NQ/TU", "Số: 156/KH-UBND" */
export const documentNumber = rule({
  name: "document-number",
  // "Số" opens the header's number line; "số" in running text cites other documents
  caseSensitive: true,
  pattern: `(?:^|(?<=\\s{2}))Số\\s*(?::\\s*)?(?<number>${NUMBER})`,
  examples: [
    { text: "Số: 22-NQ/TU", match: "Số: 22-NQ/TU", reads: { number: "22-NQ/TU" } },
    { text: "Số 09 - NQ/TU", match: "Số 09 - NQ/TU", reads: { number: "09 - NQ/TU" } },
    { text: "Số 12-NQ/HĐND", match: "Số 12-NQ/HĐND", reads: { number: "12-NQ/HĐND" } },
    { text: "Số: 12/2021/NQ-HĐND", match: "Số: 12/2021/NQ-HĐND", reads: { number: "12/2021/NQ-HĐND" } },
    { text: "TỈNH ỦY QUẢNG NGÃI  Số 05-NQ/TU", match: "Số 05-NQ/TU", reads: { number: "05-NQ/TU" } },
    { text: "Số: 156/KH-UBND", match: "Số: 156/KH-UBND", reads: { number: "156/KH-UBND" } },
    { text: "Số: 1234/QĐ-UBND", match: "Số: 1234/QĐ-UBND", reads: { number: "1234/QĐ-UBND" } },
    { text: "Số: 03/NQ-CP", match: "Số: 03/NQ-CP", reads: { number: "03/NQ-CP" } },
    { text: "Số: 749/QĐ-TTg", match: "Số: 749/QĐ-TTg", reads: { number: "749/QĐ-TTg" } },
    { text: "Số: 45/CTr-UBND", match: "Số: 45/CTr-UBND", reads: { number: "45/CTr-UBND" } },
    { text: "Số 57-NQ/TW", match: "Số 57-NQ/TW", reads: { number: "57-NQ/TW" } },
  ],
  counterexamples: ["Số 35 -BS/ĐUK", "Nghị quyết số 52-NQ/TW ngày", "số liệu"],
});

/** a document number named in a headline ("Nghị quyết số 57-NQ/TW của Bộ Chính trị về …"): a copy without its header names itself so */
export const headlineNumber = rule({
  name: "headline-number",
  pattern: `(?:Nghị quyết|Kế hoạch|Quyết định|Chương trình hành động|Chương trình|Đề án)\\s+(?:số\\s+)?(?<number>${NUMBER})`,
  examples: [
    { text: "Toàn văn Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá", match: "Nghị quyết số 57-NQ/TW", reads: { number: "57-NQ/TW" } },
    { text: "Nghị quyết 03/NQ-CP của Chính phủ", match: "Nghị quyết 03/NQ-CP", reads: { number: "03/NQ-CP" } },
  ],
  counterexamples: ["Nghị quyết của Bộ Chính trị", "kế hoạch số liệu"],
});

/** what a number says of its document: its type ("NQ") and the issuer's code ("TU", "HĐND", "CP") */
export const numberParts = rule({
  name: "number-parts",
  caseSensitive: true,
  pattern: `^\\d+\\s*(?:-\\s*(?<partyType>${DOCUMENT_TYPE})\\s*\\/\\s*(?<partyBy>[A-ZĐ]{1,6})|(?:\\/\\s*\\d{4}\\s*)?\\/\\s*(?<stateType>${DOCUMENT_TYPE})\\s*-\\s*(?<stateBy>[A-Za-zĐđ]+\\d*))`,
  read: (m) => {
    const g = m.groups!;
    return { party: g.partyType !== undefined, type: g.partyType ?? g.stateType, by: g.partyBy ?? g.stateBy };
  },
  examples: [
    { text: "22-NQ/TU", match: "22-NQ/TU", reads: { party: true, type: "NQ", by: "TU" } },
    { text: "12/2021/NQ-HĐND", match: "12/2021/NQ-HĐND", reads: { party: false, type: "NQ", by: "HĐND" } },
    { text: "03/NQ-CP", match: "03/NQ-CP", reads: { party: false, type: "NQ", by: "CP" } },
    { text: "749/QĐ-TTg", match: "749/QĐ-TTg", reads: { party: false, type: "QĐ", by: "TTg" } },
    { text: "156/KH-UBND", match: "156/KH-UBND", reads: { party: false, type: "KH", by: "UBND" } },
  ],
  counterexamples: ["35-BS/ĐUK", "số 12"],
});

export type DocumentKind = "party_resolution" | "council_resolution" | "government_resolution" | "plan" | "programme" | "decision" | "other";

/** the kind of document each type of number names; a resolution's kind follows its issuer (below) */
export const kindOfType: Record<string, DocumentKind | "resolution"> = {
  NQ: "resolution",
  KH: "plan",
  CTr: "programme",
  CTHĐ: "programme",
  QĐ: "decision",
  ĐA: "other",
};

/** a state-style resolution's kind from its issuer's code: "NQ-HĐND" a council's, "NQ-CP" the Government's; a party-style one ("-NQ/TU") is the party's */
export const resolutionKindOfIssuerCode: Record<string, DocumentKind> = {
  HĐND: "council_resolution",
  CP: "government_resolution",
};

/** the issuers' codes of national bodies in a number: Trung ương, Chính phủ, Thủ tướng, Quốc hội and its Standing Committee */
export const nationalIssuerCode = rule({
  name: "national-issuer-code",
  caseSensitive: true,
  pattern: `^(?:TW|TƯ|CP|TTg|QH\\d*|UBTVQH\\d*|BCT|BBT)$`,
  examples: [
    { text: "TW", match: "TW" },
    { text: "CP", match: "CP" },
    { text: "TTg", match: "TTg" },
    { text: "QH15", match: "QH15" },
  ],
  counterexamples: ["TU", "HĐND", "UBND", "ĐU"],
});

/** the kind of document its header's type line names ("KẾ HOẠCH", "QUYẾT ĐỊNH"), alone on its line or before "CỦA …" */
export const documentTypeLine = rule({
  name: "document-type-line",
  caseSensitive: true,
  pattern: `^(?:(?<resolution>NGHỊ QUYẾT)|(?<plan>KẾ HOẠCH)|(?<programme>CHƯƠNG TRÌNH(?:\\s+HÀNH ĐỘNG)?)|(?<decision>QUYẾT ĐỊNH)|(?<other>ĐỀ ÁN))(?:\\s+CỦA\\s.*)?$`,
  read: (m) => {
    const g = m.groups!;
    return { type: g.resolution ? "resolution" : g.plan ? "plan" : g.programme ? "programme" : g.decision ? "decision" : "other" };
  },
  examples: [
    { text: "KẾ HOẠCH", match: "KẾ HOẠCH", reads: { type: "plan" } },
    { text: "NGHỊ QUYẾT", match: "NGHỊ QUYẾT", reads: { type: "resolution" } },
    { text: "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ", match: "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ", reads: { type: "resolution" } },
    { text: "QUYẾT ĐỊNH", match: "QUYẾT ĐỊNH", reads: { type: "decision" } },
    { text: "CHƯƠNG TRÌNH HÀNH ĐỘNG", match: "CHƯƠNG TRÌNH HÀNH ĐỘNG", reads: { type: "programme" } },
  ],
  counterexamples: ["QUYẾT ĐỊNH:", "Kế hoạch này", "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ 7"],
});

/** the issuers whose resolutions are the party's: a "NGHỊ QUYẾT" of theirs is a party resolution */
export const partyIssuers = new Set(["Ban Chấp hành Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ thành phố", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy", "Tỉnh ủy", "Thành ủy", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"]);
/** the issuers whose resolutions are a council's, or the Government's */
export const councilIssuers = new Set(["Hội đồng nhân dân tỉnh", "Hội đồng nhân dân thành phố"]);
export const governmentIssuers = new Set(["Chính phủ"]);

/** national bodies: a document of theirs belongs to no province */
export const nationalIssuers = new Set(["Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Chính phủ", "Thủ tướng Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội"]);

/** a letterhead line that is a national body ("BAN CHẤP HÀNH TRUNG ƯƠNG", "CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ", "QUỐC HỘI") */
export const nationalLetterhead = rule({
  name: "national-letterhead",
  caseSensitive: true,
  pattern: `^(?:BAN CHẤP HÀNH TRUNG ƯƠNG|BỘ CHÍNH TRỊ|BAN BÍ THƯ|CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ|QUỐC HỘI|ỦY BAN THƯỜNG VỤ QUỐC HỘI)\\s*(?:KHÓA\\s+\\S+)?$`,
  examples: [
    { text: "BAN CHẤP HÀNH TRUNG ƯƠNG", match: "BAN CHẤP HÀNH TRUNG ƯƠNG" },
    { text: "CHÍNH PHỦ", match: "CHÍNH PHỦ" },
    { text: "QUỐC HỘI KHÓA XV", match: "QUỐC HỘI KHÓA XV" },
  ],
  counterexamples: ["CHÍNH PHỦ SỐ", "Chính phủ", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"],
});

/** a body's name a letterhead writes over two lines, its level on the second: "ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" */
export const letterheadBody = rule({
  name: "letterhead-body",
  caseSensitive: true,
  pattern: `^(?:ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)$`,
  examples: [{ text: "ỦY BAN NHÂN DÂN", match: "ỦY BAN NHÂN DÂN" }],
  counterexamples: ["ỦY BAN NHÂN DÂN TỈNH", "Ủy ban nhân dân"],
});

/** "Ngày 22/12/2024, Tổng Bí thư … đã ký ban hành …": the date of issue as a news copy states it */
export const issuedInProse = rule({
  name: "issued-in-prose",
  pattern: `(?:^|{{WS}})[Nn]gày\\s+(?<day>\\d{1,2})\\s*(?:[/.-]\\s*(?<month>\\d{1,2})\\s*[/.-]\\s*|(?<=\\s)tháng\\s+(?<monthWord>\\d{1,2})\\s+năm\\s+)(?<year>\\d{4})\\s*,[^.;]{0,80}?(?:ký ban hành|đã ký|ban hành)`,
  read: (m) => {
    const g = m.groups!;
    const date = isoDate({ day: g.day, month: g.month ?? g.monthWord, year: g.year });
    return date ? { date } : null;
  },
  examples: [
    { text: "Ngày 22/12/2024, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết", match: "Ngày 22/12/2024, Tổng Bí thư Tô Lâm đã ký", reads: { date: "2024-12-22" } },
    { text: "Ngày 9 tháng 1 năm 2025, Chính phủ ban hành", match: "Ngày 9 tháng 1 năm 2025, Chính phủ ban hành", reads: { date: "2025-01-09" } },
  ],
  counterexamples: ["Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị", "ngày 22/12/2024 của Bộ Chính trị về"],
});

/** a date that dates a document cited in a title ("… ngày 22 tháng 12 năm 2024 của Bộ Chính trị"): its year is no horizon */
export const citedDate = rule({
  name: "cited-date",
  pattern: `{{WS}}ngày\\s+\\d{1,2}\\s*(?:tháng\\s+\\d{1,2}\\s+năm\\s+|[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*)\\d{4}`,
  examples: [
    { text: "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị", match: "ngày 22 tháng 12 năm 2024" },
    { text: "Nghị quyết số 57-NQ/TW ngày 22/12/2024", match: "ngày 22/12/2024" },
  ],
  counterexamples: ["đến năm 2030", "hằng ngày"],
});

/** the years of an objectives heading that is a vision ("Tầm nhìn đến năm 2045"), read like a target heading's */
export const visionTitle = rule({
  name: "vision-title",
  pattern: `^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s*)?tầm nhìn`,
  examples: [{ text: "Tầm nhìn đến năm 2045", match: "Tầm nhìn" }],
  counterexamples: ["Mục tiêu đến năm 2030", "có tầm nhìn dài hạn"],
});

/** a headline that names a document and its subject: its title is the subject, from "về" on */
export const headlineSubject = rule({
  name: "headline-subject",
  pattern: `{{WS}}về\\s+\\S`,
  examples: [{ text: "Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển", match: "về đ" }],
  counterexamples: ["vềnh"],
});

/**
 * a line that opens by citing a document ("Thực hiện Nghị quyết số 57-NQ/TW …", "Căn cứ …"):
 * a plan's title or preamble, not a headline that names the document itself
 */
export const citingOpening = rule({
  name: "citing-opening",
  pattern: `^(?:thực hiện|triển khai|căn cứ|theo|xét|về việc thực hiện|ban hành)\\s`,
  examples: [
    { text: "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá", match: "Thực hiện " },
    { text: "Căn cứ Quyết định số 749/QĐ-TTg", match: "Căn cứ " },
  ],
  counterexamples: ["Toàn văn Nghị quyết số 57-NQ/TW của Bộ Chính trị", "Nghị quyết 03/NQ-CP của Chính phủ"],
});

/** a letterhead line ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU") is this long at most */
export const LETTERHEAD_MAX_CHARS = 120;

/** a copy without its header names itself in its first paragraphs (headline, lead): this many */
export const HEADLINE_PARAGRAPHS = 3;

/** "2021-11-10" from the groups day, month and year; null for a day or month out of range */
function isoDate(g: Record<string, string | undefined>): string | null {
  const day = Number(g.day);
  const month = Number(g.month);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return `${g.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "Thanh Hóa, ngày 10 tháng 11 năm 2021" */
export const issueDate = rule({
  name: "issue-date",
  pattern: `(?:{{WS}}(?<place>\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3})\\s*,\\s*|^)[Nn]gày\\s+(?<day>\\d{1,2})\\s+tháng\\s+(?<month>\\d{1,2})\\s+năm\\s+(?<year>\\d{4})`,
  caseSensitive: true,
  read: (m) => {
    const date = isoDate(m.groups!);
    return date ? { place: m.groups!.place ?? null, date } : null;
  },
  examples: [
    { text: "Thanh Hóa, ngày 10 tháng 11 năm 2021", match: "Thanh Hóa, ngày 10 tháng 11 năm 2021", reads: { date: "2021-11-10", place: "Thanh Hóa" } },
    { text: "Quảng Ngãi, ngày 5 tháng 8 năm 2022", match: "Quảng Ngãi, ngày 5 tháng 8 năm 2022", reads: { date: "2022-08-05", place: "Quảng Ngãi" } },
    { text: "ngày 20 tháng 12 năm 2021", match: "ngày 20 tháng 12 năm 2021", reads: { date: "2021-12-20" } },
  ],
  counterexamples: ["ngày 27/9/2019", "Hà Nội, ngày 40 tháng 13 năm 2021", "ban hành ngày 20 tháng 12 năm 2021"],
});

/**
 * "Lào Cai, ngày 15/9/2021": the date line with the date in figures. Only with the place
 * opening a line (or after a wide gap, beside the number): in running text "ngày 27/9/2019"
 * dates a document cited.
 */
export const issueDateNumeric = rule({
  name: "issue-date-numeric",
  pattern: `(?:^|(?<=\\s{2}))(?<place>\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3})\\s*,\\s*[Nn]gày\\s+(?<day>\\d{1,2})\\s*(?<sep>[/.-])\\s*(?<month>\\d{1,2})\\s*\\k<sep>\\s*(?<year>\\d{4})`,
  caseSensitive: true,
  read: (m) => {
    const date = isoDate(m.groups!);
    return date ? { place: m.groups!.place, date } : null;
  },
  examples: [
    { text: "Lào Cai, ngày 15/9/2021", match: "Lào Cai, ngày 15/9/2021", reads: { date: "2021-09-15", place: "Lào Cai" } },
    { text: "Số: 05-NQ/TU          Kon Tum, ngày 03-8-2021", match: "Kon Tum, ngày 03-8-2021", reads: { date: "2021-08-03", place: "Kon Tum" } },
  ],
  counterexamples: ["ngày 27/9/2019", "Nghị quyết số 52-NQ/TW, ngày 27/9/2019", "Hà Nội, ngày 40/13/2021", "Lào Cai, ngày 15/9-2021"],
});

/** a person's name: two to six capitalized words, nothing else */
export const personName = rule({
  name: "person-name",
  pattern: `^(?!(?:PHÓ\\s+|TỔNG\\s+)?(?:BÍ THƯ|CHỦ TỊCH|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|GIÁM ĐỐC)(?:\\s|$))(?<name>\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,5}|\\p{Lu}+(?:\\s+\\p{Lu}+){1,5})$`,
  caseSensitive: true,
  examples: [
    { text: "Bùi Thị Quỳnh Vân", match: "Bùi Thị Quỳnh Vân", reads: { name: "Bùi Thị Quỳnh Vân" } },
    { text: "ĐỖ TRỌNG HƯNG", match: "ĐỖ TRỌNG HƯNG", reads: { name: "ĐỖ TRỌNG HƯNG" } },
  ],
  counterexamples: ["BÍ THƯ", "T/M BAN THƯỜNG VỤ", "Nơi nhận:", "Lưu Văn phòng Tỉnh ủy.", "TỔNG BÍ THƯ", "THỦ TƯỚNG", "PHÓ CHỦ TỊCH"],
});

/** without Roman-numeral sections there is no preamble: the document's head is its first paragraphs, this many */
export const HEAD_PARAGRAPHS = 12;

/** the title line opens with "về": "về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025" */
export const titleOpening = rule({
  name: "title-opening",
  pattern: `^về\\s`,
  examples: [
    { text: "về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025", match: "về " },
    { text: "VỀ CHUYỂN ĐỔI SỐ TỈNH QUẢNG NINH", match: "VỀ " },
  ],
  counterexamples: ["Nghị quyết về chuyển đổi số", "vềnh"],
});

/** a title without "về" names its subject and a year: "CHUYỂN ĐỔI SỐ TỈNH NGHỆ AN ĐẾN NĂM 2025" */
export const titleSubject = rule({
  name: "title-subject",
  pattern: `chuyển đổi số`,
  examples: [{ text: "CHUYỂN ĐỔI SỐ TỈNH NGHỆ AN ĐẾN NĂM 2025", match: "CHUYỂN ĐỔI SỐ" }],
  counterexamples: ["chuyển đổi cơ cấu", "số hóa"],
});
export const titleYear = rule({
  name: "title-year",
  caseSensitive: true,
  pattern: `năm\\s+\\d{4}`,
  examples: [{ text: "chuyển đổi số đến năm 2025, định hướng", match: "năm 2025" }],
  counterexamples: ["hằng năm", "NĂM 2025", "năm 25"],
});

/** what stands before a province's name in a title: "tỉnh", "thành phố", "TP." in any case */
export const provinceLead = rule({
  name: "province-lead",
  pattern: `(?<![\\p{L}])(?:tỉnh|thành phố|tp\\.?)\\s+`,
  examples: [
    { text: "VỀ CHUYỂN ĐỔI SỐ TỈNH QUẢNG NINH", match: "TỈNH " },
    { text: "chuyển đổi số thành phố Hà Nội", match: "thành phố " },
    { text: "TP. Hồ Chí Minh", match: "TP. " },
  ],
  counterexamples: ["liên tỉnh", "cấp tỉnh,"],
});

/** where the title goes on past an unknown province's name: "… đến năm 2025", "… giai đoạn", "… định hướng" */
export const titleTail = rule({
  name: "title-tail",
  caseSensitive: true,
  // from the start of the spaces only: a scan from inside every run of them would be quadratic
  pattern: `(?<!\\s)\\s+(?:đến|giai|định).*$`,
  examples: [
    { text: "Tây Bắc đến năm 2025", match: " đến năm 2025" },
    { text: "Tây Bắc giai đoạn 2021 - 2025", match: " giai đoạn 2021 - 2025" },
  ],
  counterexamples: ["Tây Bắc", "Tây Bắc Đến"],
});

/** the term after an issuer's name: "(KHÓA XX)", "KHÓA XIX, NHIỆM KỲ 2020 - 2025" */
export const termSuffix = rule({
  name: "term-suffix",
  // from the start of the spaces only, as for title-tail
  pattern: `(?<!\\s)\\s*(?:\\(\\s*)?KHÓA\\s+[IVXLC\\d]+(?:\\s*\\))?.*$`,
  examples: [
    { text: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XX)", match: " (KHÓA XX)" },
    { text: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIX, NHIỆM KỲ 2020 - 2025", match: " KHÓA XIX, NHIỆM KỲ 2020 - 2025" },
  ],
  counterexamples: ["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "khóa học"],
});

/** "NGHỊ QUYẾT " before an issuer's name on one line */
export const resolutionPrefix = rule({
  name: "resolution-prefix",
  caseSensitive: true,
  pattern: `^NGHỊ QUYẾT\\s+`,
  examples: [{ text: "NGHỊ QUYẾT HỘI NGHỊ BAN CHẤP HÀNH", match: "NGHỊ QUYẾT " }],
  counterexamples: ["NGHỊ QUYẾT", "Nghị quyết của"],
});

/** the conference that adopted it, before the issuer's name: "HỘI NGHỊ LẦN THỨ 5 BAN CHẤP HÀNH …" */
export const conferencePrefix = rule({
  name: "conference-prefix",
  pattern: `^HỘI NGHỊ(?:\\s+LẦN THỨ\\s+\\S+)?(?:\\s+CỦA)?\\s+`,
  examples: [
    { text: "HỘI NGHỊ LẦN THỨ 5 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", match: "HỘI NGHỊ LẦN THỨ 5 " },
    { text: "HỘI NGHỊ CỦA BAN THƯỜNG VỤ", match: "HỘI NGHỊ CỦA " },
  ],
  counterexamples: ["HỘI ĐỒNG NHÂN DÂN TỈNH", "Hội nghị"],
});

/** the committee itself, as a letterhead names it ("TỈNH ỦY LÀO CAI"): an issuer only when nothing names the body signed for */
export const letterheadIssuers = new Set(["Tỉnh ủy", "Thành ủy"]);

/** "T/M BAN THƯỜNG VỤ": the body the signer signs for */
export const signedFor = rule({
  name: "signed-for",
  caseSensitive: true,
  pattern: `^(?:T\\/M|TM\\.?)\\s+(?<body>.+)$`,
  examples: [
    { text: "T/M BAN THƯỜNG VỤ", match: "T/M BAN THƯỜNG VỤ", reads: { body: "BAN THƯỜNG VỤ" } },
    { text: "TM. BAN CHẤP HÀNH", match: "TM. BAN CHẤP HÀNH", reads: { body: "BAN CHẤP HÀNH" } },
  ],
  counterexamples: ["K/T BÍ THƯ", "T/M", "TMBAN"],
});
