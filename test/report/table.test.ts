import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/rows.js";
import type { Document } from "../../src/schema/document.js";
import { renderTable } from "../../src/report/table.js";
import { gold, small } from "../compare/helpers.js";

const widths = (text: string) => text.split("\n").map((l) => [...l].length);

describe("terminal table", () => {
  it("lines up cells with their marks under province names, the indicator once per group", () => {
    const text = renderTable(compare(small(), { indicators: ["work_records_online", "payment_accounts"], years: [2025] }));
    expect(text).toBe(
      [
        "3 provinces, 4 rows; national reference: Quyết định 749/QĐ-TTg, 03/6/2020",
        "",
        "Indicator                        Scope  Year  Hà Giang  Lào Cai   Yên Bái   National",
        "───────────────────────────────  ─────  ────  ────────  ────────  ────────  ────────",
        "Hồ sơ công việc xử lý trên mạng  tỉnh   2025  > 90% ▲+  90% ▼=    ≥ 90% ▼=  90%",
        "                                 huyện  2025  —         —         —         80%",
        "                                 xã     2025  —         —         —         60%",
        "Dân số có tài khoản thanh toán          2025  ≥ 50% −   > 50% ▲=  ~ 50% ▼−  > 50%",
        "",
        "▲ highest · ▼ lowest · ! conflict (a / b) · vs national: + above = equal − below · — no target",
        "",
      ].join("\n"),
    );
  });

  it("puts each value of a conflict on its own line", () => {
    const text = renderTable(compare(small(), { indicators: ["shared_databases"], years: [2025] }));
    const lines = text.split("\n");
    const i = lines.findIndex((l) => l.startsWith("Cơ sở dữ liệu kết nối"));
    expect(lines[i]).toMatch(/2025\s+100% \/\s+—\s+—\s+100%$/);
    expect(lines[i + 1]).toMatch(/^\s+> 80% !=$/);
    expect(lines[i + 1].indexOf(">")).toBe(lines[i].indexOf("100% /"));
  });

  it("stays within 100 columns and keeps Vietnamese labels whole (gold-derived corpus)", () => {
    const text = renderTable(compare(gold()), { width: 100 });
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(100);
    expect(text).toContain("Kinh tế số trong GRDP");
    expect(text).toMatch(/Kinh tế số trong GRDP\s+2025\s+~ 20% ▼=\s+~ 20% ▼=\s+≥ 20% ▲=\s+20% ▲=\s+20%\n/);
    expect(text.normalize("NFC")).toBe(text);
  });

  it("splits many provinces into blocks that each fit, repeating the indicator and national columns", () => {
    const [base] = small();
    const docs: Document[] = Array.from({ length: 12 }, (_, i) => ({
      ...base,
      source: { ...base.source, path: `tinh-${String(i).padStart(2, "0")}.txt` },
      province: { name: `Tỉnh số ${i}`, slug: `tinh-${String(i).padStart(2, "0")}`, successor: null },
    }));
    const text = renderTable(compare(docs, { indicators: ["work_records_online"], years: [2025] }), { width: 100 });
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(100);
    const headers = text.split("\n").filter((l) => l.startsWith("Indicator"));
    expect(headers.length).toBeGreaterThan(1);
    for (const h of headers) expect(h.trimEnd().endsWith("National")).toBe(true);
    const named = headers.flatMap((h) => h.match(/Tỉnh số \d+/g) ?? []);
    expect(named).toEqual(Array.from({ length: 12 }, (_, i) => `Tỉnh số ${i}`));
  });

  it("says so when no row matches", () => {
    expect(renderTable(compare(small(), { indicators: ["eid_users"], years: [1999] }))).toContain("(no rows: no target matches the filters)");
  });
});
