// normalize: characters → markup → furniture → reflow, each change recorded in the map
// back to the decoded raw text. Every case checks the text that comes out and that a
// span of it still slices the right characters out of the raw input.
import { describe, expect, test } from "vitest";
import { VFile } from "vfile";
import { normalize } from "../../src/stages/normalize/index.js";
import { cleanCharacters } from "../../src/stages/normalize/characters.js";
import { looksLikeMarkdown, stripMarkup, stripPlainly } from "../../src/stages/normalize/markup.js";
import { removeFurniture } from "../../src/stages/normalize/furniture.js";
import { continues, midSentenceCapitals, reflow } from "../../src/stages/normalize/reflow.js";
import { toSource } from "../../src/text/mapped-text.js";

/** the raw text behind the `nth` occurrence of `needle` in the normalized text */
function back(raw: string, needle: string, nth = 0): string {
  const n = normalize(raw);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = n.text.indexOf(needle, at + 1);
  expect(at, `${JSON.stringify(needle)} not in ${JSON.stringify(n.text)}`).toBeGreaterThanOrEqual(0);
  return raw.slice(...toSource(n, at, at + needle.length));
}

const text = (raw: string) => normalize(raw).text;

describe("characters", () => {
  test("NFD letters are composed (NFC) and map back to the whole decomposed cluster", () => {
    const raw = "Tie\u0302\u0301ng Vie\u0323\u0302t đạt 90%.";
    expect(text(raw)).toBe("Tiếng Việt đạt 90%.");
    expect(back(raw, "ế")).toBe("e\u0302\u0301");
    expect(back(raw, "Việt")).toBe("Vie\u0323\u0302t");
    expect(back(raw, "90%")).toBe("90%");
  });

  test("a zero-width character inside a combining sequence goes too", () => {
    expect(cleanCharacters("to\u0302\u200B\u0301i").mapped.text).toBe("tối");
  });

  test("NBSP and other odd spaces become plain spaces that map to themselves", () => {
    const raw = "đạt\u00A090%\u2002hồ\u202Fsơ";
    expect(text(raw)).toBe("đạt 90% hồ sơ");
    expect(back(raw, "đạt 90%")).toBe("đạt\u00A090%");
    expect(back(raw, "hồ sơ")).toBe("hồ\u202Fsơ");
  });

  test("zero-width characters, BOM-in-text and soft hyphens are removed; spans around them still map", () => {
    const raw = "Trên 9\u200B0% hồ sơ chuy\u00ADển đổi\uFEFF số";
    expect(text(raw)).toBe("Trên 90% hồ sơ chuyển đổi số");
    expect(back(raw, "90%")).toBe("9\u200B0%");
    expect(back(raw, "chuyển")).toBe("chuy\u00ADển");
    const counts = cleanCharacters(raw).counts;
    expect(counts).toMatchObject({ invisible: 3, softHyphens: 1 });
  });

  test("typographic dashes become '-'", () => {
    expect(text("giai đoạn 2021 – 2025, chính trị — xã hội")).toBe("giai đoạn 2021 - 2025, chính trị - xã hội");
  });

  test.each([
    ["CRLF", "\r\n"],
    ["CR", "\r"],
    ["LF", "\n"],
  ])("%s line ends become LF and the map points at the right raw offsets", (_name, eol) => {
    const raw = ["I. TÌNH HÌNH", "", "Nội dung.", "", "II. MỤC TIÊU", "", "- Trên 90% hồ sơ."].join(eol);
    expect(text(raw)).toBe("I. TÌNH HÌNH\nNội dung.\nII. MỤC TIÊU\n- Trên 90% hồ sơ.");
    const n = normalize(raw);
    const at = n.text.indexOf("90%");
    const [s, e] = toSource(n, at, at + 3);
    expect(raw.slice(s, e)).toBe("90%");
    expect(s).toBe(raw.indexOf("90%"));
  });

  test("the character counts are reported on the file", () => {
    const file = new VFile({ value: "" });
    normalize("Vie\u0323\u0302t\u200B Nam", file);
    expect(file.messages.map((m) => m.ruleId).sort()).toEqual(["normalize-invisible", "normalize-nfc"]);
  });
});

