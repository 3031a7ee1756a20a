// segment: Roman-numeral sections whatever their markup, numbered / lettered / bulleted
// items as a tree with paths, and heading years passed down to what is below them.
import { describe, expect, test } from "vitest";
import { VFile } from "vfile";
import { normalize } from "../../src/stages/normalize/index.js";
import { headingYear, readMarker, segment, type ItemNode, type Segmented } from "../../src/stages/segment/index.js";
import { lineOf, run } from "../support/resolution.js";

const seg = (raw: string, file?: VFile): Segmented => segment(normalize(raw), file);

/** every item of a section as "path kind year first-four-words" lines, depth-first */
function outline(items: ItemNode[]): string[] {
  const out: string[] = [];
  const walk = (list: ItemNode[]) => {
    for (const i of list) {
      out.push(`${i.path} ${i.kind} ${i.year ?? "-"} ${i.title.split(/\s+/).slice(0, 4).join(" ")}`);
      walk(i.children);
    }
  };
  walk(items);
  return out;
}

const TITLE = "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030\n\n";

describe("sections", () => {
  test.each([
    ["I. / II.", "I. TÌNH HÌNH VÀ NGUYÊN NHÂN", "II. QUAN ĐIỂM, MỤC TIÊU"],
    ["I- / II-", "I- TÌNH HÌNH VÀ NGUYÊN NHÂN", "II- QUAN ĐIỂM, MỤC TIÊU"],
    ["I – / II –", "I – TÌNH HÌNH VÀ NGUYÊN NHÂN", "II – QUAN ĐIỂM, MỤC TIÊU"],
    ["**I- …**", "**I- TÌNH HÌNH VÀ NGUYÊN NHÂN**", "**II- QUAN ĐIỂM, MỤC TIÊU**"],
    ["## **II. …**", "### **I. TÌNH HÌNH VÀ NGUYÊN NHÂN**", "## **II. QUAN ĐIỂM, MỤC TIÊU**"],
  ])("headings written %s give numeral, title, role and the numeral's raw line", (_name, one, two) => {
    const raw = `${TITLE}${one}\n\nNội dung.\n\n${two}\n\n1. Quan điểm\n`;
    const doc = run(raw);
    expect(doc.sections.map((s) => [s.numeral, s.title, s.role, s.position.start.line])).toEqual([
      ["I", "TÌNH HÌNH VÀ NGUYÊN NHÂN", "situation", 4],
      ["II", "QUAN ĐIỂM, MỤC TIÊU", "objectives", 8],
    ]);
    // the position spans the numeral as written in the raw file
    for (const s of doc.sections) expect(raw.slice(s.position.start.offset, s.position.end.offset)).toBe(s.numeral);
  });

  test("titles keep their capitals and lose trailing colons and spaces", () => {
    const doc = seg(`${TITLE}I. TÌNH HÌNH:\n\nx.\n\nII. Mục tiêu  \n\nIII. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM\n\nIV. Tổ chức thực hiện\n`);
    expect(doc.sections.map((s) => [s.numeral, s.title, s.role])).toEqual([
      ["I", "TÌNH HÌNH", "situation"],
      ["II", "Mục tiêu", "objectives"],
      ["III", "NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM", "tasks"],
      ["IV", "Tổ chức thực hiện", "implementation"],
    ]);
  });

  test("a wrapped heading in capitals is one section title", () => {
    const doc = seg(`${TITLE}I. TÌNH HÌNH\n\nx.\n\nII. QUAN ĐIỂM CHỈ ĐẠO,\n\nMỤC TIÊU\n\n1. Quan điểm\n`);
    expect(doc.sections[1]).toMatchObject({ numeral: "II", title: "QUAN ĐIỂM CHỈ ĐẠO, MỤC TIÊU", role: "objectives" });
  });

  test("a skipped numeral in capitals is still a section, with a warning", () => {
    const file = new VFile({ value: "" });
    const doc = seg(`${TITLE}I. TÌNH HÌNH\n\nx.\n\nIII. NHIỆM VỤ VÀ GIẢI PHÁP\n\ny.\n`, file);
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "III"]);
    expect(file.messages.map((m) => m.ruleId)).toContain("section-numbering");
  });

  test("not sections: out-of-order numerals in text, Roman numerals in words, anything after 'Nơi nhận'", () => {
    const doc = seg(
      `${TITLE}I. TÌNH HÌNH\n\nIV và V là hai khóa.\n\nInternet băng rộng.\n\nI. Một dòng lặp lại\n\nII. MỤC TIÊU\n\nx.\n\nNơi nhận:\n- Đảng ủy, Bộ Tư lệnh Quân khu IV,\n\nIII. PHỤ LỤC\n`,
    );
    expect(doc.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
    expect(doc.paragraphs.filter((p) => p.part === "closing").map((p) => p.text)).toContain("III. PHỤ LỤC");
  });

  test("the preamble, body and closing parts", () => {
    const doc = seg(`${TITLE}I. TÌNH HÌNH\n\nx.\n\nNơi nhận:\n- Lưu VP.\n\nT/M TỈNH ỦY\nBÍ THƯ\n\nChâu Văn Lâm`);
    expect(doc.paragraphs.map((p) => [p.text, p.part])).toEqual([
      ["NGHỊ QUYẾT", "preamble"],
      ["về chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030", "preamble"],
      ["x.", "body"],
      ["Nơi nhận:", "closing"],
      ["- Lưu VP.", "closing"],
      ["T/M TỈNH ỦY", "closing"],
      ["BÍ THƯ", "closing"],
      ["Châu Văn Lâm", "closing"],
    ]);
  });
});

