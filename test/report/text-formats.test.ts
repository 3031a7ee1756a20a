import { describe, expect, it } from "vitest";
import { diff } from "../../src/compare/diff.js";
import { compare } from "../../src/compare/rows.js";
import { csvField, renderCsv } from "../../src/report/csv.js";
import { renderDiffJson, renderDiffText } from "../../src/report/diff.js";
import { escapeMarkdownCell, renderMarkdown } from "../../src/report/markdown.js";
import { gold, small } from "../compare/helpers.js";

describe("csv", () => {
  it("quotes fields with commas, quotes and line breaks", () => {
    expect(csvField("Cơ sở dữ liệu kết nối, chia sẻ")).toBe('"Cơ sở dữ liệu kết nối, chia sẻ"');
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField(null)).toBe("");
    expect(csvField(2025)).toBe("2025");
  });

  it("is long: one line per cited target of a cell (file, line, column, quote, target id), one per national figure", () => {
    const comparison = compare(gold());
    const lines = renderCsv(comparison).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "indicator,indicator_vi,indicator_en,scope,year,unit,province,province_name,label,value,max,comparator,literal,conflict,highest,lowest,vs_national,national,quote,file,line,column,target_id,reference,from,from_name,measure,sequence,document_kind,document_number,document_date",
    );
    const row = comparison.rows.find((r) => r.key === "digital_economy_grdp|-|2025")!;
    const t = row.cells.find((c) => c.province === "nghe-an")!.targets[0];
    const doc = gold().find((d) => d.province?.slug === "nghe-an")!;
    expect(lines).toContain(
      `digital_economy_grdp,${row.label.vi},${row.label.en},,2025,percent,nghe-an,Nghệ An,~ 20%,20,,approx,20%,false,false,true,equal,20%,Kinh tế số chiếm khoảng 20% GRDP,nghe-an.txt,56,${t.position.start.column},${t.targetId},749/QĐ-TTg,nghe-an,Nghệ An,,false,${doc.meta.kind},${doc.meta.number ?? ""},${doc.meta.date ?? ""}`,
    );
    expect(lines.filter((l) => l.startsWith("digital_economy_grdp,") && l.includes(",2025,percent,national,"))).toEqual([
      `digital_economy_grdp,${row.label.vi},${row.label.en},,2025,percent,national,Quyết định 749/QĐ-TTg,20%,20,,eq,,false,false,false,,20%,${csvField(row.national!.description)},"Quyết định 749/QĐ-TTg, 03/6/2020",,,,749/QĐ-TTg,,,,false,,749/QĐ-TTg,2020-06-03`,
    ]);
    const targets = comparison.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.targets.length, 0), 0);
    expect(lines).toHaveLength(1 + targets + comparison.rows.filter((r) => r.national).length);
  });
});

describe("markdown", () => {
  it("escapes pipes and renders marks and citations", () => {
    expect(escapeMarkdownCell("a | b\nc")).toBe("a \\| b c");
    const md = renderMarkdown(compare(small(), { indicators: ["shared_databases"], years: [2025] }));
    expect(md.split("\n")[0]).toBe("| Indicator | Scope | Year | Hà Giang | Lào Cai | Yên Bái | National (Quyết định 749/QĐ-TTg, 03/6/2020) |");
    expect(md).toContain("| Cơ sở dữ liệu kết nối, chia sẻ — cơ sở dữ liệu quốc gia (Shared databases connected — national databases) |  | 2025 | 100% = (ha-giang.txt:14) | — | — | 100% |");
    expect(md).toContain("| Cơ sở dữ liệu kết nối, chia sẻ — cơ sở dữ liệu (Shared databases connected — databases) |  | 2025 | > 80% − (ha-giang.txt:14) | — | — | 100% |");
  });
});

describe("diff renderers", () => {
  it("text lists every row of the diff once, within 100 columns", () => {
    const d = diff(gold(), "nghe-an", "thanh-hoa");
    const text = renderDiffText(d);
    expect(Math.max(...text.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(text).toContain(`Only in Nghệ An (nghe-an): ${d.onlyA.length}`);
    expect(text).toContain(`Only in Thanh Hóa (thanh-hoa): ${d.onlyB.length}`);
    expect(text).toContain(`In both: ${d.shared.length}`);
    expect(text).toMatch(/Kinh tế số trong GRDP · 2025\s+~ 20% \(nghe-an\.txt:56\)\s+≥ 20% \(thanh-hoa\.txt:48\)\s+thanh-hoa\n/);
    // a row label too long for its column wraps: the year on the next line
    expect(text).toMatch(/Dân số có tài khoản thanh toán ·\s+≥ 80% \(nghe-an\.txt:58\)\s+≥ 50% \(thanh-hoa\.txt:55\)\s+nghe-an\n\s*2025\s*\n/);
  });

  it("json carries both cells and the direction", () => {
    const json = JSON.parse(renderDiffJson(diff(gold(), "nghe-an", "thanh-hoa")));
    const grdp = json.shared.find((e: { key: string }) => e.key === "digital_economy_grdp|-|2025");
    expect(grdp.more).toBe("b");
    expect(grdp.a.targets[0]).toMatchObject({ citation: "nghe-an.txt:56", value: 20, comparator: "approx", quote: "Kinh tế số chiếm khoảng 20% GRDP" });
  });
});