describe("markup", () => {
  test("plain text is not parsed as markdown", () => {
    expect(looksLikeMarkdown("- 100% thôn\n1. Quan điểm\nI. TÌNH HÌNH")).toBe(false);
    expect(stripMarkup("- 100% thôn").mapped).toBeNull();
    expect(looksLikeMarkdown("**I- ĐÁNH GIÁ**")).toBe(true);
    expect(looksLikeMarkdown("### 1. Quan điểm")).toBe(true);
  });

  test("bold markers go, the number maps back inside them", () => {
    const raw = "**Trên 90%** hồ sơ công việc tại cấp tỉnh";
    expect(text(raw)).toBe("Trên 90% hồ sơ công việc tại cấp tỉnh");
    expect(back(raw, "90%")).toBe("90%");
    expect(back(raw, "Trên 90% hồ")).toBe("Trên 90%** hồ");
  });

  test("ATX headings lose '#' and bold, keep the numeral at its raw offset", () => {
    const raw = "## **II. QUAN ĐIỂM, MỤC TIÊU**\n\n#### **- Về chính quyền số**\n\n### 2.2. Mục tiêu cụ thể đến năm 2025";
    expect(text(raw)).toBe("II. QUAN ĐIỂM, MỤC TIÊU\n- Về chính quyền số\n2.2. Mục tiêu cụ thể đến năm 2025");
    const n = normalize(raw);
    expect(toSource(n, 0, 2)).toEqual([5, 7]);
    expect(back(raw, "- Về")).toBe("- Về");
    expect(back(raw, "2025")).toBe("2025");
  });

  test("italic date line and backslash escapes", () => {
    expect(text("*Thanh Hóa, ngày 10 tháng 11 năm 2021*\n\n**NGHỊ QUYẾT**")).toBe("Thanh Hóa, ngày 10 tháng 11 năm 2021\nNGHỊ QUYẾT");
    const raw = "**NGHỊ QUYẾT**\n\n\\*\n\nSố 35 -BS/ĐUK";
    expect(text(raw)).toBe("NGHỊ QUYẾT\n*\nSố 35 -BS/ĐUK");
    expect(back(raw, "*")).toBe("*");
  });

  test("a <sup> footnote reference is dropped from the sentence", () => {
    const raw = "- Bảo đảm an toàn thông tin theo mô hình “4 lớp”<sup>1</sup> thống nhất.";
    expect(text(raw)).toBe("- Bảo đảm an toàn thông tin theo mô hình “4 lớp” thống nhất.");
    expect(back(raw, "thống nhất")).toBe("thống nhất");
  });

  test("a paragraph opening with a <sup> mark is a footnote body and goes whole", () => {
    const raw = [
      "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh",
      "",
      "---",
      "",
      "<sup>1</sup> Bao gồm: Lực lượng tại chỗ; tổ chức giám sát 24/7, 100% thời gian.",
      "",
      " ",
      "xem xét, ban hành các cơ chế, chính sách.",
    ].join("\n");
    const out = text(raw);
    expect(out).not.toContain("Bao gồm");
    expect(out).not.toContain("100%");
    // the item goes on across the footnote, as on the printed page
    expect(out).toBe("2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem xét, ban hành các cơ chế, chính sách.");
    const file = new VFile({ value: raw });
    normalize(raw, file);
    expect(file.messages.map((m) => m.ruleId)).toContain("normalize-footnote");
  });

  test("a footnote body run on into the next lines (no blank line) ends with its sentence", () => {
    const raw = [
      "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh",
      "---",
      "<sup>1</sup> Bao gồm: Lực lượng tại chỗ; giám sát 100% thời gian.",
      "xem xét, ban hành các cơ chế, chính sách.",
      "3. Ban cán sự đảng **Ủy ban nhân dân tỉnh** lãnh đạo.",
    ].join("\n");
    const out = text(raw);
    expect(out).not.toContain("Bao gồm");
    expect(out).toContain("xem xét, ban hành các cơ chế, chính sách.");
    expect(out).toContain("3. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo.");
    expect(back(raw, "Ủy ban nhân dân tỉnh lãnh đạo")).toBe("Ủy ban nhân dân tỉnh** lãnh đạo");
  });

  test("a block too dense with markup to parse loses its markup without a parse, with a warning at its line", () => {
    const dense = "- Đạt **" + "1".repeat(3) + "%** số xã; " + "**a** \\* ".repeat(600);
    const raw = "**NGHỊ QUYẾT**\n\nI. MỤC TIÊU\n\n" + dense + "\n\nII. TỔ CHỨC THỰC HIỆN";
    const file = new VFile({ value: raw });
    const n = normalize(raw, file);
    const lines = n.text.split("\n");
    expect(lines[0]).toBe("NGHỊ QUYẾT");
    expect(lines[2].startsWith("- Đạt 111% số xã; a * a * a *")).toBe(true);
    expect(n.text).not.toContain("**");
    expect(back(raw, "111%")).toBe("111%");
    const warned = file.messages.filter((m) => m.ruleId === "markup-unparsed");
    expect(warned.map((m) => [m.line, m.column, m.fatal])).toEqual([[5, 1, false]]);
  });

  test("stripPlainly drops what remark would, in one pass", () => {
    const raw = "## **I. MỤC TIÊU**\n* Đạt __80%__ số hộ<sup>2</sup>, \\*ghi chú\\*\n> <b>trích</b>";
    const edits = stripPlainly(raw, 0, raw.length);
    let out = "";
    let at = 0;
    for (const e of edits) {
      out += raw.slice(at, e.start) + e.text;
      at = e.end;
    }
    out += raw.slice(at);
    expect(out).toBe("I. MỤC TIÊU\n* Đạt 80% số hộ, *ghi chú*\ntrích");
  });
});