describe("item markers", () => {
  test.each([
    ["1. Quan điểm", "1.", "decimal", 1],
    ["2.1. Mục tiêu chung", "2.1.", "decimal", 2],
    ["2.2.1. Mục tiêu phấn đấu đến năm 2025", "2.2.1.", "decimal", 3],
    ["3.2 Phát triển kinh tế số", "3.2", "decimal", 2],
    ["1) Các cấp ủy", "1)", "decimal", 1],
    ["4. 100% xã có cáp quang", "4.", "decimal", 1],
    ["a) Xây dựng chính quyền điện tử", "a)", "letter", 10],
    ["b, Về kinh tế số:", "b,", "letter", 10],
    ["đ) Lĩnh vực y tế", "đ)", "letter", 10],
    ["- Về chính quyền số", "-", "dash", 100],
    ["+ 100% cơ quan đảng", "+", "plus", 100],
    ["• Trên 80% dân số", "•", "bullet", 100],
  ])("%j opens an item %j (%s)", (content, marker, kind, rank) => {
    expect(readMarker(content)).toMatchObject({ marker, kind, rank });
  });

  test.each([["- xã hội trong tỉnh"], ["100% thủ tục"], ["3.000 lượt doanh nghiệp"], ["2025, định hướng"], ["a) xã hội"], ["18/5/2022 về"]])(
    "%j opens no item",
    (content) => {
      expect(readMarker(content)).toBeNull();
    },
  );
});

