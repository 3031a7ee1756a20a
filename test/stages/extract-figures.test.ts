// Figures of every kind (../shared/gold/GUIDE.md, "More kinds of figure"): an amount of
// money with its currency and multiplier, an index or score, a yearly rate of change, a
// ratio with its base; the same readings for baselines; and what is none of these.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Target } from "../../src/schema/document.js";
import { resolution, run, slice } from "../support/resolution.js";

type Kind = Pick<Target, "literal" | "value" | "unit" | "rate" | "per" | "currency" | "magnitude" | "comparator">;
const kind = (t: Pick<Target, keyof Kind>): Kind => ({
  literal: t.literal,
  value: t.value,
  unit: t.unit,
  rate: t.rate,
  per: t.per,
  currency: t.currency,
  magnitude: t.magnitude,
  comparator: t.comparator,
});

function objective(line: string): Target[] {
  const raw = resolution({ objectives: `Mục tiêu cụ thể đến năm 2030:\n\n- ${line}` });
  const doc = run(raw);
  for (const t of doc.targets) expect(slice(raw, t.position)).toBe(t.literal);
  return doc.targets;
}

const plain = { rate: null, per: null, currency: null, magnitude: null, comparator: "eq" } as const;

describe("money", () => {
  test.each([
    ["Thu hút 10.000 tỷ đồng vốn đầu tư cho hạ tầng số.", { literal: "10.000", value: 10000, currency: "VND", magnitude: 1e9 }],
    ["Doanh thu công nghiệp công nghệ số đạt 500 triệu USD.", { literal: "500", value: 500, currency: "USD", magnitude: 1e6 }],
    ["Tổng vốn đầu tư đạt 1,5 nghìn tỷ đồng.", { literal: "1,5", value: 1.5, currency: "VND", magnitude: 1e12 }],
    ["Kim ngạch xuất khẩu sản phẩm số đạt 2 tỷ đô la Mỹ.", { literal: "2", value: 2, currency: "USD", magnitude: 1e9 }],
  ] as const)("%s", (line, reading) => {
    expect(objective(line).map(kind)).toEqual([{ ...plain, unit: "money", ...reading }]);
  });

  test("a count keeps the multiplier of its words, and has no currency", () => {
    expect(objective("Phát triển 1,5 triệu thuê bao băng rộng cố định.").map(kind)).toEqual([
      { ...plain, literal: "1,5", value: 1.5, unit: "count", magnitude: 1e6 },
    ]);
  });

  test("an amount outside the objectives, undated, is a budget line, not a target", () => {
    const doc = run(resolution({ tasks: "Bố trí 200 tỷ đồng từ ngân sách tỉnh cho các dự án chuyển đổi số." }));
    expect(doc.targets).toEqual([]);
  });

  // any amount as Vietnamese writes it, with any multiplier and currency, reads back as written
  test("every amount, multiplier and currency", () => {
    const magnitudes = [["nghìn", 1e3], ["triệu", 1e6], ["tỷ", 1e9], ["nghìn tỷ", 1e12]] as const;
    const currencies = [["đồng", "VND"], ["USD", "USD"], ["đô la Mỹ", "USD"]] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(...magnitudes),
        fc.constantFrom(...currencies),
        (whole, tenth, [word, magnitude], [currencyWord, currency]) => {
          const literal = whole.toLocaleString("de-DE") + (tenth ? `,${tenth}` : "");
          const [t] = objective(`Thu hút tối thiểu ${literal} ${word} ${currencyWord} vốn đầu tư.`);
          expect(kind(t)).toEqual({ ...plain, literal, value: whole + tenth / 10, unit: "money", currency, magnitude, comparator: "gte" });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("index", () => {
  test.each([
    ["Chỉ số phát triển con người (HDI) duy trì trên 0,7.", { literal: "0,7", value: 0.7, comparator: "gt" }],
    ["HDI duy trì ở mức 0,75.", { literal: "0,75", value: 0.75, comparator: "eq" }],
    ["Chỉ số PCI đạt 70 điểm trở lên.", { literal: "70", value: 70, comparator: "gte" }],
    ["Chỉ số hài lòng của người dân (SIPAS) đạt 85 điểm.", { literal: "85", value: 85, comparator: "eq" }],
  ] as const)("%s", (line, reading) => {
    expect(objective(line).map(kind)).toEqual([{ ...plain, unit: "index", ...reading }]);
  });

  test("a count of things after an index's name is a count; places are not a score", () => {
    expect(objective("Chỉ số chuyển đổi số cấp huyện có 05 huyện đạt mức khá.").map((t) => t.unit)).toEqual(["count"]);
    expect(objective("Có 05 điểm du lịch thông minh.").map((t) => t.unit)).toEqual(["count"]);
  });
});

describe("rate", () => {
  test.each([
    ["Số lượng công bố bài báo khoa học quốc tế tăng trung bình 10%/năm.", "10%"],
    ["Năng suất lao động tăng bình quân 7%/năm.", "7%"],
    ["Năng suất lao động mỗi năm tăng 5%.", "5%"],
    ["Năng suất lao động tăng 5% mỗi năm.", "5%"],
    ["Năng suất lao động hằng năm tăng tối thiểu 7%.", "7%"],
    ["Năng suất lao động tăng bình quân hằng năm 9,6% trở lên.", "9,6%"],
    ["Số doanh nghiệp công nghệ số tăng 500 doanh nghiệp mỗi năm.", "500"],
  ] as const)("%s is per year, and keeps the heading's year", (line, literal) => {
    const [t] = objective(line);
    expect([t.literal, t.rate, t.year]).toEqual([literal, "per_year", 2030]);
  });

  test.each([
    "Bảo đảm tỷ lệ chi cho chuyển đổi số hằng năm đạt tối thiểu 1% tổng chi ngân sách.",
    "Tăng cường ứng dụng, 80% hồ sơ được xử lý trực tuyến.",
    "Đào tạo 500 lượt cán bộ mỗi năm về kỹ năng số.",
    "Thời gian xử lý hồ sơ giảm 30%.",
  ])("%s is no rate of change", (line) => {
    expect(objective(line).map((t) => t.rate)).toEqual([null]);
  });
});

describe("per", () => {
  test.each([
    ["Nguồn nhân lực nghiên cứu đạt 12 người trên một vạn dân.", "12", 10000],
    ["Phấn đấu có 1 doanh nghiệp công nghệ số trên 1.000 dân.", "1", 1000],
    ["Phấn đấu đạt 30 thuê bao băng rộng cố định/100 dân.", "30", 100],
    ["Phấn đấu đạt 15 bác sĩ/vạn dân.", "15", 10000],
  ] as const)("%s", (line, literal, per) => {
    // the base written as a number is the ratio's, never a target of its own
    expect(objective(line).map((t) => [t.literal, t.unit, t.per])).toEqual([[literal, "count", per]]);
  });

  test("a share of the population has no base", () => {
    expect(objective("Trên 80% người dân có tài khoản thanh toán.").map((t) => t.per)).toEqual([null]);
  });
});

test("baselines read the same kinds", () => {
  const doc = run(resolution({ situation: "Năm 2020, chỉ số HDI của tỉnh đạt 0,68; tổng vốn đầu tư cho hạ tầng số đạt 1.200 tỷ đồng; năng suất lao động tăng bình quân 6%/năm." }));
  expect(doc.targets).toEqual([]);
  expect(doc.baselines.map((b) => [b.literal, b.unit, b.rate, b.currency, b.magnitude])).toEqual([
    ["0,68", "index", null, null, null],
    ["1.200", "money", null, "VND", 1e9],
    ["6%", "percent", "per_year", null, null],
  ]);
});

test("every target and baseline has the four fields, null where none", () => {
  const doc = run(resolution({ objectives: "Mục tiêu cụ thể đến năm 2025:\n\n- 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng." }));
  expect(doc.targets).toHaveLength(1);
  for (const t of [...doc.targets, ...doc.baselines]) expect([t.rate, t.per, t.currency, t.magnitude]).toEqual([null, null, null, null]);
});