describe("furniture", () => {
  test("page numbers on lines of their own go: '4', '- 12 -', 'Trang 3', '3/12'", () => {
    for (const page of ["4", " 4 ", "- 12 -", "Trang 3", "3/12"]) {
      const raw = `thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý\n\n${page}\n\ntheo quy định.`;
      expect(text(raw)).toBe("thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý theo quy định.");
    }
  });

  test("numbers that are text stay: '2025', '100%', '4. Chuyển đổi số'", () => {
    const raw = "Mục tiêu\n\n100%\n\n2025\n\n4. Chuyển đổi số";
    const { mapped, report } = removeFurniture(raw);
    expect(report.pageNumbers).toBe(0);
    expect(mapped.text).toBe(raw);
  });

  test("lines are blanked, not removed: line structure survives for the reflow", () => {
    const { mapped } = removeFurniture("a\n4\nb");
    expect(mapped.text).toBe("a\n\nb");
  });

  test("a plain-text footnote after a separator goes with its number", () => {
    const raw = "- Hoàn chỉnh quy chế theo mô hình 4 lớp.\n\n---\n\n1 Bao gồm: Lực lượng tại chỗ, 100% thời gian.\n\n- Tiếp tục hoàn thiện.";
    expect(text(raw)).toBe("- Hoàn chỉnh quy chế theo mô hình 4 lớp.\n- Tiếp tục hoàn thiện.");
  });

  test("a superscript footnote body goes wherever it is", () => {
    expect(text("Nội dung chính.\n\n¹ Theo Quyết định số 749/QĐ-TTg.\n\nTiếp theo.")).toBe("Nội dung chính.\nTiếp theo.");
  });

  const SIGNED = ["Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy.", "", "T/M TỈNH ỦY", "BÍ THƯ", "", "Thái Thanh Quý", ""];
  const COPY = [
    "ĐẢNG BỘ TỈNH NGHỆ AN",
    "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
    "*",
    "Số 35 -BS/ĐUK",
    "SAO Y BẢN CHÍNH",
    "Nghệ An, ngày 10 tháng 8 năm 2022",
    "Nơi nhận:",
    "- Các tổ chức cơ sở đảng,",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Nguyễn Thanh Hà",
  ];

  test("a certified-copy block at the end goes, from the copying body's header to the end", () => {
    const raw = ["IV. TỔ CHỨC THỰC HIỆN", "", "1. Ban Tuyên giáo Tỉnh ủy hướng dẫn.", "", ...SIGNED, ...COPY].join("\n");
    const { report } = removeFurniture(raw);
    expect(report.certifiedCopies).toEqual([{ startLine: 13, endLine: 23 }]);
    const out = text(raw);
    expect(out).toContain("Thái Thanh Quý");
    for (const gone of ["SAO Y", "ĐẢNG ỦY KHỐI", "ngày 10 tháng 8", "Nguyễn Thanh Hà", "35 -BS"]) expect(out).not.toContain(gone);
  });

  test("every certified-copy block goes, and none takes the title above its stamp", () => {
    const raw = [...COPY, "", "NGHỊ QUYẾT", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "về chuyển đổi số tỉnh Nghệ An", "", "IV. TỔ CHỨC THỰC HIỆN", "", "1. Ban Tuyên giáo Tỉnh ủy hướng dẫn.", "", ...SIGNED, ...COPY].join("\n");
    const { report } = removeFurniture(raw);
    expect(report.certifiedCopies).toEqual([
      { startLine: 1, endLine: 12 },
      { startLine: 29, endLine: 39 },
    ]);
    const out = text(raw);
    expect(out).toContain("NGHỊ QUYẾT");
    expect(out).toContain("Thái Thanh Quý");
    for (const gone of ["SAO Y", "ĐẢNG ỦY KHỐI", "ngày 10 tháng 8", "Nguyễn Thanh Hà", "35 -BS"]) expect(out).not.toContain(gone);
    expect(removeFurniture("SAO Y BẢN CHÍNH\nNGHỊ QUYẾT\nSAO Y BẢN CHÍNH").report.certifiedCopies).toEqual([
      { startLine: 1, endLine: 1 },
      { startLine: 3, endLine: 3 },
    ]);
  });

  test("a certified-copy block at the start goes up to the resolution's title", () => {
    const raw = [...COPY, "", "NGHỊ QUYẾT", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "về chuyển đổi số tỉnh Nghệ An"].join("\n");
    const { report } = removeFurniture(raw);
    expect(report.certifiedCopies).toEqual([{ startLine: 1, endLine: 12 }]);
    expect(text(raw)).toBe("NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nvề chuyển đổi số tỉnh Nghệ An");
  });

  test("a certified-copy block at the start stops before the resolution's own header", () => {
    const raw = [...COPY, "", "TỈNH ỦY NGHỆ AN", "Số: 09-NQ/TU", "Nghệ An, ngày 5 tháng 3 năm 2022", "", "NGHỊ QUYẾT"].join("\n");
    const out = text(raw);
    expect(out).toContain("Số: 09-NQ/TU");
    expect(out).toContain("Nghệ An, ngày 5 tháng 3 năm 2022");
  });

  test("a certified-copy block at the end keeps a signer written in capitals", () => {
    const raw = ["Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy.", "", "T/M TỈNH ỦY", "BÍ THƯ", "", "THÁI THANH QUÝ", "", ...COPY].join("\n");
    expect(text(raw)).toContain("THÁI THANH QUÝ");
  });
});

