// Targets: every number of the body read as value / unit / comparator / year / scope /
// indicator, and the numbers that are not targets (baselines, levels, ages, qualifiers,
// technology names, references, counts of things built) left out. Expected values
// follow /work/shared/gold/GUIDE.md.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { digitRunCounter } from "../../src/stages/extract/targets.js";
import type { Target } from "../../src/schema/document.js";
import { lineOf, resolution, run, slice, type Parts } from "../support/resolution.js";

type Fields = Pick<Target, "literal" | "value" | "max" | "unit" | "comparator" | "year" | "scope" | "indicator" | "section">;
const FIELDS = ["literal", "value", "max", "unit", "comparator", "year", "scope", "indicator", "section"] as const;
const fields = (t: Target): Fields => Object.fromEntries(FIELDS.map((k) => [k, t[k]])) as Fields;

function targets(parts: Parts): Target[] {
  const raw = resolution(parts);
  const doc = run(raw);
  // the promise of provenance, for every test: the position slices the literal out of the raw text
  for (const t of doc.targets) expect(slice(raw, t.position).replace(/\s+/g, " ")).toBe(t.literal);
  return doc.targets;
}

/** the targets of one objectives line, with the line's own heading year (none by default) */
const objective = (line: string): Target[] => targets({ objectives: line });

/** a percent target with the defaults of a plain objectives line */
const pct = (literal: string, value: number, more: Partial<Fields> = {}): Partial<Fields> => ({
  literal,
  value,
  max: null,
  unit: "percent",
  comparator: "eq",
  year: null,
  scope: null,
  section: "II",
  ...more,
});

describe("comparators", () => {
  test.each([
    ["- Trên 90% hồ sơ công việc được xử lý trên môi trường mạng.", "gt"],
    ["- Hơn 60% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.", "gt"],
    ["- Vượt 70% dân số trưởng thành có chữ ký số.", "gt"],
    ["- Tối thiểu 50% hoạt động kiểm tra được thực hiện qua môi trường số.", "gte"],
    ["- Ít nhất 30% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.", "gte"],
    ["- Không dưới 80% hồ sơ thủ tục hành chính được xử lý trực tuyến.", "gte"],
    ["- Từ 80% người dân có tài khoản giao dịch tại ngân hàng.", "gte"],
    ["- Tỷ lệ dân số có tài khoản thanh toán điện tử đạt 50% trở lên.", "gte"],
    ["- Tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên.", "gte"],
    ["- Kinh tế số chiếm khoảng 20% GRDP.", "approx"],
    ["- Tỷ lệ hồ sơ trễ hạn dưới 5%.", "lt"],
    ["- Tỷ lệ hồ sơ trễ hạn tối đa 2%.", "lte"],
    ["- Tỷ lệ hồ sơ trễ hạn không quá 3%.", "lte"],
    ["- Kinh tế số chiếm 20% GRDP.", "eq"],
    ["- Phấn đấu 95% người dân hài lòng.", "eq"],
    ["- Tỷ lệ dân số có tài khoản thanh toán đạt 50%.", "eq"],
  ])("%j → %s", (line, comparator) => {
    const [t, ...rest] = objective(line);
    expect(rest).toEqual([]);
    expect(t.comparator).toBe(comparator);
  });

  test("'06 huyện, thị xã, thành phố trở lên': the comparator after a list of units", () => {
    const ts = objective("- Có 06 huyện, thị xã, thành phố trở lên và 300 xã, phường, thị trấn trở lên hoàn thành chuyển đổi số.");
    expect(ts.map(fields)).toEqual([
      { literal: "06", value: 6, max: null, unit: "count", comparator: "gte", year: null, scope: "district", indicator: "units_transformed", section: "II" },
      { literal: "300", value: 300, max: null, unit: "count", comparator: "gte", year: null, scope: "commune", indicator: "units_transformed", section: "II" },
    ]);
  });

  test("one comparator per number: 'Trên 90% …; 80% …; 70% …'", () => {
    const ts = objective("- Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.");
    expect(ts.map((t) => [t.literal, t.comparator, t.scope, t.indicator])).toEqual([
      ["90%", "gt", "province", "work_records_online"],
      ["80%", "eq", "district", "work_records_online"],
      ["70%", "eq", "commune", "work_records_online"],
    ]);
  });
});

