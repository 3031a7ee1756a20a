import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/rows.js";
import { axisMax, barChart } from "../../src/report/chart.js";
import { renderHtml } from "../../src/report/html.js";
import { gold, small } from "../compare/helpers.js";

const html = renderHtml(compare(small()));

describe("report.html", () => {
  it("is self-contained: no script, no external resource, a CSP that forbids both", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it("escapes document text everywhere it appears (cell, tooltip, chart)", () => {
    expect(html).not.toContain("<img");
    expect(html).not.toContain('"><img');
    expect(html).toContain("<blockquote>Thử &lt;script&gt;alert(1)&lt;/script&gt; và &quot;&gt;&lt;img src=x onerror=alert(1)&gt; trong 01 câu</blockquote>");
    expect(html).toContain('title="1: “Thử &lt;script&gt;alert(1)&lt;/script&gt; và &quot;&gt;&lt;img src=x onerror=alert(1)&gt; trong 01 câu” — ha-giang.txt:20"');
    expect(html).toContain("<title>Hà Giang: 1\n“Thử &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("has a header cell for every province and the national column", () => {
    for (const name of ["Hà Giang", "Lào Cai", "Yên Bái"]) expect(html).toMatch(new RegExp(`<th scope="col" data-province="[a-z-]+" title="[^"]+">${name}</th>`));
    expect(html).toContain('data-province="national" title="Quyết định 749/QĐ-TTg, 03/6/2020">Quốc gia');
  });

  it("gives every number its quote and file:line on hover and on click", () => {
    const cell = html.match(/<td id="row-work_records_online-province-2025--ha-giang"[^]*?<\/td>/)![0];
    expect(cell).toBe(
      '<td id="row-work_records_online-province-2025--ha-giang" class="cell highest above" data-province="ha-giang">' +
        '<details><summary title="&gt; 90%: “Trên 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng” — ha-giang.txt:10">' +
        '<span class="value">&gt; 90%</span><span class="marks">▲+</span></summary>' +
        '<div class="source" data-target="ha-giang-2"><blockquote>Trên 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng</blockquote><cite>ha-giang.txt:10</cite></div>' +
        "</details></td>",
    );
    const conflict = html.match(/<td id="row-shared_databases-2025--ha-giang"[^]*?<\/td>/)![0];
    expect(conflict).toContain('class="cell conflict equal"');
    expect(conflict).toContain("&#10;&gt; 80%: “kết nối liên thông trên 80% cơ sở dữ liệu của các ban, sở, ngành” — ha-giang.txt:14");
    expect(conflict.match(/<cite>/g)).toHaveLength(2);
  });

  it("draws a bar per province and the national line", () => {
    const c = compare(small());
    const row = c.rows.find((r) => r.key === "work_records_online|province|2025")!;
    const svg = barChart(row, c.provinces);
    expect(svg.match(/<rect class="bar-value"/g)).toHaveLength(3);
    expect(svg).toContain('<rect class="bar-value" x="140" y="22" width="279" height="14"/>');
    expect(svg).toContain('<g class="national-line"><title>National: 90% — hồ sơ công việc cấp bộ, tỉnh xử lý trên môi trường mạng (Quyết định 749/QĐ-TTg, 03/6/2020)</title><line x1="419"');
    const rank = c.rows.find((r) => r.key === "dti_rank|-|2025")!;
    const rankSvg = barChart(rank, c.provinces);
    expect(rankSvg).toContain('class="bar-range"');
    expect(rankSvg).toContain('<text class="value" x="144" y="73">—</text>');
    expect(html.match(/<svg class="chart"/g)!.length).toBe(c.rows.length);
  });

  it("scales the axis to 100 for percentages, to a round number otherwise", () => {
    const rows = compare(gold()).rows;
    expect(axisMax(rows.find((r) => r.key === "work_records_online|province|2025")!)).toBe(100);
    expect(axisMax(rows.find((r) => r.key === "units_transformed|commune|2025")!)).toBe(500);
    expect(axisMax(rows.find((r) => r.key === "other:egdi_rank|-|2025")!)).toBe(100);
  });

  it("is deterministic", () => {
    expect(renderHtml(compare([...small()].reverse()))).toBe(html);
  });
});
