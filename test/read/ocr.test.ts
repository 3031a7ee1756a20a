import { describe, expect, test } from "vitest";
import { parseTsv } from "../../src/stages/read/ocr.js";
import { assemble } from "../../src/stages/read/assemble.js";

const HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
const row = (level: number, ids: [number, number, number, number], box: [number, number, number, number], conf = -1, text = "") =>
  [level, 1, ...ids, ...box, conf, text].join("\t");

/** a 300-dpi page: a line of words, a line of tone-mark specks under it, another line of words */
const TSV = [
  HEAD,
  row(1, [0, 0, 0, 0], [0, 0, 2480, 3508]),
  row(4, [1, 1, 1, 0], [300, 300, 900, 60]),
  row(5, [1, 1, 1, 1], [300, 300, 200, 60], 96.5, "Kinh"),
  row(5, [1, 1, 1, 2], [520, 300, 120, 60], 95.2, "tế"),
  row(5, [1, 1, 1, 3], [660, 300, 140, 60], 41.7, "20%"),
  row(4, [1, 1, 2, 0], [300, 362, 900, 19]),
  row(5, [1, 1, 2, 1], [300, 362, 30, 19], 60.1, "^"),
  row(5, [1, 1, 2, 2], [400, 362, 40, 19], 52.3, "AZ"),
  row(5, [1, 1, 2, 3], [500, 362, 30, 19], 31.0, "~"),
  row(4, [1, 1, 3, 0], [300, 380, 900, 60]),
  row(5, [1, 1, 3, 1], [300, 380, 250, 60], 93.0, "GRDP."),
].join("\n");

describe("parseTsv: Tesseract's words, with boxes in points and confidence", () => {
  test("words of a line keep their boxes (pixels at 300 dpi to points) and confidence; a line of specks is dropped", () => {
    const page = parseTsv(TSV, 300);
    expect(page.width).toBeCloseTo(595.2);
    expect(page.height).toBeCloseTo(841.92);
    expect(page.items.map((w) => [w.str, w.confidence, w.line])).toEqual([
      ["Kinh", 97, "1.1.1"],
      ["tế", 95, "1.1.1"],
      ["20%", 42, "1.1.1"],
      ["GRDP.", 93, "1.1.3"],
    ]);
    expect(page.items[2]).toMatchObject({ x0: expect.closeTo(158.4), y0: expect.closeTo(72), x1: expect.closeTo(192), y1: expect.closeTo(86.4) });
  });

  test("the page assembled: one paragraph, the low-confidence word's span keeps its confidence", () => {
    const { text, layout } = assemble([parseTsv(TSV, 300)]);
    expect(text).toBe("Kinh tế 20% GRDP.\n");
    const span = layout.spans.find((s) => text.slice(s.start, s.end) === "20%");
    expect(span).toMatchObject({ page: 1, confidence: 42, box: [158.4, 841.92 - 86.4, 192, 841.92 - 72] });
  });
});