describe("numbers", () => {
  test("decimal comma, thousands dot, zero padding, a space before '%'", () => {
    expect(objective("- Năng suất lao động tăng bình quân hàng năm 9,6% trở lên.").map(fields)).toEqual([
      pct("9,6%", 9.6, { comparator: "gte", indicator: "productivity_growth" }),
    ]);
    expect(objective("- Phấn đấu có trên 3.000 lượt doanh nghiệp được đào tạo về thương mại điện tử.")[0]).toMatchObject({
      literal: "3.000",
      value: 3000,
      unit: "count",
      comparator: "gt",
      indicator: "ecommerce_training",
    });
    expect(objective("- Có 06 huyện hoàn thành chuyển đổi số.")[0]).toMatchObject({ literal: "06", value: 6, unit: "count" });
    expect(objective("- 100 % xã có cáp quang.")[0]).toMatchObject({ literal: "100 %", value: 100, unit: "percent", scope: "commune" });
  });

  test("bảo đảm … đạt tối thiểu là 0,5% tổng chi", () => {
    expect(
      objective("- Bảo đảm tỷ lệ chi cho chuyển đổi số hằng năm đạt tối thiểu là 0,5% tổng chi thường xuyên ngân sách cấp tỉnh.").map(fields),
    ).toEqual([pct("0,5%", 0.5, { comparator: "gte", scope: "province", indicator: "digital_budget_share" })]);
  });

  test("ranges: '25 - 30' (rank), 'từ 01 đến 02' (count), 'từ 50% đến 70%'", () => {
    expect(objective("- Phấn đấu luôn giữ vị trí thuộc nhóm 25 - 30 tỉnh, thành phố có chỉ số cao về chuyển đổi số.").map(fields)).toEqual([
      { literal: "25 - 30", value: 25, max: 30, unit: "rank", comparator: "eq", year: null, scope: null, indicator: "dti_rank", section: "II" },
    ]);
    expect(objective("- Phấn đấu có ít nhất từ 01 đến 02 cơ sở giáo dục triển khai đào tạo về thương mại điện tử.").map(fields)).toEqual([
      { literal: "01 đến 02", value: 1, max: 2, unit: "count", comparator: "gte", year: null, scope: null, indicator: "ecommerce_training", section: "II" },
    ]);
    expect(objective("- Từ 50% đến 70% hộ gia đình được phủ cáp quang.")[0]).toMatchObject({
      literal: "50% đến 70%",
      value: 50,
      max: 70,
      unit: "percent",
      scope: "household",
    });
  });

  test("a count between 1900 and 2100 without a thousands dot: 'có 2000 doanh nghiệp'", () => {
    expect(objective("- Phấn đấu có 2000 doanh nghiệp công nghệ số.").map((t) => [t.literal, t.value, t.unit])).toEqual([["2000", 2000, "count"]]);
  });

  test("a descending pair is two numbers, not a range", () => {
    const ts = objective("- 100% thôn - 80% hộ gia đình có cáp quang.");
    expect(ts.map((t) => [t.literal, t.max])).toEqual([
      ["100%", null],
      ["80%", null],
    ]);
  });

  test("rankings: 'trong nhóm 10 tỉnh, thành phố dẫn đầu'", () => {
    const ts = objective(
      "Phấn đấu đến năm 2025 tỉnh Thanh Hóa trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số; đến năm 2030 tiếp tục trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số và trong nhóm 5 tỉnh, thành phố dẫn đầu về chính quyền số.",
    );
    expect(ts.map((t) => [t.literal, t.unit, t.year, t.indicator])).toEqual([
      ["10", "rank", 2025, "dti_rank"],
      ["10", "rank", 2030, "dti_rank"],
      ["5", "rank", 2030, "other:digital_government_rank"],
    ]);
    for (const t of ts) expect(t.scope).toBeNull();
  });
});

