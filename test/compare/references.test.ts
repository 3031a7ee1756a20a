// Two national references: 2021–2025 documents against Quyết định 749/QĐ-TTg, 2026–2030
// documents against Nghị quyết 57-NQ/TW and 03/NQ-CP; every output says which it used.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare, rowKey } from "../../src/compare/index.js";
import { bundledReferenceSets, findNationalIn } from "../../src/compare/national.js";
import { reportPages, renderCsv, renderHtml, renderJson, renderMarkdown, renderTable } from "../../src/report/index.js";
import { ComparisonJsonSchema } from "../../src/schema/comparison.js";
import type { Document, Target } from "../../src/schema/document.js";
import { referenceCitation, secondGenerationReferences } from "../../src/schema/reference.js";
import ref57 from "../../src/reference/57-targets.json" with { type: "json" };
import ref03 from "../../src/reference/03-targets.json" with { type: "json" };
import { small } from "./helpers.js";

/** a 2026–2030 plan: Lào Cai's fixture, dated 2026, with targets for 2030 */
function plan2026(): Document {
  const doc = small().find((d) => d.province?.slug === "lao-cai")!;
  const base = doc.targets[0];
  const t = (id: string, fields: Partial<Target>): Target => ({ ...base, id, max: null, scope: null, year: 2030, section: "II", ...fields });
  return {
    ...doc,
    source: { ...doc.source, path: "lao-cai-2026.txt" },
    meta: { ...doc.meta, date: "2026-03-02", horizons: [2030] },
    targets: [
      t("n1", { indicator: "digital_economy_grdp", value: 30, unit: "percent", comparator: "gt", literal: "30%" }),
      t("n2", { indicator: "competitiveness_rank", value: 3, unit: "rank", comparator: "eq", literal: "3" }),
      t("n3", { indicator: "other:patent_applications_growth", value: 16, unit: "percent", comparator: "eq", literal: "16%" }),
      t("n4", { indicator: "online_services_full", value: 95, unit: "percent", comparator: "eq", literal: "95%" }),
    ],
  };
}
const haGiang = () => small().find((d) => d.province?.slug === "ha-giang")!;

describe("the bundled references of the 2026–2030 generation", () => {
  it("load through the zod schema and are cited as a reader cites them", () => {
    const { references, problems } = secondGenerationReferences();
    expect(problems).toEqual([]);
    expect(references.map((r) => [r.decision, r.targets.length, referenceCitation(r)])).toEqual([
      ["57-NQ/TW", 26, "Nghị quyết 57-NQ/TW, 22/12/2024"],
      ["03/NQ-CP", 54, "Nghị quyết 03/NQ-CP, 09/1/2025"],
    ]);
    const researchers = references[0].targets.find((t) => t.indicator === "researchers_per_capita");
    expect(researchers).toMatchObject({ value: 12, per: 10000, unit: "count", year: 2030 });
    expect(references[1].targets.find((t) => t.indicator === "cashless_transactions")?.lead).toBe("Ngân hàng Nhà nước");
  });

  it.each([
    ["57", ref57],
    ["03", ref03],
  ])("%s-targets.json is a faithful copy of shared/national", (name, data) => {
    const shared = new URL(`../../../shared/national/${name}-targets.json`, import.meta.url);
    if (!existsSync(shared)) return;
    expect(data).toEqual(JSON.parse(readFileSync(shared, "utf8")));
  });

  it("a row takes the figure of the first decision that sets it; one decision's two different figures make none", () => {
    const sets = bundledReferenceSets([]);
    const second = sets.get("2026-2030")!;
    expect(second.id).toBe("57-NQ/TW + 03/NQ-CP");
    // 57-NQ/TW says "trên 40%", 03/NQ-CP "≥ 40%": the resolution is cited
    expect(findNationalIn(second, "innovative_firms", null, 2030)).toMatchObject({ comparator: "gt", value: 40, citation: "Nghị quyết 57-NQ/TW, 22/12/2024" });
    // only 03/NQ-CP sets it
    expect(findNationalIn(second, "online_services_full", null, 2030)).toMatchObject({ value: 90, citation: "Nghị quyết 03/NQ-CP, 09/1/2025" });
    // five rankings under one id
    expect(findNationalIn(second, "competitiveness_rank", null, 2030)).toBeNull();
    // a yearly rate and a ratio say so
    expect(findNationalIn(second, "other:patent_applications_growth", null, 2030)).toMatchObject({ label: "16–18%/năm", rate: "per_year" });
    expect(findNationalIn(second, "researchers_per_capita", null, 2030)).toMatchObject({ label: "12 / 10000", per: 10000 });
    expect(findNationalIn(sets.get("2021-2025")!, "online_services_full", null, 2030)).toMatchObject({ value: 100 });
  });
});

