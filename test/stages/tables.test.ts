// Tables: markdown pipe tables read as rows and cells whose offsets slice the raw text, a
// header naming each column's role, group rows passing their year down; a target table
// gives one target per figure of a value cell (GUIDE.md, "Targets in tables"), a task
// table bodies with their task and deadline, a table of past figures baselines; the rows
// of a table read as cells are never read again as prose.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalize } from "../../src/stages/normalize/index.js";
import { segment } from "../../src/stages/segment/index.js";
import { cellsOf, isPipeRow, readTables, roleOf } from "../../src/stages/segment/tables.js";
import { splitLines } from "../../src/stages/normalize/lines.js";
import { toSource } from "../../src/text/mapped-text.js";
import type { Target } from "../../src/schema/document.js";
import { lineOf, resolution, run, slice } from "../support/resolution.js";
import { asColumns } from "../support/annex.js";

const TARGET_TABLE = [
  "| TT | Chỉ tiêu | Đơn vị | Mục tiêu | Cơ quan chủ trì |",
  "| --- | --- | --- | --- | --- |",
  "| **I** | **Đến năm 2025** | | | |",
  "| 1 | Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng | % | ≥ 90 | Văn phòng UBND tỉnh |",
  "| 2 | Kinh tế số trong GRDP | % | >= 20 | Sở Kế hoạch và Đầu tư |",
  "| 3 | Doanh nghiệp được hỗ trợ chuyển đổi số | Doanh nghiệp | tối thiểu 3.000 | Sở Công Thương |",
  "| **II** | **Đến năm 2030** | | | |",
  "| 4 | Xếp hạng chỉ số chuyển đổi số cấp tỉnh (DTI) | Thứ bậc | ≤ 10 | Sở Thông tin và Truyền thông |",
  "| 5 | Xếp hạng đổi mới sáng tạo | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới | Sở Khoa học và Công nghệ |",
  "| 6 | Hạ tầng số | | Đạt mức tiên tiến | Sở Thông tin và Truyền thông |",
].join("\n");

const pick = (t: Target) => ({ literal: t.literal, value: t.value, unit: t.unit, comparator: t.comparator, year: t.year, lead: t.lead });

describe("rows and cells", () => {
  test("a row opens with a pipe and has a second one", () => {
    expect(isPipeRow("| a | b |")).toBe(true);
    expect(isPipeRow("|a|")).toBe(true);
    expect(isPipeRow("| a")).toBe(false);
    expect(isPipeRow("a | b |")).toBe(false);
  });

  test("cells are trimmed, an escaped pipe is no border, the text after the last pipe no cell", () => {
    const [line] = splitLines("  | TT |  Chỉ tiêu a\\|b | |");
    expect(cellsOf(line).map((c) => c.text)).toEqual(["TT", "Chỉ tiêu a\\|b", ""]);
    for (const c of cellsOf(line)) expect("  | TT |  Chỉ tiêu a\\|b | |".slice(c.start, c.end)).toBe(c.text);
  });

  test("a separator after a later row starts a second table at the row above it", () => {
    const text = ["| TT | Chỉ tiêu | Mục tiêu |", "|---|---|---|", "| 1 | Kinh tế số | 20% |", "| TT | Nhiệm vụ | Cơ quan chủ trì |", "| :-- | :-: | --: |", "| 1 | Xây dựng kho dữ liệu | Sở TTTT |"].join("\n");
    const tables = readTables(splitLines(text));
    expect(tables.map((t) => [t.kind, t.rows.length])).toEqual([["targets", 3], ["tasks", 3]]);
  });

  test("column roles from the headings", () => {
    const roles = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả thực hiện năm 2024", "Kết quả / Mục tiêu", "Năm 2030", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Nhiệm vụ", "Ghi chú", ""].map(roleOf);
    expect(roles).toEqual(["index", "indicator", "unit", "past", "target", "year", "lead", "partner", "deadline", "task", "note", null]);
  });

  test("a two-row header: the years under a merged heading join it", () => {
    const text = ["| TT | Chỉ tiêu | Đơn vị | Kết quả thực hiện | Mục tiêu | |", "| --- | --- | --- | --- | --- | --- |", "| | | | Năm 2020 | Năm 2025 | Năm 2030 |", "| 1 | Kinh tế số trong GRDP | % | 8 | 20 | 30 |"].join("\n");
    const [table] = readTables(splitLines(text));
    expect(table.columns.map((c) => [c.role, c.year])).toEqual([["index", null], ["indicator", null], ["unit", null], ["past", 2020], ["target", 2025], ["target", 2030]]);
    expect(table.rows.map((r) => r.kind)).toEqual(["header", "separator", "subheader", "data"]);
  });

  test("group rows, and the year each names", () => {
    const [table] = readTables(splitLines(normalize(TARGET_TABLE).text));
    expect(table.rows.map((r) => r.kind)).toEqual(["header", "separator", "group", "data", "data", "data", "group", "data", "data", "data"]);
    expect(table.rows.filter((r) => r.kind === "group").map((r) => r.year)).toEqual([2025, 2030]);
  });

  test("every cell of the segment tree maps back to its text in the raw file, markup and all", () => {
    const raw = resolution({ objectives: "2. Mục tiêu cụ thể\n\n" + TARGET_TABLE });
    const normalized = normalize(raw);
    const { tables } = segment(normalized);
    expect(tables).toHaveLength(1);
    for (const row of tables[0].rows)
      for (const cell of row.cells) {
        if (cell.text === "") continue;
        const [s, e] = toSource(normalized, cell.start, cell.end);
        expect(raw.slice(s, e).replace(/\*\*/g, "")).toBe(cell.text);
      }
  });
});

