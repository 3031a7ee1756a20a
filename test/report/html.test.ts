import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/rows.js";
import { renderHtml, reportPages } from "../../src/report/html.js";
import { pages } from "../../src/report/site/links.js";
import { quoteSpan, sourcePage } from "../../src/report/site/source.js";
import type { Document } from "../../src/schema/document.js";
import { small } from "../compare/helpers.js";

const docs = small();
const comparison = compare(docs);
const site = new Map(reportPages(comparison, { documents: docs }));
const PROBE = `Thử &lt;script&gt;alert(1)&lt;/script&gt; và &quot;&gt;&lt;img src=x onerror=alert(1)&gt; trong 01 câu`;

describe("the HTML report's pages", () => {
  it("are the overview, the full table, a page per indicator, per province and per document", () => {
    const names = [...site.keys()];
    expect(names.slice(0, 2)).toEqual(["report.html", "report/matrix.html"]);
    const indicators = new Set(comparison.rows.map((r) => r.indicator));
    expect(names.filter((n) => n.startsWith("report/indicator-"))).toHaveLength(indicators.size);
    expect(names.filter((n) => n.startsWith("report/province-"))).toEqual(["report/province-ha-giang.html", "report/province-lao-cai.html", "report/province-yen-bai.html"]);
    expect(names.filter((n) => n.startsWith("report/source-"))).toEqual(["report/source-ha-giang.html", "report/source-lao-cai.html", "report/source-yen-bai.html"]);
    expect(renderHtml(comparison)).toBe(site.get("report.html"));
  });

  it("are self-contained: one script, allowed by its hash, no external resource", () => {
    for (const [name, html] of site) {
      const scripts = [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]);
      expect(scripts, name).toHaveLength(1);
      const hash = createHash("sha256").update(scripts[0]).digest("base64");
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'">`);
      expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
      expect(html).not.toMatch(/@import|url\(|<link\b/i);
    }
  });

  it("escape document text everywhere it appears", () => {
    const pagesWithProbe = [...site].filter(([, html]) => html.includes("alert(1)")).map(([n]) => n);
    expect(pagesWithProbe).toEqual(["report/indicator-other-xss-probe.html", "report/province-ha-giang.html", "report/source-ha-giang.html"]);
    for (const name of pagesWithProbe) {
      const html = site.get(name)!;
      expect(html, name).not.toContain("<img");
      expect(html, name).not.toContain("<script>alert");
      expect(html, name).toContain(PROBE);
    }
  });

  it("sort an indicator's provinces by ambition and draw ranks so that more ambitious reads as longer", () => {
    const html = site.get(`report/${pages.indicator("dti_rank")}`)!;
    const rows = [...html.matchAll(/<tr data-f data-count-item data-province="([a-z-]+)"[^>]*data-rank="(\d)"[^]*?<span class="fill" style="width:([\d.]+)%"><\/span>/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    // Lào Cai's top 10 before Hà Giang's top 25–30; its bar the longer
    expect(rows.map(([p, r]) => [p, r])).toEqual([["lao-cai", 0], ["ha-giang", 1]]);
    expect(rows[0][2]).toBeGreaterThan(rows[1][2] as number);
    // the national line in every bar of a row that has one
    const work = site.get(`report/${pages.indicator("work_records_online")}`)!;
    const section = work.match(/<section class="row" id="work_records_online-province-2025"[^]*?<\/section>/)![0];
    expect(section.match(/<span class="nat" style="left:90%"><\/span>/g)).toHaveLength(3);
    expect(section).toContain("quốc gia / national 90%");
  });

  it("link every number to its words in its document's page", () => {
    const html = site.get(`report/${pages.indicator("work_records_online")}`)!;
    expect(html).toContain('<a href="source-ha-giang.html#t-ha-giang-2" title="“Trên 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng” — ha-giang.txt:10">&gt; 90%</a>');
    // without the raw text the source page lists the quotes, and the anchor is there
    const source = site.get("report/source-ha-giang.html")!;
    expect(source).toContain('<mark id="t-ha-giang-2">90%</mark> — “Trên 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng” <cite>ha-giang.txt:10</cite>');
  });

  it("give a province its documents, bodies and targets", () => {
    const html = site.get("report/province-ha-giang.html")!;
    expect(html).toContain('<h2 id="documents">');
    expect(html).toContain('<a href="source-ha-giang.html">ha-giang.txt</a>');
    expect(html.match(/<tr data-f data-count-item data-indicator=/g)).toHaveLength(comparison.rows.filter((r) => r.cells.some((c) => c.province === "ha-giang")).length);
    expect(html).toContain('<h2 id="bodies">');
  });

  it("are deterministic", () => {
    const again = new Map(reportPages(compare([...docs].reverse()), { documents: [...docs].reverse() }));
    expect([...again]).toEqual([...site]);
  });
});

describe("a document's source page", () => {
  const raw = "Dòng một\n- Phấn đấu **đến năm 2025**, trên 90%\r\nhồ sơ công việc tại cấp tỉnh được xử lý <b>\nDòng cuối";
  const at = raw.indexOf("90%");
  const line = (l: number, c: number, o: number) => ({ line: l, column: c, offset: o });
  const target = {
    id: "x-1",
    text: "Phấn đấu đến năm 2025, trên 90% hồ sơ công việc tại cấp tỉnh được xử lý",
    literal: "90%",
    position: { start: line(2, at - 9, at), end: line(2, at - 6, at + 3) },
  };

  it("finds a clause around its number through markup and line breaks", () => {
    expect(quoteSpan(raw, target)).toEqual([raw.indexOf("Phấn"), raw.indexOf(" <b>")]);
    expect(quoteSpan(raw, { ...target, text: "hoàn toàn khác 90% nữa" })).toBeNull();
  });

  it("numbers lines, marks the number inside its clause (the clause cut at the line break) and escapes the rest", () => {
    const doc = { ...docs[0], targets: [{ ...docs[0].targets[0], ...target }] } as Document;
    const ref = comparison.provinces[0].documents[0];
    const html = sourcePage(ref, doc, raw, { slug: "ha-giang", name: "Hà Giang" });
    expect(html).toContain('<span class="line" id="L1">Dòng một</span>');
    expect(html).toContain(
      '<span class="line" id="L2">- <span class="quote" data-q="0">Phấn đấu **đến năm 2025**, trên <mark id="t-x-1" data-quote="Phấn đấu đến năm 2025, trên 90% hồ sơ công việc tại cấp tỉnh được xử lý" data-cite="ha-giang.txt:2">90%</mark></span></span>',
    );
    expect(html).toContain('<span class="line" id="L3"><span class="quote" data-q="0">hồ sơ công việc tại cấp tỉnh được xử lý</span> &lt;b&gt;</span>');
    expect(html).toContain('<span class="line" id="L4">Dòng cuối</span>');
  });
});

describe("the scale of a row's bars", () => {
  it("is 100 for percentages, a round number otherwise", async () => {
    const { axisMax } = await import("../../src/report/chart.js");
    const { gold } = await import("../compare/helpers.js");
    const rows = compare(gold()).rows;
    expect(axisMax(rows.find((r) => r.key === "work_records_online|province|2025")!)).toBe(100);
    expect(axisMax(rows.find((r) => r.key === "units_transformed|commune|2025")!)).toBe(500);
    expect(axisMax(rows.find((r) => r.key === "other:egdi_rank|-|2025")!)).toBe(100);
  });
});
