// Metadata: issuer, number, date of issue (not the certified copy's), signer, horizon
// years and the province, whatever the tone placement of its name.
import { describe, expect, test } from "vitest";
import { resolveProvince } from "../../src/stages/extract/metadata.js";
import { resolution, run } from "../support/resolution.js";

const HEADER = (province: string, number = "Số: 22-NQ/TU", date = `${province}, ngày 10 tháng 11 năm 2021`) =>
  [`TỈNH ỦY ${province.toUpperCase()}`, number, date, "", "NGHỊ QUYẾT", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", `về chuyển đổi số tỉnh ${province} đến năm 2025, định hướng đến năm 2030`].join("\n");

const SIGNED = (signer: string) => `Nơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n${signer}`;

const COPY_LINES = [
  "VĂN PHÒNG TỈNH ỦY",
  "*",
  "Số 35 -BS/VPTU",
  "SAO Y BẢN CHÍNH",
  "Thanh Hóa, ngày 20 tháng 12 năm 2021",
  "Nơi nhận:",
  "- Các tổ chức cơ sở đảng,",
  "T/L BAN THƯỜNG VỤ",
  "CHÁNH VĂN PHÒNG",
  "Nguyễn Văn An",
];

describe("the header", () => {
  test("issuer, number, date, signer, horizons, title and province", () => {
    const doc = run(resolution({ head: HEADER("Thanh Hóa"), closing: SIGNED("Đỗ Trọng Hưng") }));
    expect(doc.meta).toEqual({
      issuer: "Ban Thường vụ Tỉnh ủy",
      number: "22-NQ/TU",
      date: "2021-11-10",
      signer: "Đỗ Trọng Hưng",
      horizons: [2025, 2030],
      title: "về chuyển đổi số tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030",
      references: [],
      kind: "party_resolution",
      level: "province",
    });
    expect(doc.province).toEqual({ name: "Thanh Hóa", slug: "thanh-hoa", successor: { name: "Thanh Hóa", slug: "thanh-hoa" } });
  });

  test.each([
    ["CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX", "Ban Thường vụ Tỉnh ủy"],
    ["CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII)", "Ban Chấp hành Đảng bộ tỉnh"],
    ["**CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH**", "Ban Chấp hành Đảng bộ tỉnh"],
    ["CỦA TỈNH ỦY", "Tỉnh ủy"],
  ])("issuer line %j → %j", (line, issuer) => {
    const head = `NGHỊ QUYẾT\n${line}\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025`;
    expect(run(resolution({ head })).meta.issuer).toBe(issuer);
  });

  test.each([
    ["HỘI NGHỊ LẦN THỨ 5 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVI", "T/M TỈNH ỦY", "Ban Chấp hành Đảng bộ tỉnh"],
    ["HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "CHỦ TỊCH", "Hội đồng nhân dân tỉnh"],
    // the letterhead names the committee; the signature block, the body it signs for
    ["TỈNH ỦY NGHỆ AN", "T/M BAN CHẤP HÀNH", "Ban Chấp hành Đảng bộ tỉnh"],
    ["TỈNH ỦY NGHỆ AN", "BÍ THƯ", "Tỉnh ủy"],
  ])("header line %j, signed %j → %j", (line, signedFor, issuer) => {
    const head = `${line}\nNGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025`;
    const closing = `Nơi nhận:\n- Lưu Văn phòng.\n\n${signedFor}\nBÍ THƯ\n\nNguyễn Văn An`;
    expect(run(resolution({ head, closing })).meta.issuer).toBe(issuer);
  });

  test("dates in figures on the date line: 'Lào Cai, ngày 15/9/2021'; state-style numbers '12/2021/NQ-HĐND'", () => {
    const head = "TỈNH ỦY NGHỆ AN\nSố: 12/2021/NQ-HĐND\nVinh, ngày 15/9/2021\nNGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025";
    expect(run(resolution({ head })).meta).toMatchObject({ number: "12/2021/NQ-HĐND", date: "2021-09-15" });
  });

  test("without an issuer line, the issuer comes from 'T/M …' in the signature", () => {
    const head = "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025";
    expect(run(resolution({ head })).meta.issuer).toBe("Ban Thường vụ Tỉnh ủy");
  });

  test("numbers: 'Số: 22-NQ/TU', 'Số 09 - NQ/TU'; a cited 'Nghị quyết số 52-NQ/TW' is not the number", () => {
    expect(run(resolution({ head: HEADER("Nghệ An", "Số 09 - NQ/TU") })).meta.number).toBe("09-NQ/TU");
    const cited = run(
      resolution({
        head: "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025",
        situation: "Thực hiện Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị.",
      }),
    );
    expect(cited.meta.number).toBeNull();
    expect(cited.meta.date).toBeNull();
  });

  test("horizons: the years of the title, one or two", () => {
    expect(run(resolution({ head: "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025" })).meta.horizons).toEqual([2025]);
    expect(run(resolution()).meta.horizons).toEqual([2025, 2030]);
  });

  test("a title wrapped over two lines is read whole", () => {
    const head = "**NGHỊ QUYẾT**  \n**CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH**  \n**về chuyển đổi số tỉnh Nghệ An đến năm 2025,**  \n**định hướng đến năm 2030**";
    const doc = run(resolution({ head }));
    expect(doc.meta.title).toBe("về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030");
    expect(doc.meta.horizons).toEqual([2025, 2030]);
    expect(doc.province?.name).toBe("Nghệ An");
  });
});

describe("province", () => {
  test.each([
    ["Thanh Hoá", "Thanh Hóa", "thanh-hoa", "Thanh Hóa", "thanh-hoa"],
    ["Thanh Hóa", "Thanh Hóa", "thanh-hoa", "Thanh Hóa", "thanh-hoa"],
    ["Khánh Hoà", "Khánh Hòa", "khanh-hoa", "Khánh Hòa", "khanh-hoa"],
    ["Hoà Bình", "Hòa Bình", "hoa-binh", "Phú Thọ", "phu-tho"],
    ["Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "ba-ria-vung-tau", "Hồ Chí Minh", "ho-chi-minh"],
    ["Đắc Lắc", "Đắk Lắk", "dak-lak", "Đắk Lắk", "dak-lak"],
  ])("title naming %j → %j", (written, name, slug, today, todaySlug) => {
    const doc = run(resolution({ head: `NGHỊ QUYẾT\nvề chuyển đổi số tỉnh ${written} đến năm 2025, định hướng đến năm 2030` }));
    expect(doc.province).toEqual({ name, slug, successor: { name: today, slug: todaySlug } });
  });

  test("the title in capitals", () => {
    const doc = run(resolution({ head: "NGHỊ QUYẾT\nVỀ CHUYỂN ĐỔI SỐ TỈNH THANH HOÁ ĐẾN NĂM 2025" }));
    expect(doc.province).toEqual({ name: "Thanh Hóa", slug: "thanh-hoa", successor: { name: "Thanh Hóa", slug: "thanh-hoa" } });
  });

  test("resolveProvince: the longest known prefix, any tone placement or case", () => {
    expect(resolveProvince("Quảng Ngãi đến năm 2025")).toBe("Quảng Ngãi");
    expect(resolveProvince("Thanh Hoá")).toBe("Thanh Hóa");
    expect(resolveProvince("KHÁNH HOÀ")).toBe("Khánh Hòa");
    expect(resolveProvince("Thừa Thiên Huế giai đoạn")).toBe("Thừa Thiên Huế");
    expect(resolveProvince("Bà Rịa-Vũng Tàu")).toBe("Bà Rịa - Vũng Tàu");
    expect(resolveProvince("Atlantis")).toBeNull();
  });

  test("an unknown name is kept as written, with a warning at its place", () => {
    const raw = resolution({ head: "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Atlantis đến năm 2025" });
    const doc = run(raw);
    expect(doc.province).toEqual({ name: "Atlantis", slug: "atlantis", successor: null });
    const warning = doc.messages.find((m) => m.ruleId === "province-unknown");
    expect(warning?.place?.start.line).toBe(2);
  });

  test("no title: the province the text names most often", () => {
    const doc = run(
      resolution({
        head: "NGHỊ QUYẾT",
        situation: "Tỉnh Nghệ An giáp tỉnh Thanh Hóa. Nhân dân tỉnh Nghệ An đồng lòng; tỉnh Nghệ An phát triển.",
      }),
    );
    expect(doc.province).toEqual({ name: "Nghệ An", slug: "nghe-an", successor: { name: "Nghệ An", slug: "nghe-an" } });
  });
});

describe("signer", () => {
  test("the name after the signature role; a name in capitals comes out in title case", () => {
    expect(run(resolution({ closing: SIGNED("Bùi Thị Quỳnh Vân") })).meta.signer).toBe("Bùi Thị Quỳnh Vân");
    expect(run(resolution({ closing: SIGNED("ĐỖ TRỌNG HƯNG") })).meta.signer).toBe("Đỗ Trọng Hưng");
  });

  test("a name in markup, on the last line without a line end", () => {
    const raw = resolution({ head: HEADER("Thanh Hóa"), closing: "Nơi nhận:\n- Lưu.\n\n**T/M BAN THƯỜNG VỤ  \nBÍ THƯ**\n\n\n\n**Đỗ Trọng Hưng**" }).trimEnd();
    expect(run(raw).meta.signer).toBe("Đỗ Trọng Hưng");
  });

  test("no name after the role: null", () => {
    expect(run(resolution({ closing: "Nơi nhận:\n- Lưu.\n\nT/M TỈNH ỦY\nBÍ THƯ\n" })).meta.signer).toBeNull();
  });
});

describe("certified copies", () => {
  test("at the end: the date, number and signer are the resolution's, not the copy's", () => {
    const raw = resolution({ head: HEADER("Thanh Hóa"), closing: [SIGNED("Đỗ Trọng Hưng"), "", ...COPY_LINES].join("\n") });
    const doc = run(raw);
    expect(doc.meta).toMatchObject({ date: "2021-11-10", number: "22-NQ/TU", signer: "Đỗ Trọng Hưng", issuer: "Ban Thường vụ Tỉnh ủy" });
    expect(doc.messages.map((m) => m.ruleId)).toContain("normalize-certified-copy");
  });

  test("at the end, with no date of issue in the resolution: the copy's date is not taken", () => {
    const raw = resolution({ closing: [SIGNED("Bùi Thị Quỳnh Vân"), "", ...COPY_LINES].join("\n") });
    expect(run(raw).meta).toMatchObject({ date: null, number: null, signer: "Bùi Thị Quỳnh Vân" });
  });

  test("at the start, above the title: the copy's date, number and signer are not taken", () => {
    const raw = resolution({ head: [...COPY_LINES, "", "NGHỊ QUYẾT", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về chuyển đổi số tỉnh Thanh Hóa đến năm 2025"].join("\n") });
    expect(run(raw).meta).toMatchObject({ date: null, number: null, signer: "Bùi Thị Quỳnh Vân", issuer: "Ban Thường vụ Tỉnh ủy" });
  });

  test("at the start, above the resolution's own header: that header's number and date are kept", () => {
    const raw = resolution({ head: [...COPY_LINES, "", HEADER("Thanh Hóa")].join("\n") });
    expect(run(raw).meta).toMatchObject({ date: "2021-11-10", number: "22-NQ/TU" });
  });

  test("at the end, after a signer written in capitals: the signer is kept", () => {
    const raw = resolution({ closing: [SIGNED("ĐỖ TRỌNG HƯNG"), "", ...COPY_LINES].join("\n") });
    expect(run(raw).meta.signer).toBe("Đỗ Trọng Hưng");
  });
});

/** a document of another family: its letterhead, number, type line, title, a body, its signature */
const FAMILY = (letterhead: string, number: string, type: string, title: string, signature: string) =>
  [
    letterhead,
    "-------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    number,
    "Hà Nội, ngày 09 tháng 01 năm 2025",
    "",
    type,
    title,
    "",
    "I. MỤC TIÊU",
    "",
    "1. Mục tiêu cụ thể đến năm 2030",
    "",
    "- Kinh tế số chiếm 30% GRDP; cơ sở dữ liệu của tỉnh Bắc Ninh được kết nối.",
    "",
    "II. TỔ CHỨC THỰC HIỆN",
    "",
    "1. Sở Thông tin và Truyền thông chủ trì triển khai.",
    "",
    signature,
  ].join("\n");

describe("the kind and level of a document", () => {
  test.each([
    ["ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", "Số: 46/KH-UBND", "KẾ HOẠCH", "Chuyển đổi số tỉnh Hà Giang năm 2025", "plan", "province", "Hà Giang", "Ủy ban nhân dân tỉnh"],
    ["ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", "Số: 12/CTr-UBND", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chuyển đổi số tỉnh Hà Giang đến năm 2030", "programme", "province", "Hà Giang", "Ủy ban nhân dân tỉnh"],
    ["ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", "Số: 1250/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc phê duyệt Đề án chuyển đổi số tỉnh Hà Giang", "decision", "province", "Hà Giang", "Ủy ban nhân dân tỉnh"],
    ["HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG", "Số: 09/2021/NQ-HĐND", "NGHỊ QUYẾT", "Về chuyển đổi số tỉnh Hà Giang đến năm 2030", "council_resolution", "province", "Hà Giang", "Hội đồng nhân dân tỉnh"],
    ["TỈNH ỦY HÀ GIANG", "Số: 11-NQ/TU", "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY", "về chuyển đổi số tỉnh Hà Giang đến năm 2030", "party_resolution", "province", "Hà Giang", "Ban Thường vụ Tỉnh ủy"],
    ["CHÍNH PHỦ", "Số: 03/NQ-CP", "NGHỊ QUYẾT", "Ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024", "government_resolution", "national", null, "Chính phủ"],
    ["THỦ TƯỚNG CHÍNH PHỦ", "Số: 749/QĐ-TTg", "QUYẾT ĐỊNH", "Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030", "decision", "national", null, "Thủ tướng Chính phủ"],
    ["BAN CHẤP HÀNH TRUNG ƯƠNG", "Số 57-NQ/TW", "NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ", "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", "party_resolution", "national", null, "Bộ Chính trị"],
  ])("%s %s: %s", (letterhead, number, type, title, kind, level, province, issuer) => {
    const doc = run(FAMILY(letterhead, number, type, title, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Gia Long"));
    expect({ kind: doc.meta.kind, level: doc.meta.level, issuer: doc.meta.issuer }).toEqual({ kind, level, issuer });
    expect(doc.province?.name ?? null).toBe(province);
    expect(doc.meta.signer).toBe("Hoàng Gia Long");
  });

  test("a national title's cited date is no horizon: the objectives' headings give them", () => {
    const doc = run(FAMILY("CHÍNH PHỦ", "Số: 03/NQ-CP", "NGHỊ QUYẾT", "Ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị", "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Minh Chính"));
    expect(doc.meta.horizons).toEqual([2030]);
    expect(doc.meta.signer).toBe("Phạm Minh Chính");
    expect(doc.meta.title).toMatch(/^Ban hành Chương trình hành động/);
  });

  test("a copy without its header names itself in its headline", () => {
    const doc = run(
      [
        "Toàn văn Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "",
        "Ngày 22/12/2024, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
        "",
        "I- MỤC TIÊU",
        "",
        "Mục tiêu đến năm 2030:",
        "",
        "- Quy mô kinh tế số đạt tối thiểu 30% GDP; khu công nghệ cao tại tỉnh Bắc Ninh phát huy hiệu quả.",
        "",
        "T/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\n\nTô Lâm",
      ].join("\n"),
    );
    expect(doc.meta).toMatchObject({ kind: "party_resolution", level: "national", number: "57-NQ/TW", date: "2024-12-22", issuer: "Bộ Chính trị", signer: "Tô Lâm", horizons: [2030] });
    expect(doc.meta.title).toBe("về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia");
    expect(doc.province).toBeNull();
  });

  test("a plan that opens by citing a national resolution is still the province's", () => {
    const doc = run(
      [
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Lào Cai giai đoạn 2026 - 2030",
        "",
        "I. MỤC TIÊU",
        "",
        "- Đến năm 2030, kinh tế số chiếm 25% GRDP của tỉnh Lào Cai.",
      ].join("\n"),
    );
    expect({ level: doc.meta.level, number: doc.meta.number, issuer: doc.meta.issuer }).toEqual({ level: "province", number: null, issuer: null });
    expect(doc.province?.name).toBe("Lào Cai");
  });
});