describe("a table of targets", () => {
  const raw = resolution({ objectives: "2. Mục tiêu cụ thể\n\n" + TARGET_TABLE });
  const doc = run(raw);

  test("one target per figure of a value cell, unit from the unit column, comparator from the cell, year from the group row, lead from its column", () => {
    expect(doc.targets.map(pick)).toEqual([
      { literal: "≥ 90", value: 90, unit: "percent", comparator: "gte", year: 2025, lead: "Văn phòng UBND tỉnh" },
      { literal: ">= 20", value: 20, unit: "percent", comparator: "gte", year: 2025, lead: "Sở Kế hoạch và Đầu tư" },
      { literal: "3.000", value: 3000, unit: "count", comparator: "gte", year: 2025, lead: "Sở Công Thương" },
      { literal: "≤ 10", value: 10, unit: "rank", comparator: "lte", year: 2030, lead: "Sở Thông tin và Truyền thông" },
      { literal: "≤ 3", value: 3, unit: "rank", comparator: "lte", year: 2030, lead: "Sở Khoa học và Công nghệ" },
      { literal: "≤ 50", value: 50, unit: "rank", comparator: "lte", year: 2030, lead: "Sở Khoa học và Công nghệ" },
    ]);
  });

  test("indicator and scope from the indicator cell; line the row's; section and item where the table stands", () => {
    const [records, grdp, , dti] = doc.targets;
    expect([records.indicator, records.scope, grdp.indicator, dti.indicator]).toEqual(["work_records_online", "province", "digital_economy_grdp", "dti_rank"]);
    expect(records.position.start.line).toBe(lineOf(raw, "| 1 |"));
    expect([records.section, records.item]).toEqual(["II", "II.2"]);
  });

  test("positions slice each literal out of the raw file", () => {
    for (const t of doc.targets) expect(slice(raw, t.position)).toBe(t.literal);
  });

  test("a prose target keeps lead null", () => {
    const prose = run(resolution({ objectives: "- Kinh tế số chiếm 20% GRDP." }));
    expect(prose.targets.map((t) => t.lead)).toEqual([null]);
  });

  test("columns per year: the year from the heading, an empty or dash cell no target, a yearly column no year", () => {
    const table = ["| TT | Chỉ tiêu | Đơn vị | Hằng năm | Năm 2025 | Năm 2030 |", "| --- | --- | --- | --- | --- | --- |", "| 1 | Kinh tế số trong GRDP | % | | 20 | 30 |", "| 2 | Năng suất lao động tăng | % | ≥ 7 | - | |"].join("\n");
    const d = run(resolution({ objectives: table }));
    expect(d.targets.map((t) => [t.value, t.year, t.comparator, t.indicator])).toEqual([
      [20, 2025, "eq", "digital_economy_grdp"],
      [30, 2030, "eq", "digital_economy_grdp"],
      [7, null, "gte", "productivity_growth"],
    ]);
  });

  test("the unit column's words read as if they followed the number: money, an index, a yearly rate", () => {
    const table = [
      "| TT | Chỉ tiêu | Đơn vị tính | Mục tiêu năm 2025 |",
      "| --- | --- | --- | --- |",
      "| 1 | Doanh thu công nghiệp công nghệ số | Tỷ đồng | 10.000 |",
      "| 2 | Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) | Điểm | ≥ 70 |",
      "| 3 | Năng suất lao động tăng bình quân | %/năm | 7 |",
      "| 4 | Kim ngạch xuất khẩu | triệu USD | 500 |",
    ].join("\n");
    const d = run(resolution({ objectives: table }));
    expect(d.targets.map((t) => [t.value, t.unit, t.rate, t.currency, t.magnitude, t.year])).toEqual([
      [10000, "money", null, "VND", 1e9, 2025],
      [70, "index", null, null, null, 2025],
      [7, "percent", "per_year", null, null, 2025],
      [500, "money", null, "USD", 1e6, 2025],
    ]);
  });

  test("an annex after the signature is read; a caption line's year holds where no column or group row names one", () => {
    const annex = ["", "PHỤ LỤC", "Danh mục các chỉ tiêu chuyển đổi số đến năm 2025", "", "| TT | Chỉ tiêu | Đơn vị | Mục tiêu |", "|---|---|---|---|", "| 1 | Kinh tế số trong GRDP | % | 20 |"].join("\n");
    const d = run(resolution() + annex);
    expect(d.targets.map((t) => [t.value, t.year, t.yearSource, t.section])).toEqual([[20, 2025, "heading", "Phụ lục"]]);
  });

  test("a table of past figures gives baselines with the column's year, and the targets beside them", () => {
    const table = ["| TT | Chỉ tiêu | Đơn vị | Năm 2020 | Thực hiện năm 2024 | Mục tiêu 2030 |", "|---|---|---|---|---|---|", "| 1 | Kinh tế số trong GRDP | % | 8 | 14,5 | 30 |"].join("\n");
    const d = run(resolution({ head: "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Quảng Ngãi đến năm 2030\nQuảng Ngãi, ngày 10 tháng 3 năm 2025", objectives: table }));
    expect(d.baselines.map((b) => [b.value, b.year])).toEqual([[8, 2020], [14.5, 2024]]);
    expect(d.targets.map((t) => [t.value, t.year])).toEqual([[30, 2030]]);
  });

  test("a table without a header of known columns is read as prose, as before", () => {
    const d = run(resolution({ objectives: "| Trên 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng |" }));
    expect(d.targets.map((t) => [t.value, t.comparator, t.indicator, t.lead])).toEqual([[90, "gt", "work_records_online", null]]);
  });
});

