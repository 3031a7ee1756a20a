import { describe, expect, it } from "vitest";
import { escapeAttr, escapeHtml, htmlId } from "../../src/report/escape.js";

describe("escapeHtml", () => {
  it("neutralises a script tag", () => {
    expect(escapeHtml("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("cannot break out of an attribute", () => {
    expect(escapeHtml('"><img onerror=alert(1)>')).toBe("&quot;&gt;&lt;img onerror=alert(1)&gt;");
    expect(escapeHtml("' onmouseover='x")).toBe("&#39; onmouseover=&#39;x");
  });

  it("escapes the ampersand first and leaves Vietnamese text alone", () => {
    expect(escapeHtml("&lt; Hồ sơ công việc & dữ liệu")).toBe("&amp;lt; Hồ sơ công việc &amp; dữ liệu");
  });

  it("keeps line breaks of attribute values", () => {
    expect(escapeAttr('a "b"\nc')).toBe("a &quot;b&quot;&#10;c");
  });

  it("makes safe ids", () => {
    expect(htmlId("other:egdi_rank-|-2025")).toBe("other-egdi_rank-2025");
  });
});
