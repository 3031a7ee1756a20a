// Shapes of resolutions the development corpus does not show, but other provinces write.
import { describe, expect, test } from "vitest";
import { run } from "../support/resolution.js";

const doc = (lines: string[]) => run(lines.join("\n") + "\n");
const TITLE = ["NGHỊ QUYẾT", "về chuyển đổi số tỉnh Hà Nam đến năm 2025, định hướng đến năm 2030", ""];

describe("sections and headings", () => {
  test("a numeral on its own line takes the title below it", () => {
    const d = doc([...TITLE, "I.", "", "TÌNH HÌNH", "Nội dung.", "II-", "MỤC TIÊU", "- 100% hồ sơ công việc tại cấp tỉnh."]);
    expect(d.sections.map((s) => [s.numeral, s.title, s.position.start.line])).toEqual([
      ["I", "TÌNH HÌNH", 4],
      ["II", "MỤC TIÊU", 8],
    ]);
  });

  test("a section title that sets a year passes it to its targets", () => {
    const d = doc([...TITLE, "I. MỤC TIÊU ĐẾN NĂM 2025", "- 90% hồ sơ công việc tại cấp tỉnh."]);
    expect(d.targets.map((t) => [t.literal, t.year, t.yearSource])).toEqual([["90%", 2025, "heading"]]);
  });

  test("lettered items that open with a figure are items of the heading above, which gives them its year", () => {
    const d = doc([...TITLE, "II. MỤC TIÊU", "2. Mục tiêu cụ thể đến năm 2025", "a) 100% hồ sơ công việc tại cấp tỉnh.", "b) 80% dịch vụ công trực tuyến mức độ 4.", "c) Tối thiểu 50% số xã đạt tiêu chí xã thông minh."]);
    expect(d.targets.map((t) => [t.literal, t.year, t.position.start.line])).toEqual([
      ["100%", 2025, 6],
      ["80%", 2025, 7],
      ["50%", 2025, 8],
    ]);
  });

  test("unnumbered 'Đến năm …:' lines head the bullets below them", () => {
    const d = doc([
      ...TITLE,
      "I. MỤC TIÊU",
      "1. Mục tiêu cụ thể",
      "Đến năm 2025:",
      "- 90% hồ sơ công việc tại cấp tỉnh.",
      "Đến năm 2030:",
      "- 100% hồ sơ công việc tại cấp tỉnh.",
    ]);
    expect(d.targets.map((t) => [t.literal, t.year])).toEqual([
      ["90%", 2025],
      ["100%", 2030],
    ]);
    expect(d.sections[0].children[0].children.map((i) => [i.kind, i.year, i.children.length])).toEqual([
      ["heading", 2025, 1],
      ["heading", 2030, 1],
    ]);
  });

  test("'1-' and 'a-' number items", () => {
    const d = doc([...TITLE, "I. MỤC TIÊU", "1- Mục tiêu đến năm 2025", "a- Về chính quyền số", "- 80% hồ sơ công việc tại cấp huyện."]);
    const item = d.sections[0].children[0];
    expect([item.marker, item.year, item.children[0].marker, item.children[0].path]).toEqual(["1-", 2025, "a-", "I.1.a"]);
    expect(d.targets.map((t) => [t.item, t.year, t.scope])).toEqual([["I.1.a-1", 2025, "district"]]);
  });

  test("'II/', '1/' and 'b/' number sections and items", () => {
    const d = doc([...TITLE, "I/ TÌNH HÌNH", "Nội dung.", "II/ MỤC TIÊU", "1/ Mục tiêu đến năm 2025", "b/ Về kinh tế số", "- Kinh tế số chiếm 20% GRDP."]);
    expect(d.sections.map((s) => s.numeral)).toEqual(["I", "II"]);
    const item = d.sections[1].children[0];
    expect([item.marker, item.path, item.year, item.children[0].marker, item.children[0].path]).toEqual(["1/", "II.1", 2025, "b/", "II.1.b"]);
    expect(d.targets.map((t) => [t.literal, t.year, t.indicator])).toEqual([["20%", 2025, "digital_economy_grdp"]]);
  });

  test("a text without Roman numerals is read as one body, with a warning", () => {
    const d = doc([...TITLE, "Mục tiêu đến năm 2025:", "- 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng."]);
    expect(d.sections).toEqual([]);
    expect(d.targets.map((t) => [t.literal, t.year, t.section])).toEqual([["100%", 2025, null]]);
    expect(d.messages.map((m) => [m.severity, m.ruleId])).toContainEqual(["warning", "structure-no-sections"]);
  });

  test("a text that is no resolution at all is an error", () => {
    const d = doc(["Biên bản họp chi bộ.", "Các đồng chí đã thống nhất."]);
    expect(d.messages.map((m) => [m.severity, m.ruleId])).toContainEqual(["error", "not-a-resolution"]);
  });
});

describe("implementation items", () => {
  const impl = (...items: string[]) => doc([...TITLE, "I. MỤC TIÊU", "- 100% hồ sơ công việc tại cấp tỉnh.", "II. TỔ CHỨC THỰC HIỆN", ...items]);

  test("'Giao …' and 'Đề nghị …' assign to the bodies after them", () => {
    const d = impl("1. Giao Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh xây dựng kế hoạch.", "2. Đề nghị Đoàn đại biểu Quốc hội tỉnh giám sát.");
    expect(d.bodies.map((b) => [b.name, b.role, b.canonical])).toEqual([
      ["Ban cán sự đảng UBND tỉnh", "subject", "Ban cán sự đảng Ủy ban nhân dân tỉnh"],
      ["UBND tỉnh", "led", "Ủy ban nhân dân tỉnh"],
      ["Đoàn đại biểu Quốc hội tỉnh", "subject", "Đoàn đại biểu Quốc hội tỉnh"],
    ]);
  });

  test("party committees in lower case, one entry each", () => {
    const d = impl("1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Nghị quyết.");
    expect(d.bodies.map((b) => b.name)).toEqual(["Các huyện ủy", "thị ủy", "thành ủy", "đảng ủy trực thuộc Tỉnh ủy"]);
  });
});

describe("figures that are not targets", () => {
  const objectives = (line: string) => doc([...TITLE, "I. MỤC TIÊU ĐẾN NĂM 2025", line]);

  test("a present-day figure in the objectives is a baseline", () => {
    const d = objectives("- Hiện nay 60% hộ gia đình có cáp quang; phấn đấu trên 90% hộ gia đình được phủ cáp quang.");
    expect(d.targets.map((t) => [t.literal, t.comparator, t.indicator])).toEqual([["90%", "gt", "fiber_households"]]);
    expect(d.baselines.map((b) => b.literal)).toEqual(["60%"]);
  });

  test("an indicator the taxonomy lacks gets an id from the words it counts", () => {
    const d = objectives("- Tỷ lệ tra cứu thông tin đất đai trực tuyến đạt 50%.");
    expect(d.targets.map((t) => t.indicator)).toEqual(["other:tra_cuu_thong_tin"]);
  });
});