describe("item tree", () => {
  test("decimal, lettered and bulleted items nest; paths follow the numbering", () => {
    const raw = [
      TITLE + "I- TÌNH HÌNH",
      "Nội dung.",
      "II- QUAN ĐIỂM, MỤC TIÊU",
      "1. Quan điểm",
      "1.1. Chuyển đổi số là nhiệm vụ chiến lược.",
      "2. Mục tiêu",
      "2.1. Mục tiêu chung",
      "Đổi mới căn bản công tác lãnh đạo.",
      "2.2. Mục tiêu cụ thể",
      "2.2.1. Mục tiêu phấn đấu đến năm 2025",
      "a) Xây dựng chính quyền số",
      "- 100% thủ tục hành chính được cung cấp trực tuyến.",
      "- 90% hồ sơ công việc tại cấp tỉnh.",
      "b, Phát triển kinh tế số",
      "- Kinh tế số chiếm 20% GRDP.",
      "2.2.2. Mục tiêu phấn đấu đến năm 2030",
      "- 100% hồ sơ thủ tục hành chính được xử lý trực tuyến.",
      "III- NHIỆM VỤ VÀ GIẢI PHÁP",
      "1. Nhiệm vụ chung",
    ].join("\n\n");
    const doc = seg(raw);
    expect(outline(doc.sections[1].items)).toEqual([
      "II.1 decimal - Quan điểm",
      "II.1.1 decimal - Chuyển đổi số là",
      "II.2 decimal - Mục tiêu",
      "II.2.1 decimal - Mục tiêu chung",
      "II.2.2 decimal - Mục tiêu cụ thể",
      "II.2.2.1 decimal 2025 Mục tiêu phấn đấu",
      "II.2.2.1.a letter 2025 Xây dựng chính quyền",
      "II.2.2.1.a-1 dash 2025 100% thủ tục hành",
      "II.2.2.1.a-2 dash 2025 90% hồ sơ công",
      "II.2.2.1.b letter 2025 Phát triển kinh tế",
      "II.2.2.1.b-1 dash 2025 Kinh tế số chiếm",
      "II.2.2.2 decimal 2030 Mục tiêu phấn đấu",
      "II.2.2.2-1 dash 2030 100% hồ sơ thủ",
    ]);
    expect(outline(doc.sections[2].items)).toEqual(["III.1 decimal - Nhiệm vụ chung"]);
    // a paragraph without a marker belongs to the item above it
    const free = doc.paragraphs.find((p) => p.text.startsWith("Đổi mới"))!;
    expect(free.item?.path).toBe("II.2.1");
    expect(free.section?.numeral).toBe("II");
  });

  test("'- Về chính quyền số' with '+' children; the next '-' closes them", () => {
    const raw = [
      TITLE + "I. TÌNH HÌNH",
      "x.",
      "II. MỤC TIÊU",
      "2.2. Mục tiêu cụ thể đến năm 2025",
      "- Về chính quyền số",
      "+ 100% cơ quan đảng kết nối mạng truyền số liệu chuyên dùng.",
      "+ 90% hồ sơ công việc tại cấp tỉnh.",
      "- Về kinh tế số",
      "+ Kinh tế số chiếm khoảng 20% GRDP.",
      "• Trên 50% doanh nghiệp.",
    ].join("\n\n");
    expect(outline(seg(raw).sections[1].items)).toEqual([
      "II.2.2 decimal 2025 Mục tiêu cụ thể",
      "II.2.2-1 dash 2025 Về chính quyền số",
      "II.2.2-1+1 plus 2025 100% cơ quan đảng",
      "II.2.2-1+2 plus 2025 90% hồ sơ công",
      "II.2.2-2 dash 2025 Về kinh tế số",
      "II.2.2-2+1 plus 2025 Kinh tế số chiếm",
      "II.2.2-2+1•1 bullet 2025 Trên 50% doanh nghiệp.",
    ]);
  });

  test("markdown headings around items: '#### **- Về chính quyền số**' then '+' items", () => {
    const raw = [
      TITLE + "**I- ĐÁNH GIÁ TÌNH HÌNH**",
      "Nội dung.",
      "**II- QUAN ĐIỂM VÀ MỤC TIÊU**",
      "## **2. Mục tiêu**",
      "### **2.2. Mục tiêu cụ thể đến năm 2025**",
      "#### **- Về chính quyền số**",
      "+ 100% cơ quan đảng kết nối mạng truyền số liệu chuyên dùng.",
      "#### **- Về kinh tế số**",
      "+ Kinh tế số chiếm khoảng 20% GRDP.",
    ].join("\n\n");
    expect(outline(seg(raw).sections[1].items)).toEqual([
      "II.2 decimal - Mục tiêu",
      "II.2.2 decimal 2025 Mục tiêu cụ thể",
      "II.2.2-1 dash 2025 Về chính quyền số",
      "II.2.2-1+1 plus 2025 100% cơ quan đảng",
      "II.2.2-2 dash 2025 Về kinh tế số",
      "II.2.2-2+1 plus 2025 Kinh tế số chiếm",
    ]);
  });

  test("item positions point at the raw lines", () => {
    const raw = resolutionWithItems();
    const doc = run(raw);
    const objectives = doc.sections.find((s) => s.numeral === "II")!;
    const first = objectives.children[0];
    expect(first).toMatchObject({ marker: "2.2.", kind: "decimal", path: "II.2.2", year: 2025 });
    expect(first.position.start.line).toBe(lineOf(raw, "2.2. Mục tiêu"));
    expect(first.children[0].position.start.line).toBe(lineOf(raw, "a, Về"));
    expect(first.children[0].children[0].position.start.line).toBe(lineOf(raw, "- 100% hệ thống"));
  });
});

