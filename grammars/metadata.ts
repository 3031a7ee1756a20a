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
];

/** "Số: 22-NQ/TU", "Số 09-NQ/TU" */
export const documentNumber = rule({
  name: "document-number",
  // "Số" opens the header's number line; "số" in running text cites other documents
  caseSensitive: true,
  // party style "22-NQ/TU"; state style "12/2021/NQ-HĐND"
  pattern: `(?:^|(?<=\\s{2}))Số\\s*(?::\\s*)?(?<number>\\d{1,4}\\s*-\\s*NQ\\s*\\/\\s*[A-ZĐ]{1,6}(?:\\s*-\\s*[A-ZĐ]{1,6})?|\\d{1,4}\\s*\\/\\s*\\d{4}\\s*\\/\\s*NQ\\s*-\\s*[A-ZĐ]{1,6})`,
  examples: [
    { text: "Số: 22-NQ/TU", match: "Số: 22-NQ/TU", reads: { number: "22-NQ/TU" } },
    { text: "Số 09 - NQ/TU", match: "Số 09 - NQ/TU", reads: { number: "09 - NQ/TU" } },
    { text: "Số 12-NQ/HĐND", match: "Số 12-NQ/HĐND", reads: { number: "12-NQ/HĐND" } },
    { text: "Số: 12/2021/NQ-HĐND", match: "Số: 12/2021/NQ-HĐND", reads: { number: "12/2021/NQ-HĐND" } },
    { text: "TỈNH ỦY QUẢNG NGÃI  Số 05-NQ/TU", match: "Số 05-NQ/TU", reads: { number: "05-NQ/TU" } },
  ],
  counterexamples: ["Số 35 -BS/ĐUK", "Nghị quyết số 52-NQ/TW ngày", "số liệu"],
});

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
  pattern: `^(?!(?:PHÓ\\s+)?(?:BÍ THƯ|CHỦ TỊCH|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|GIÁM ĐỐC)(?:\\s|$))(?<name>\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,5}|\\p{Lu}+(?:\\s+\\p{Lu}+){1,5})$`,
  caseSensitive: true,
  examples: [
    { text: "Bùi Thị Quỳnh Vân", match: "Bùi Thị Quỳnh Vân", reads: { name: "Bùi Thị Quỳnh Vân" } },
    { text: "ĐỖ TRỌNG HƯNG", match: "ĐỖ TRỌNG HƯNG", reads: { name: "ĐỖ TRỌNG HƯNG" } },
  ],
  counterexamples: ["BÍ THƯ", "T/M BAN THƯỜNG VỤ", "Nơi nhận:", "Lưu Văn phòng Tỉnh ủy."],
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