describe("scopes", () => {
  test.each([
    ["- Trên 90% hồ sơ công việc tại cấp tỉnh.", "province"],
    ["- 80% hồ sơ công việc tại cấp huyện.", "district"],
    ["- 100% cơ quan Nhà nước cấp tỉnh có nền tảng phân tích dữ liệu.", "province"],
    ["- Hạ tầng cáp quang đạt 100% cấp xã.", "commune"],
    ["- 100% xã, phường, thị trấn có cáp quang.", "commune"],
    ["- 100% thôn, bản, cụm dân cư có sóng di động.", "village"],
    ["- 100% số thôn có cáp quang.", "village"],
    ["- Cáp quang phủ trên 80% hộ gia đình.", "household"],
    ["- 100% các huyện, thị xã, thành phố hoàn thành chuyển đổi số.", "district"],
    ["- 80% trở lên các xã, phường, thị trấn hoàn thành chuyển đổi số.", "commune"],
    ["- 100% tuyến đường chính tại trung tâm các huyện, thành phố có camera giám sát.", "district"],
    ["- 100% cán bộ, công chức được đào tạo kỹ năng số.", null],
    ["- 100% hộ sản xuất nông nghiệp được số hóa dữ liệu.", null],
    ["- 100% hộ kinh doanh cá thể sử dụng nền tảng số.", null],
    ["- 100% sở, ban, ngành, huyện tham gia mở dữ liệu.", null],
    ["- 100% chế độ báo cáo phục vụ chỉ đạo của UBND các cấp được kết nối.", null],
  ])("%j → %s", (line, scope) => {
    expect(objective(line)[0].scope).toBe(scope);
  });
});

describe("years", () => {
  test("from the sentence: 'Đến năm 2025, …' before, 'vào năm 2025' after", () => {
    expect(objective("- Đến năm 2025, 100% thôn được phủ cáp quang.")[0]).toMatchObject({ year: 2025, yearSource: "sentence" });
    expect(objective("- 100% cơ sở y tế có bộ phận khám bệnh từ xa vào năm 2025.")[0]).toMatchObject({ year: 2025, yearSource: "sentence" });
  });

  test("across the clauses of one sentence, the nearest year before the number wins", () => {
    const ts = objective("- Đến năm 2025, 100% thôn có cáp quang; đến năm 2030, 100% hộ gia đình có cáp quang; 100% xã có sóng 5G.");
    expect(ts.map((t) => [t.literal, t.scope, t.year])).toEqual([
      ["100%", "village", 2025],
      ["100%", "household", 2030],
      ["100%", "commune", 2030],
    ]);
  });

  test("from a period: the end year of 'giai đoạn 2021 - 2025'", () => {
    expect(objective("- Giai đoạn 2021 - 2025 năng suất lao động tăng bình quân hàng năm 9,6% trở lên.")[0]).toMatchObject({
      year: 2025,
      yearSource: "period",
      indicator: "productivity_growth",
    });
  });

  test("from the heading, unless the sentence sets its own", () => {
    const ts = objective("2.2. Mục tiêu cụ thể đến năm 2025\n\n- 70% hoạt động kiểm tra được thực hiện qua môi trường mạng.\n\n- Đến năm 2030, 100% hoạt động kiểm tra được thực hiện qua môi trường mạng.");
    expect(ts.map((t) => [t.literal, t.year, t.yearSource])).toEqual([
      ["70%", 2025, "heading"],
      ["100%", 2030, "sentence"],
    ]);
  });

  test("yearly with no deadline: year null", () => {
    expect(objective("- Năng suất lao động tăng bình quân từ 7%/năm.")[0]).toMatchObject({
      literal: "7%",
      comparator: "gte",
      year: null,
      yearSource: null,
      indicator: "productivity_growth",
    });
  });

  test("the year of the document's title does not leak into the body", () => {
    expect(objective("- 100% thôn có cáp quang.")[0].year).toBeNull();
  });

  test("trailing deadlines: 'đạt 80% vào năm 2025 và 100% vào năm 2030'", () => {
    const ts = objective("- Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 80% vào năm 2025 và 100% vào năm 2030.");
    expect(ts.map((t) => [t.literal, t.year])).toEqual([
      ["80%", 2025],
      ["100%", 2030],
    ]);
  });

  test("bare trailing years: 'đạt 80% năm 2025, 95% năm 2030'", () => {
    const ts = objective("- Tỷ lệ hộ gia đình có cáp quang đạt 80% năm 2025, 95% năm 2030.");
    expect(ts.map((t) => [t.literal, t.year])).toEqual([
      ["80%", 2025],
      ["95%", 2030],
    ]);
  });

  test("an unnumbered lead-in line 'Đến năm 2025, phấn đấu:' sets the year of the list below it", () => {
    const ts = objective("2. Mục tiêu cụ thể\n\nĐến năm 2025, phấn đấu đạt các mục tiêu sau:\n\n- 100% thôn có cáp quang.\n\n- Trên 80% hộ gia đình có cáp quang.");
    expect(ts.map((t) => [t.literal, t.year])).toEqual([
      ["100%", 2025],
      ["80%", 2025],
    ]);
  });
});

