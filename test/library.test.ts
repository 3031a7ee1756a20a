// The library an app builds on: the comparison and build types exported, every renderer
// returning its text, extract taking a string as well as bytes.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as lib from "../src/index.js";
import type { BuildSummary, Cell, CellTarget, Comparison, ComparisonHead, Diff, Row } from "../src/index.js";

const CORPUS = join(import.meta.dirname, "..", "corpus");
const docs = ["nghe-an.txt", "thanh-hoa.txt"].map((name) => lib.extract(readFileSync(join(CORPUS, name)), { path: name }).document);

describe("the comparison and build types", () => {
  it("are exported and describe what compare, diff and buildDataset return", () => {
    const comparison = lib.compare(docs);
    expectTypeOf(comparison).toEqualTypeOf<Comparison>();
    expectTypeOf(comparison.rows[0]).toEqualTypeOf<Row>();
    expectTypeOf(comparison.rows[0].cells[0]).toEqualTypeOf<Cell>();
    expectTypeOf(comparison.rows[0].cells[0].targets[0]).toEqualTypeOf<CellTarget>();
    expectTypeOf(lib.diff(docs, "nghe-an", "thanh-hoa")).toEqualTypeOf<Diff>();
    expectTypeOf<ReturnType<typeof lib.buildDataset>>().toMatchTypeOf<Promise<BuildSummary[]>>();
    const row: Row = comparison.rows.find((r) => r.cells.length === 2)!;
    expect(row.cells.map((c: Cell) => c.province)).toEqual(["nghe-an", "thanh-hoa"]);
  });

  it("comparing: the same comparison a document at a time, its rows whole or an indicator at a time", () => {
    const make = () => {
      const c = lib.comparing();
      for (const doc of docs) c.add(doc);
      return c;
    };
    expect(make().result()).toEqual(lib.compare(docs));
    const c = make();
    const head: ComparisonHead = c.head();
    expect({ ...head, rows: [...c.groups()].flat() }).toEqual(lib.compare(docs));
  });
});

describe("renderers return strings", () => {
  const comparison = lib.compare(docs);
  it.each(lib.FORMATS.map((f) => [f]))("render(…, %s) is the text the CLI prints and the file the build writes", (format) => {
    const text = lib.render(comparison, format, { width: 100 });
    expect(typeof text).toBe("string");
    expect(text.length).toBeGreaterThan(500);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("each format's own renderer gives the same text as render", () => {
    expect(lib.renderCsv(comparison)).toBe(lib.render(comparison, "csv"));
    expect(lib.renderJson(comparison)).toBe(lib.render(comparison, "json"));
    expect(lib.renderMarkdown(comparison)).toBe(lib.render(comparison, "md"));
    expect(lib.renderHtml(comparison)).toBe(lib.render(comparison, "html"));
    expect(lib.renderTable(comparison, { width: 90 })).toBe(lib.render(comparison, "table", { width: 90 }));
    const d = lib.diff(docs, "nghe-an", "thanh-hoa");
    expect(JSON.parse(lib.renderDiffJson(d)).a.slug).toBe("nghe-an");
    expect(lib.renderDiffText(d).split("\n")[0]).toBe("Nghệ An (nghe-an) vs Thanh Hóa (thanh-hoa)");
  });

  it("comparisonOutputs gives the files as strings; writeComparisonOutputs writes the same bytes", async () => {
    const outputs = [...lib.comparisonOutputs(docs)];
    const names = outputs.map(([name]) => name);
    expect(names.slice(0, lib.OUTPUT_FILES.length)).toEqual([...lib.OUTPUT_FILES]);
    // the report's other pages: the full table, one per indicator, per province, per document
    expect(names.slice(lib.OUTPUT_FILES.length).every((n) => n.startsWith("report/"))).toBe(true);
    expect(names).toContain("report/matrix.html");
    expect(names).toContain("report/province-nghe-an.html");
    const dir = mkdtempSync(join(tmpdir(), "nghiquyet-lib-"));
    try {
      const written = await lib.writeComparisonOutputs(docs, dir);
      for (const [i, [, content]] of outputs.entries()) expect(readFileSync(written[i], "utf8")).toBe(content);
      expect(lib.ComparisonJsonSchema.safeParse(JSON.parse(outputs[0][1])).success).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("extract takes a string", () => {
  const bytes = readFileSync(join(CORPUS, "nghe-an.txt"));
  const text = bytes.toString("utf8");

  it("as text already decoded: the same targets, encoding 'string', positions index the string", () => {
    const fromBytes = lib.extract(bytes, { path: "nghe-an.txt" }).document;
    const fromText = lib.extract(text, { path: "nghe-an.txt" }).document;
    expect(fromText.source).toEqual({ ...fromBytes.source, encoding: "string" });
    expect(fromText.targets).toEqual(fromBytes.targets);
    expect(fromText.targets.length).toBeGreaterThan(20);
    for (const t of fromText.targets) expect(text.slice(t.position.start.offset, t.position.end.offset)[0]).toBe(t.literal[0]);
  });

  it("a string is not decoded again: text that would look like another encoding's bytes stays as it is", () => {
    const odd = "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025\n\nI. MỤC TIÊU\n1. Đến năm 2025\n- 100% cơ quan kết nối mạng; ký tự Â �â ã.\n";
    const { document } = lib.extract(odd);
    expect(document.source.encoding).toBe("string");
    expect(document.messages.filter((m) => m.ruleId.startsWith("decode-"))).toEqual([]);
    expect(document.province?.slug).toBe("nghe-an");
  });

  it("an empty string is an error, as an empty file is", () => {
    const { document } = lib.extract("");
    expect(document.messages.map((m) => [m.severity, m.ruleId])).toEqual([["error", "decode-empty"]]);
    expect(document.source).toMatchObject({ bytes: 0, encoding: "string" });
  });
});