function resolutionWithItems(): string {
  return [
    TITLE + "I. TÌNH HÌNH",
    "x.",
    "II. MỤC TIÊU",
    "## **2.2. Mục tiêu cụ thể đến năm 2025:**",
    "a, Về chính quyền số:",
    "- 100% hệ thống thông tin được kết nối.\n- 50% hoạt động kiểm tra được thực hiện qua môi trường mạng.",
  ].join("\n\n");
}

describe("heading years", () => {
  test.each([
    ["Mục tiêu cụ thể đến năm 2025", 2025],
    ["Mục tiêu cụ thể đến năm 2025:", 2025],
    ["Mục tiêu phấn đấu đến năm 2030", 2030],
    ["Giai đoạn 2026 - 2030", 2030],
    ["Mục tiêu năm 2025", 2025],
    ["Mục tiêu tổng quát", null],
    ["Mục tiêu đến năm 2025, định hướng đến năm 2030", null],
  ])("%j sets %s", (title, year) => {
    expect(headingYear(title)).toBe(year);
  });

  test("a long sentence is not a heading, even with one year in it", () => {
    const long =
      "Thực hiện chuyển đổi số toàn diện trên tất cả các lĩnh vực, nâng cao hiệu lực, hiệu quả công tác lãnh đạo, chỉ đạo, điều hành của các cơ quan đến năm 2025";
    expect(headingYear(long)).toBeNull();
  });

  test("a year passes down to every descendant until a sibling heading sets another", () => {
    const raw = [
      TITLE + "I. TÌNH HÌNH",
      "x.",
      "II. MỤC TIÊU",
      "3. Mục tiêu cơ bản đến năm 2025",
      "3.1. Về chuyển đổi số trong hoạt động của các cơ quan",
      "- 100% thủ tục hành chính được cung cấp trực tuyến.",
      "4. Mục tiêu cơ bản đến năm 2030",
      "4.1. Phát triển kinh tế số",
      "- Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP.",
      "5. Nhiệm vụ khác",
      "- Không có năm.",
    ].join("\n\n");
    expect(outline(seg(raw).sections[1].items).map((l) => l.split(" ").slice(0, 3).join(" "))).toEqual([
      "II.3 decimal 2025",
      "II.3.1 decimal 2025",
      "II.3.1-1 dash 2025",
      "II.4 decimal 2030",
      "II.4.1 decimal 2030",
      "II.4.1-1 dash 2030",
      "II.5 decimal -",
      "II.5-1 dash -",
    ]);
  });

  test("the objectives heading year reaches the targets below it", () => {
    const doc = run(resolutionWithItems());
    expect(doc.targets.map((t) => [t.literal, t.year, t.yearSource, t.item])).toEqual([
      ["100%", 2025, "heading", "II.2.2.a-1"],
      ["50%", 2025, "heading", "II.2.2.a-2"],
    ]);
  });
});