describe("outside the objectives section", () => {
  test("the situation section holds baselines, never targets", () => {
    const raw = resolution({
      situation:
        "Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 64,06%; toàn tỉnh có trên 673.000 thuê bao, gần 48% số hộ gia đình có cáp quang; tỉnh xếp thứ 44/63 tỉnh, thành phố.",
    });
    const doc = run(raw);
    expect(doc.targets.filter((t) => t.section === "I")).toEqual([]);
    expect(doc.baselines.map((b) => [b.literal, b.value, b.unit, b.section])).toEqual([
      ["64,06%", 64.06, "percent", "I"],
      ["673.000", 673000, "count", "I"],
      ["48%", 48, "percent", "I"],
    ]);
    expect(doc.baselines[0].year).toBe(2020);
  });

  test("a baseline inside the objectives section is not a target: 'Năm 2020 … đạt 48%, phấn đấu đến năm 2025 đạt trên 80%'", () => {
    const raw = resolution({ objectives: "- Năm 2020 tỷ lệ hộ gia đình có cáp quang đạt 48%, phấn đấu đến năm 2025 đạt trên 80%." });
    const doc = run(raw);
    expect(doc.targets.map((t) => [t.literal, t.comparator, t.year, t.indicator])).toEqual([["80%", "gt", 2025, "fiber_households"]]);
    expect(doc.baselines.map((b) => [b.literal, b.section])).toEqual([["48%", "II"]]);
  });

  test("a baseline inside the objectives section is not a target: 'từ 40% năm 2020 lên 90% vào năm 2025'", () => {
    const ts = objective("- Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến tăng từ 40% năm 2020 lên 90% vào năm 2025.");
    expect(ts.map((t) => [t.literal, t.comparator, t.year])).toEqual([["90%", "eq", 2025]]);
  });

  test("in the tasks section a dated or aimed number is a target, a plain count is not", () => {
    const ts = targets({
      tasks: [
        "- Đến năm 2025, hạ tầng mạng băng rộng cáp quang phủ đến 100% số thôn và 80% trở lên số hộ gia đình.",
        "- Xây dựng 04 trung tâm dữ liệu và đào tạo 500 cán bộ.",
        "- Bảo đảm tỷ lệ chi cho chuyển đổi số hằng năm đạt tối thiểu là 0,5% tổng chi thường xuyên ngân sách cấp tỉnh.",
        "- Lĩnh vực y tế: đến năm 2025 có 100% cơ sở y tế có bộ phận hỗ trợ khám bệnh từ xa.",
      ].join("\n\n"),
    });
    expect(ts.map((t) => [t.literal, t.comparator, t.year, t.scope, t.indicator, t.section])).toEqual([
      ["100%", "eq", 2025, "village", "fiber_villages", "III"],
      ["80%", "gte", 2025, "household", "fiber_households", "III"],
      ["0,5%", "gte", null, "province", "digital_budget_share", "III"],
      ["100%", "eq", 2025, null, "telemedicine_facilities", "III"],
    ]);
  });

  test("the implementation section sets no targets from counts like 'định kỳ 06 tháng'", () => {
    const ts = targets({ implementation: "1. Ban cán sự đảng UBND tỉnh định kỳ 06 tháng, năm báo cáo Ban Thường vụ Tỉnh ủy." });
    expect(ts).toEqual([]);
  });
});

