import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indicators } from "../../grammars/indicators.js";
import { indicatorLabel, indicatorOrder, INDICATORS, isKnownIndicator, scopeLabel } from "../../src/compare/labels.js";

describe("indicator labels", () => {
  it("labels every indicator id of GUIDE.md in Vietnamese and English", () => {
    const guide = new URL("../../../shared/gold/GUIDE.md", import.meta.url);
    const ids = existsSync(guide)
      ? [...readFileSync(guide, "utf8").matchAll(/^- `([a-z0-9_]+)` —/gm)].map((m) => m[1])
      : INDICATORS.map(([id]) => id);
    expect(ids.length).toBeGreaterThanOrEqual(49);
    expect(INDICATORS.map(([id]) => id).sort()).toEqual([...ids].sort());
  });

  it("every id of the taxonomy has a short Vietnamese and an English label, none shared", () => {
    for (const { id, label } of indicators) {
      expect(label.vi.trim().length, id).toBeGreaterThan(0);
      expect(label.en.trim().length, id).toBeGreaterThan(0);
      expect(label.vi.length, id).toBeLessThanOrEqual(40);
      expect(label.en.length, id).toBeLessThanOrEqual(40);
      expect(indicatorLabel(id), id).toBe(label);
      expect(isKnownIndicator(id), id).toBe(true);
    }
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(indicators.map((i) => i.label.vi)).size).toBe(ids.length);
    expect(new Set(indicators.map((i) => i.label.en)).size).toBe(ids.length);
  });

  it("lists rows by domain, in taxonomy order within each, the guide's ids before other:<slug> ones", () => {
    const domains = INDICATORS.map(([id]) => indicators.find((i) => i.id === id)!.domain);
    expect(domains).toEqual([...domains].sort((a, b) => ["government", "economy", "society"].indexOf(a) - ["government", "economy", "society"].indexOf(b)));
    expect(INDICATORS.slice(0, 3).map(([id]) => id)).toEqual(["online_services_full", "online_applications", "work_records_online"]);
    expect(indicatorOrder("online_services_usage")).toBeLessThan(indicatorOrder("digital_economy_grdp"));
    expect(indicatorOrder("digital_economy_grdp")).toBeLessThan(indicatorOrder("fiber_households"));
    expect(indicatorOrder("other:sso_systems")).toBe(INDICATORS.length);
    expect(indicatorOrder("no_such_thing")).toBe(INDICATORS.length);
  });

  it("knows a few by heart", () => {
    expect(indicatorLabel("digital_economy_grdp")).toEqual({ vi: "Kinh tế số trong GRDP", en: "Digital economy share of GRDP" });
    expect(indicatorLabel("dti_rank").en).toBe("Digital transformation (DTI) ranking");
    expect(indicatorLabel("other:sso_systems")).toEqual({ vi: "Hệ thống xác thực tập trung (SSO)", en: "Systems with single sign-on" });
  });

  it("shows the slug of other:<slug> ids the taxonomy does not know, and unknown ids as they are", () => {
    expect(indicatorLabel("other:xss_probe")).toEqual({ vi: "xss_probe", en: "xss_probe" });
    expect(indicatorLabel("no_such_thing")).toEqual({ vi: "no_such_thing", en: "no_such_thing" });
    expect(isKnownIndicator("other:xss_probe")).toBe(false);
  });

  it("labels the ranking by an index the taxonomy scores from that index's label", () => {
    expect(indicatorLabel("other:pci_rank")).toEqual({ vi: "Điểm năng lực cạnh tranh cấp tỉnh (PCI) — thứ hạng", en: "Provincial competitiveness (PCI) score — rank" });
    expect(indicatorLabel("other:no_such_index_rank")).toEqual({ vi: "no_such_index_rank", en: "no_such_index_rank" });
  });

  it("labels scopes", () => {
    expect(scopeLabel("commune")).toEqual({ vi: "cấp xã", en: "commune" });
    expect(scopeLabel(null)).toBeNull();
  });
});