describe("sections of every family", () => {
  const shape = (s: Segmented) => s.sections.map((x) => `${"  ".repeat(x.depth)}${x.label} ${x.numeral} ${x.role} ${x.title}`.trimEnd());

  test("a Đề án's parts hold Roman sections numbered from I again, without a numbering warning", () => {
    const file = new VFile();
    const s = seg(
      [
        "ĐỀ ÁN",
        "Chuyển đổi số tỉnh Bình Phước",
        "",
        "Phần I",
        "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN",
        "I. SỰ CẦN THIẾT",
        "Chuyển đổi số là xu thế tất yếu.",
        "Phần II. QUAN ĐIỂM, MỤC TIÊU",
        "I. QUAN ĐIỂM",
        "1. Người dân là trung tâm.",
        "II. MỤC TIÊU",
        "1. Mục tiêu cụ thể đến năm 2025",
        "- 100% xã có cáp quang.",
        "PHẦN III: TỔ CHỨC THỰC HIỆN",
        "1. Sở Thông tin và Truyền thông chủ trì.",
      ].join("\n"),
      file,
    );
    expect(shape(s)).toEqual([
      "part I situation SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN",
      "  roman I situation SỰ CẦN THIẾT",
      "part II objectives QUAN ĐIỂM, MỤC TIÊU",
      "  roman I other QUAN ĐIỂM",
      "  roman II objectives MỤC TIÊU",
      "part III implementation TỔ CHỨC THỰC HIỆN",
    ]);
    expect(file.messages.map((m) => m.ruleId)).toEqual([]);
    expect(outline(s.sections[4].items)).toEqual(["II.1 decimal 2025 Mục tiêu cụ thể", "II.1-1 dash 2025 100% xã có cáp"]);
  });

  test("articles, chapters and their numbered parts; an annex; the attached document after a decision's signature", () => {
    const s = seg(
      [
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt Kế hoạch chuyển đổi số",
        "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt Kế hoạch chuyển đổi số (có Kế hoạch kèm theo).",
        "Điều 2. Tổ chức thực hiện",
        "1. Sở Thông tin và Truyền thông chủ trì.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:",
        "- Như Điều 3;",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn An",
        "KẾ HOẠCH",
        "CHUYỂN ĐỔI SỐ TỈNH NĂM 2024",
        "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024)",
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Mục 1. CHÍNH QUYỀN SỐ",
        "1. Mục tiêu năm 2024",
        "- 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.",
        "PHỤ LỤC I",
        "DANH MỤC CÁC CHỈ TIÊU",
      ].join("\n"),
    );
    expect(shape(s)).toEqual([
      "article 1 other Phê duyệt Kế hoạch chuyển đổi số (có Kế hoạch kèm theo)",
      "article 2 implementation Tổ chức thực hiện",
      "article 3 implementation Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này",
      "attachment  other KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH NĂM 2024",
      "  chapter I other QUY ĐỊNH CHUNG",
      "    section 1 other CHÍNH QUYỀN SỐ",
      // an annex that lists targets is read as objectives
      "appendix I objectives DANH MỤC CÁC CHỈ TIÊU",
    ]);
    expect(s.sections.map((x) => x.key)).toEqual(["Điều 1", "Điều 2", "Điều 3", "", "Chương I", "Mục 1", "Phụ lục I"]);
    expect(outline(s.sections[5].items)).toEqual(["Mục 1.1 decimal 2024 Mục tiêu năm 2024", "Mục 1.1-1 dash 2024 100% hồ sơ công"]);
    // the recipients and the signature are not read as sections or items
    expect(s.paragraphs.filter((p) => p.part === "closing").map((p) => p.text)).toEqual(["Nơi nhận:", "- Như Điều 3;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]);
  });
});