describe("counts of firms and people to reach", () => {
  test("'Phát triển 3.000 doanh nghiệp công nghệ số', 'đào tạo 500 nhân lực'", () => {
    expect(objective("- Phát triển 3.000 doanh nghiệp công nghệ số; đào tạo 500 nhân lực số.").map((t) => [t.literal, t.value, t.unit, t.comparator])).toEqual([
      ["3.000", 3000, "count", "eq"],
      ["500", 500, "count", "eq"],
    ]);
  });
});

describe("an elliptical clause borrows its sentence's indicator; one that names its own does not", () => {
  test("'…; đến năm 2030 đạt 100%' and '…; đến năm 2030 thuộc nhóm 10' borrow", () => {
    const work = objective("- Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng đạt 90% vào năm 2025; đến năm 2030 đạt 100%.");
    expect(work.map((t) => [t.literal, t.year, t.indicator])).toEqual([
      ["90%", 2025, "work_records_online"],
      ["100%", 2030, "work_records_online"],
    ]);
    const rank = objective("- Chỉ số DTI của tỉnh thuộc nhóm 30 tỉnh dẫn đầu vào năm 2025; đến năm 2030 thuộc nhóm 10.");
    expect(rank.map((t) => [t.literal, t.unit, t.year, t.indicator])).toEqual([
      ["30", "rank", 2025, "dti_rank"],
      ["10", "rank", 2030, "dti_rank"],
    ]);
  });

  test("an elliptical clause after a figure the taxonomy lacks counts what that figure counts", () => {
    const ts = objective("- Tỷ lệ di sản văn hóa được số hóa đạt 50% vào năm 2025 và 100% vào năm 2030.");
    expect(ts.map((t) => [t.literal, t.year])).toEqual([
      ["50%", 2025],
      ["100%", 2030],
    ]);
    expect(ts[0].indicator).toMatch(/^other:/);
    expect(ts[1].indicator).toBe(ts[0].indicator);
  });

  test("'…; tỷ lệ sự cố … dưới 5%', '…; 100% trường học có …', 'thời gian xử lý … giảm 30%' name their own", () => {
    const [accounts, errors] = objective("- Tỷ lệ người dân có tài khoản thanh toán điện tử đạt 60% trở lên; tỷ lệ sự cố an toàn thông tin nghiêm trọng dưới 5%.");
    expect(accounts.indicator).toBe("payment_accounts");
    expect(errors).toMatchObject({ literal: "5%", comparator: "lt", indicator: "other:su_co_an_toan" });
    const schools = objective("- 90% thôn, bản có sóng di động 4G/5G; 100% trường học có kết nối Internet cáp quang.");
    expect(schools.map((t) => t.indicator)).toEqual(["mobile_coverage", "other:truong_hoc"]);
    const time = objective("- Tỷ lệ hồ sơ được xử lý trực tuyến đạt trên 50%; thời gian xử lý hồ sơ giảm tối thiểu 30%.");
    expect(time.map((t) => t.indicator)).toEqual(["online_applications", "other:thoi_gian_xu_ly"]);
  });
});