describe("compare with documents of both generations", () => {
  const c = compare([haGiang(), plan2026()]);

  it("sets each document against its generation's reference and lists both", () => {
    expect(c.references.map((r) => [r.id, r.generation, r.provinces])).toEqual([
      ["749/QĐ-TTg", "2021-2025", ["ha-giang"]],
      ["57-NQ/TW + 03/NQ-CP", "2026-2030", ["lao-cai"]],
    ]);
    expect(c.references[1].citation).toBe("Nghị quyết 57-NQ/TW, 22/12/2024; Nghị quyết 03/NQ-CP, 09/1/2025");
    expect(c.provinces.map((p) => [p.slug, p.references])).toEqual([
      ["ha-giang", ["749/QĐ-TTg"]],
      ["lao-cai", ["57-NQ/TW + 03/NQ-CP"]],
    ]);
  });

  it("marks a cell against the figure of its own reference, in a row that shows both", () => {
    const row = c.rows.find((r) => r.key === rowKey("online_services_full", null, 2030))!;
    expect(row.nationals.map((n) => n?.label)).toEqual(["100%", "90%"]);
    expect(row.national?.label).toBe("100%");
    expect(row.cells.map((x) => [x.province, x.reference, x.national])).toEqual([["lao-cai", "57-NQ/TW + 03/NQ-CP", "above"]]);
    const grdp = c.rows.find((r) => r.key === rowKey("digital_economy_grdp", null, 2030))!;
    expect(grdp.nationals.map((n) => n?.label)).toEqual(["30%", "≥ 30%"]);
    expect(grdp.cells[0].national).toBe("above");
    const old = c.rows.find((r) => r.key === rowKey("digital_economy_grdp", null, 2025))!;
    expect(old.cells.map((x) => [x.province, x.reference, x.national])).toEqual([["ha-giang", "749/QĐ-TTg", "equal"]]);
  });

  it("marks a province's yearly rate against a national yearly rate, and writes the rate in the cell", () => {
    const doc = plan2026();
    const rate = { ...doc, targets: doc.targets.map((x) => (x.id === "n3" ? { ...x, value: 20, rate: "per_year" as const, literal: "20%/năm" } : x)) };
    const row = compare([rate]).rows.find((r) => r.key === rowKey("other:patent_applications_growth", null, 2030))!;
    expect(row.cells[0].headline).toMatchObject({ value: 20, rate: "per_year", label: "20%/năm" });
    expect(row.cells[0].national).toBe("above");
    // a cell of a level keeps no such field
    expect("rate" in c.rows.find((r) => r.key === rowKey("online_services_full", null, 2030))!.cells[0].headline).toBe(false);
  });

  it("gives no mark against a yearly rate or an ambiguous row", () => {
    expect(c.rows.find((r) => r.key === rowKey("other:patent_applications_growth", null, 2030))!.cells[0].national).toBeNull();
    const rank = c.rows.find((r) => r.key === rowKey("competitiveness_rank", null, 2030))!;
    expect(rank.nationals).toEqual([null, null]);
    expect(rank.cells[0].national).toBeNull();
  });

  it("lists the rows only the new references set, once each", () => {
    const keys = c.rows.map((r) => r.key);
    expect(keys).toContain(rowKey("rnd_spending_gdp", null, 2030));
    expect(keys).toContain(rowKey("digital_tech_firms", null, 2045));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("renders one national column per reference, and says which provinces use which", () => {
    const table = renderTable(c, { width: 160 });
    // the summary wraps at the table's width
    expect(table.slice(0, table.indexOf("\n\n")).replace(/\n/g, " ")).toContain("national references: Quyết định 749/QĐ-TTg, 03/6/2020 (Hà Giang); Nghị quyết 57-NQ/TW, 22/12/2024; Nghị quyết 03/NQ-CP, 09/1/2025 (Lào Cai)");
    expect(table).toMatch(/^Indicator +Scope +Year +Hà Giang +Lào Cai +National 749 +National 57\+03$/m);
    const md = renderMarkdown(c).split("\n");
    expect(md[0]).toBe(
      "| Indicator | Scope | Year | Hà Giang | Lào Cai | National 749 (Quyết định 749/QĐ-TTg, 03/6/2020) | National 57+03 (Nghị quyết 57-NQ/TW, 22/12/2024; Nghị quyết 03/NQ-CP, 09/1/2025) |",
    );
    // the national columns are the full table's, a page beside the overview
    const html = [...reportPages(c)].find(([name]) => name.endsWith("/table.html") || name.includes("matrix"))![1];
    expect(renderHtml(c)).toContain("national references: Quyết định 749/QĐ-TTg, 03/6/2020 (Hà Giang)");
    expect(html).toContain('data-reference="57-NQ/TW + 03/NQ-CP" title="Nghị quyết 57-NQ/TW, 22/12/2024; Nghị quyết 03/NQ-CP, 09/1/2025">Quốc gia <span class="en">National (57-NQ/TW + 03/NQ-CP)</span>');
    expect(html).toContain('<th scope="col" class="national" data-province="national" data-reference="749/QĐ-TTg"');
  });

  it("draws one national line per reference on an indicator's page, each named", () => {
    const row = c.rows.find((r) => r.key === rowKey("online_services_full", null, 2030))!;
    expect(row.nationals.map((n) => n?.label)).toEqual(["100%", "90%"]);
    const html = [...reportPages(c)].find(([name]) => name === "report/indicator-online-services-full.html")![1];
    const section = html.match(/<section class="row" id="online_services_full---2030"[^]*?<\/section>/)![0];
    expect(section).toContain('quốc gia / national 749: 100%</span>');
    expect(section).toContain('quốc gia / national 57+03: 90%</span>');
    const bars = section.match(/<span class="track">[^]*?<\/td>/g)!;
    for (const bar of bars) {
      expect(bar).toContain('<span class="nat nat-0" style="left:100%" title="quốc gia / national 749: 100%"></span>');
      expect(bar).toContain('<span class="nat nat-1" style="left:90%" title="quốc gia / national 57+03: 90%"></span>');
    }
  });

  it("writes the reference of every CSV line and every JSON cell", () => {
    const lines = renderCsv(c).trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("online_services_full,") && l.includes(",2030,"))).toEqual([
      expect.stringMatching(/,lao-cai,Lào Cai,95%,95,,eq,95%,false,false,false,above,90%,.*,lao-cai-2026\.txt,\d+,\d+,n4,57-NQ\/TW \+ 03\/NQ-CP,lao-cai,Lào Cai,.*$/),
      expect.stringMatching(/,national,Quyết định 749\/QĐ-TTg,100%,100,,eq,.*,"Quyết định 749\/QĐ-TTg, 03\/6\/2020",,,,749\/QĐ-TTg,,,.*$/),
      expect.stringMatching(/,national,Nghị quyết 03\/NQ-CP,90%,90,,eq,.*,"Nghị quyết 03\/NQ-CP, 09\/1\/2025",,,,57-NQ\/TW \+ 03\/NQ-CP,,,.*$/),
    ]);
    const json = JSON.parse(renderJson(c));
    expect(ComparisonJsonSchema.safeParse(json).success).toBe(true);
    expect(json.rows.flatMap((r: { cells: Array<{ reference: string }> }) => r.cells.map((x) => x.reference))).toContain("57-NQ/TW + 03/NQ-CP");
  });
});