describe("a table of tasks", () => {
  const table = [
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |",
    "| --- | --- | --- | --- | --- |",
    "| 1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Thông tin và Truyền thông | Các sở, ngành | Năm 2025 |",
    "| 2 | Ban hành quy chế chia sẻ dữ liệu | Văn phòng UBND tỉnh; Sở Tư pháp | | Quý IV/2024 |",
  ].join("\n");
  const raw = resolution({ implementation: table });
  const doc = run(raw);

  test("the bodies of the lead column, each with the row's task and deadline; no figure of it is a target", () => {
    expect(doc.bodies.map((b) => [b.name, b.task, b.deadline, b.position.start.line])).toEqual([
      ["Sở Thông tin và Truyền thông", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Năm 2025", lineOf(raw, "| 1 |")],
      ["Văn phòng UBND tỉnh", "Ban hành quy chế chia sẻ dữ liệu", "Quý IV/2024", lineOf(raw, "| 2 |")],
      ["Sở Tư pháp", "Ban hành quy chế chia sẻ dữ liệu", "Quý IV/2024", lineOf(raw, "| 2 |")],
    ]);
    expect(doc.targets).toEqual([]);
    for (const b of doc.bodies) expect(slice(raw, b.position)).toBe(b.name);
  });
});

describe("normalizing keeps a row a line of its own", () => {
  test("a row is never joined to the line before or after it", () => {
    const text = normalize("Các chỉ tiêu cụ thể như sau\n| TT | Chỉ tiêu |\n| 1 | Kinh tế số |\nvà các chỉ tiêu khác").text;
    expect(text.split("\n")).toEqual(["Các chỉ tiêu cụ thể như sau", "| TT | Chỉ tiêu |", "| 1 | Kinh tế số |", "và các chỉ tiêu khác"]);
  });
});

describe("tables laid out in columns, as PDF text gives them", () => {
  const columns = [
    "TT   Chỉ tiêu                                                 Đơn vị     Năm 2025    Năm 2030   Cơ quan chủ trì",
    "1    Tỷ lệ hồ sơ công việc cấp xã xử lý trên môi trường mạng  %          ≥ 70        90         UBND cấp huyện",
    "2    Kinh tế số trong GRDP                                    %                      30         Sở Kế hoạch và Đầu tư",
    "3    Xếp hạng chỉ số DTI                                      Thứ bậc    ≤ 20        ≤ 10       Sở Thông tin và Truyền thông",
  ].join("\n");

  test("become pipe rows, each cell under its heading, an empty cell where a row leaves one", () => {
    const rows = normalize(columns).text.split("\n");
    expect(rows[0]).toBe("| TT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 | Cơ quan chủ trì |");
    expect(rows[2]).toBe("| 2 | Kinh tế số trong GRDP | % | | 30 | Sở Kế hoạch và Đầu tư |");
  });

  test("give the targets of their cells, positions in the raw text", () => {
    const raw = resolution({ objectives: "Các chỉ tiêu cụ thể như sau:\n" + columns });
    const doc = run(raw);
    expect(doc.targets.map((t) => [slice(raw, t.position), t.value, t.unit, t.comparator, t.year, t.lead])).toEqual([
      ["≥ 70", 70, "percent", "gte", 2025, "UBND cấp huyện"],
      ["90", 90, "percent", "eq", 2030, "UBND cấp huyện"],
      ["30", 30, "percent", "eq", 2030, "Sở Kế hoạch và Đầu tư"],
      ["≤ 20", 20, "rank", "lte", 2025, "Sở Thông tin và Truyền thông"],
      ["≤ 10", 10, "rank", "lte", 2030, "Sở Thông tin và Truyền thông"],
    ]);
  });

  test("cells apart by tabs are cells too", () => {
    const doc = run(resolution({ objectives: "TT\tChỉ tiêu\tĐơn vị\tMục tiêu\n1\tKinh tế số trong GRDP\t%\t≥ 20\n2\tDoanh nghiệp nhỏ và vừa sử dụng nền tảng số\t%\t> 50" }));
    expect(doc.targets.map((t) => [t.value, t.comparator, t.indicator])).toEqual([[20, "gte", "digital_economy_grdp"], [50, "gt", "sme_digital"]]);
  });

  test("a line of prose with its spaces doubled is no header", () => {
    const prose = "Mục  tiêu  đến  năm  2025  và  năm  2030:  kinh  tế  số  chiếm  20%  GRDP\nTT  chỉ  tiêu  nguồn  2025";
    expect(normalize(prose).text).not.toContain("|");
  });
});

describe("any table of targets, as pipes or in columns", () => {
  const INDICATORS = [
    "Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng",
    "Kinh tế số trong GRDP",
    "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
    "Dân số trưởng thành có chữ ký số",
    "Hạ tầng mạng băng rộng cáp quang phủ đến hộ gia đình",
  ];
  const SIGNS = [
    ["", "eq"],
    ["≥ ", "gte"],
    [">= ", "gte"],
    ["tối thiểu ", "gte"],
    ["> ", "gt"],
    ["trên ", "gt"],
    ["≤ ", "lte"],
    ["< ", "lt"],
    ["khoảng ", "approx"],
  ] as const;
  const row = fc.record({
    indicator: fc.constantFrom(...INDICATORS),
    sign: fc.constantFrom(...SIGNS),
    value: fc.integer({ min: 1, max: 100 }),
    later: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
    lead: fc.constantFrom("Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "-"),
  });

  test("every value cell's figure is one target: its value, comparator, unit, year and lead; its position slices it", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, inColumns) => {
        const pipes = [
          "| TT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 | Cơ quan chủ trì |",
          "| --- | --- | --- | --- | --- | --- |",
          ...rows.map((r, k) => `| ${k + 1} | ${r.indicator} | % | ${r.sign[0]}${r.value} | ${r.later ?? ""} | ${r.lead} |`),
        ];
        const table = inColumns ? asColumns(pipes) : pipes;
        const raw = resolution({ objectives: "Các chỉ tiêu cụ thể như sau:\n\n" + table.join("\n") });
        const doc = run(raw);
        const expected = rows.flatMap((r) => [
          { literal: /^[≥><≤]/.test(r.sign[0]) ? `${r.sign[0]}${r.value}` : `${r.value}`, value: r.value, comparator: r.sign[1], year: 2025, lead: r.lead === "-" ? null : r.lead },
          ...(r.later === null ? [] : [{ literal: `${r.later}`, value: r.later, comparator: "eq", year: 2030, lead: r.lead === "-" ? null : r.lead }]),
        ]);
        expect(doc.targets.map((t) => ({ literal: t.literal, value: t.value, comparator: t.comparator, year: t.year, lead: t.lead }))).toEqual(expected);
        for (const t of doc.targets) {
          expect(t.unit).toBe("percent");
          expect(slice(raw, t.position)).toBe(t.literal);
        }
      }),
      { numRuns: 40 },
    );
  });
});