describe("reflow", () => {
  test("PDF wraps with blank lines between join into one paragraph", () => {
    const raw = [
      "- Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện ",
      "",
      "và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ ",
      "công việc thuộc phạm vi bí mật nhà nước). ",
      "",
      "- 100% chế độ báo cáo định kỳ được kết nối.",
    ].join("\n");
    expect(text(raw)).toBe(
      "- Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).\n- 100% chế độ báo cáo định kỳ được kết nối.",
    );
    // the number on the second raw line still slices out of the raw text
    expect(back(raw, "70%")).toBe("70%");
    expect(back(raw, "huyện và")).toBe("huyện \n\nvà");
  });

  test("'chính trị\\n- xã hội' is a wrapped compound, not a bullet", () => {
    const raw = "- Các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị \n\n- xã hội trong tỉnh ứng dụng dữ liệu số.";
    expect(text(raw)).toBe("- Các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong tỉnh ứng dụng dữ liệu số.");
    expect(text("các tổ chức chính trị\n- xã hội")).toBe("các tổ chức chính trị - xã hội");
  });

  test("a heading stays apart from the body line after it", () => {
    expect(text("1. Quan điểm chỉ đạo \n\nNgười đứng đầu cấp ủy đảng phải nhận thức rõ.")).toBe(
      "1. Quan điểm chỉ đạo\nNgười đứng đầu cấp ủy đảng phải nhận thức rõ.",
    );
    expect(text("3. Mục tiêu cơ bản đến năm 2025 \n\n3.1. Về chuyển đổi số")).toBe("3. Mục tiêu cơ bản đến năm 2025\n3.1. Về chuyển đổi số");
    expect(text("2.1. Mục tiêu chung\n\nĐổi mới căn bản công tác lãnh đạo.")).toBe("2.1. Mục tiêu chung\nĐổi mới căn bản công tác lãnh đạo.");
  });

  test("a wrapped heading in capitals joins; its body does not", () => {
    expect(text("II. QUAN ĐIỂM CHỈ ĐẠO,\n\nMỤC TIÊU\n\n1. Quan điểm")).toBe("II. QUAN ĐIỂM CHỈ ĐẠO, MỤC TIÊU\n1. Quan điểm");
  });

  test("a wrap before a proper noun joins when the text writes the name mid-sentence elsewhere", () => {
    const raw = "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về chuyển đổi số tỉnh \n\nQuảng Ngãi đến năm 2025. Nhân dân tỉnh Quảng Ngãi đồng lòng.";
    expect(midSentenceCapitals(raw).has("Quảng")).toBe(true);
    expect(text(raw)).toBe("Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025. Nhân dân tỉnh Quảng Ngãi đồng lòng.");
  });

  test("a wrap after 'tỉnh' before the province's name joins even when the name occurs once", () => {
    expect(text("Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về chuyển đổi số tỉnh\n\nQuảng Ngãi đến năm 2025.")).toBe(
      "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025.",
    );
  });

  test("a finished sentence ends the paragraph; a connective or comma carries it on", () => {
    const names = new Set<string>();
    expect(continues("Nội dung đã xong.", "Nhân dân tích cực", names)).toBe(false);
    expect(continues("hệ thống chính trị của", "Đảng bộ tỉnh", names)).toBe(true);
    expect(continues("các cơ quan Đảng, Nhà nước,", "Mặt trận Tổ quốc", names)).toBe(true);
    expect(continues("phủ trên 80% hộ gia đình và đạt", "100% cấp xã", names)).toBe(true);
    expect(continues("đạt trên", "- 100% cấp xã", names)).toBe(false);
    expect(continues("kinh tế", "- xã hội", names)).toBe(true);
  });

  test("runs of spaces fold to one; blank lines between paragraphs go", () => {
    expect(reflow("Trên   90%  hồ sơ.\n\n\n\nII. MỤC TIÊU").text).toBe("Trên 90% hồ sơ.\nII. MỤC TIÊU");
  });

  test("the signature block is not joined into the text above it", () => {
    expect(text("Nghị quyết này phổ biến đến chi bộ, đảng viên và Nhân dân.\n\nNơi nhận:\n- Bộ Chính trị (báo cáo),\n\nT/M BAN THƯỜNG VỤ\n\nBÍ THƯ\n\nBùi Thị Quỳnh Vân")).toBe(
      "Nghị quyết này phổ biến đến chi bộ, đảng viên và Nhân dân.\nNơi nhận:\n- Bộ Chính trị (báo cáo),\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nBùi Thị Quỳnh Vân",
    );
  });
});
