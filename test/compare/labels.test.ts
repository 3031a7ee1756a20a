import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indicatorLabel, INDICATORS, scopeLabel } from "../../src/compare/labels.js";

describe("indicator labels", () => {
  it("labels every indicator id of GUIDE.md in Vietnamese and English", () => {
    const guide = new URL("../../../shared/gold/GUIDE.md", import.meta.url);
    const ids = existsSync(guide)
      ? [...readFileSync(guide, "utf8").matchAll(/^- `([a-z0-9_]+)` —/gm)].map((m) => m[1])
      : INDICATORS.map(([id]) => id);
    expect(ids.length).toBe(36);
    expect(INDICATORS.map(([id]) => id)).toEqual(ids);
    for (const id of ids) {
      const label = indicatorLabel(id);
      expect(label.vi.length, id).toBeGreaterThan(0);
      expect(label.en.length, id).toBeGreaterThan(0);
      expect(label.vi.length, id).toBeLessThanOrEqual(40);
    }
  });

  it("knows a few by heart", () => {
    expect(indicatorLabel("digital_economy_grdp")).toEqual({ vi: "Kinh tế số trong GRDP", en: "Digital economy share of GRDP" });
    expect(indicatorLabel("dti_rank").en).toBe("DTI ranking (top-N)");
  });

  it("shows the slug of other:<slug> ids", () => {
    expect(indicatorLabel("other:egdi_rank")).toEqual({ vi: "egdi_rank", en: "egdi_rank" });
  });

  it("labels scopes", () => {
    expect(scopeLabel("commune")).toEqual({ vi: "cấp xã", en: "commune" });
    expect(scopeLabel(null)).toBeNull();
  });
});