describe("compare with documents of the new generation only", () => {
  it("has one national column, headed as always, citing both decisions", () => {
    const c = compare([plan2026()]);
    expect(c.references.map((r) => r.id)).toEqual(["57-NQ/TW + 03/NQ-CP"]);
    expect(c.national?.decision).toBe("57-NQ/TW");
    const table = renderTable(c, { width: 120 });
    expect(table.split("\n")[0]).toContain("national reference: Nghị quyết 57-NQ/TW, 22/12/2024; Nghị quyết 03/NQ-CP, 09/1/2025");
    expect(table).toMatch(/^Indicator +Scope +Year +Lào Cai +National$/m);
  });

  it("a text naming 57-NQ/TW is of the new generation whatever its date", () => {
    const doc = plan2026();
    const named: Document = {
      ...doc,
      meta: { ...doc.meta, date: "2024-12-30", horizons: [2025, 2030], references: [{ id: "57-NQ/TW", literal: "57-NQ/TW", position: doc.targets[0].position }] },
    };
    expect(compare([named]).references.map((r) => r.id)).toEqual(["57-NQ/TW + 03/NQ-CP"]);
    expect(compare([{ ...named, meta: { ...named.meta, references: [] } }]).references.map((r) => r.id)).toEqual(["749/QĐ-TTg"]);
  });
});