describe("not targets", () => {
  test.each([
    ["service levels: 'mức độ 3, 4'", "- Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt từ 50% trở lên.", ["50%"]],
    ["ages: '15 tuổi trở lên'", "- Từ 80% người dân 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng.", ["80%"]],
    ["a qualifier after a percent: 'ít nhất 02 điện thoại'", "- 100% hộ gia đình có ít nhất 02 điện thoại thông minh.", ["100%"]],
    ["technology names: '4G/5G', 'IPv6', '3D, 4D', 'Tier II'", "- Phổ cập mạng 4G/5G, IPv6, công nghệ 3D, 4D và trung tâm dữ liệu Tier II.", []],
    ["a standing: 'xếp thứ 44/63'", "- Cải thiện vị trí xếp thứ 44/63 tỉnh, thành phố.", []],
    ["document numbers and dates", "- Thực hiện Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị và Quyết định số 749/QĐ-TTg.", []],
    ["a count of things built: 'xây dựng 02 trung tâm'", "- Xây dựng 02 trung tâm dữ liệu của tỉnh.", []],
    ["a count of things built: 'trước mắt là 04 đô thị'", "- Xây dựng các đô thị thông minh, trước mắt là 04 đô thị: thành phố Thanh Hóa, thị xã Bỉm Sơn.", []],
    ["a model name: 'mô hình 4 lớp'", "- Bảo đảm an toàn thông tin theo mô hình 4 lớp.", []],
    ["a model name in quotes: 'mô hình “4 lớp”'", "- Bảo đảm an toàn thông tin theo mô hình “4 lớp”.", []],
    ["years and periods as such", "- Chương trình chuyển đổi số quốc gia giai đoạn 2021 - 2025, định hướng đến năm 2030.", []],
    ["a version: 'tỉnh Tuyên Quang 2.0'", "- Kiến trúc chính quyền điện tử tỉnh Tuyên Quang 2.0.", []],
    ["a lesson count: 'lần thứ XIX', 'khóa XX'", "- Theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 19, khóa 20.", []],
  ])("%s", (_name, line, literals) => {
    expect(objective(line).map((t) => t.literal)).toEqual(literals);
  });

  test("section and item numbers are not targets", () => {
    expect(objective("1. Quan điểm\n\n2. Mục tiêu\n\n2.1. Mục tiêu chung\n\na) Về chính quyền số")).toEqual([]);
  });

  test("numbers in a footnote body are not targets", () => {
    const ts = objective("- Bảo đảm an toàn thông tin theo mô hình “4 lớp”<sup>1</sup>.\n\n---\n\n<sup>1</sup> Bao gồm: lực lượng tại chỗ giám sát 100% thời gian.");
    expect(ts).toEqual([]);
  });
});

describe("positions", () => {
  test("each target points at its own raw line, even in a PDF-wrapped paragraph", () => {
    const objectives = [
      "- Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện ",
      "",
      "và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng. ",
    ].join("\n");
    const raw = resolution({ objectives });
    const doc = run(raw);
    expect(doc.targets.map((t) => [t.literal, t.position.start.line, t.scope])).toEqual([
      ["90%", lineOf(raw, "Trên 90%"), "province"],
      ["80%", lineOf(raw, "Trên 90%"), "district"],
      ["70%", lineOf(raw, "và 70%"), "commune"],
    ]);
  });

  test("markup around a number stays out of its span and literal", () => {
    const raw = resolution({ objectives: "- **Trên 90%** hồ sơ công việc tại cấp tỉnh." });
    const [t] = run(raw).targets;
    expect(t.literal).toBe("90%");
    expect(slice(raw, t.position)).toBe("90%");
  });

  test("the clause text and item path come with each target", () => {
    const [t] = objective("2.2. Mục tiêu cụ thể đến năm 2025\n\n- Kinh tế số chiếm khoảng 20% GRDP; năng suất lao động tăng.");
    expect(t).toMatchObject({ text: "Kinh tế số chiếm khoảng 20% GRDP", item: "II.2.2-1", indicator: "digital_economy_grdp" });
  });
});

describe("counting the numbers of a clause (the targets-truncated guard)", () => {
  test("property: as many runs of digits as /\\d+/g finds in the slice", () => {
    const piece = fc.constantFrom("1", "23", "0", "a", " ", ",", "%", "ế", "2025", ".");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join("");
        const count = digitRunCounter(text);
        const from = text.length ? x % (text.length + 1) : 0;
        const to = from + (text.length - from ? y % (text.length - from + 1) : 0);
        expect(count(from, to)).toBe(text.slice(from, to).match(/\d+/g)?.length ?? 0);
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });
});
