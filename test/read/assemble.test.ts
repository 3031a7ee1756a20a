import { describe, expect, test } from "vitest";
import { assemble } from "../../src/stages/read/assemble.js";
import { locate } from "../../src/stages/read/locate.js";
import type { Item, Page } from "../../src/stages/read/types.js";

const SIZE = 13;
const PITCH = 17;
const WIDTH = 595;
const HEIGHT = 842;
const LEFT = 85;
const RIGHT = 552;
/** a char's width in these made-up pages */
const CHAR = 6;

/** a line of words from x, at line `row` of the page (y down) */
function line(text: string, row: number, x = LEFT): Item[] {
  const items: Item[] = [];
  let at = x;
  const y0 = 60 + row * PITCH;
  for (const word of text.split(" ")) {
    items.push({ str: word, x0: at, x1: at + word.length * CHAR, y0, y1: y0 + SIZE, size: SIZE });
    at += (word.length + 1) * CHAR;
  }
  return items;
}

/** a line filled to the right margin (justified): its words spread */
function full(text: string, row: number, x = LEFT): Item[] {
  const items = line(text, row, x);
  const stretch = (RIGHT - items[items.length - 1].x1) / Math.max(1, items.length - 1);
  return items.map((it, i) => ({ ...it, x0: it.x0 + i * stretch, x1: it.x1 + i * stretch }));
}

const page = (...lines: Item[][]): Page => ({ width: WIDTH, height: HEIGHT, items: lines.flat() });

describe("assemble: words on pages to the text the pipeline reads", () => {
  test("the two-column header block is written a column at a time, then the title and the paragraphs", () => {
    const { text } = assemble([
      page(
        [...line("TỈNH ỦY NGHỆ AN", 0, 100), ...line("ĐẢNG CỘNG SẢN VIỆT NAM", 0, 360)],
        [...line("*", 1, 150), ...line("Nghệ An, ngày 1 tháng 2 năm 2022", 1, 340)],
        line("Số 09-NQ/TU", 2, 110),
        line("NGHỊ QUYẾT", 5, 270),
        full("Phấn đấu đến năm 2025 có 80% hồ sơ công việc tại cấp tỉnh được", 7, LEFT + 20),
        line("xử lý trên môi trường mạng.", 8),
      ),
    ]);
    expect(text).toBe(
      "TỈNH ỦY NGHỆ AN\n\n*\n\nSố 09-NQ/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNghệ An, ngày 1 tháng 2 năm 2022\n\nNGHỊ QUYẾT\n\nPhấn đấu đến năm 2025 có 80% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.\n",
    );
  });

  test("running headers, footers and page numbers go; a paragraph runs on over the page break; a hyphenated word is joined", () => {
    const body = (row: number, words: string) => full(words, row);
    const { text } = assemble([
      page(line("Nghị quyết về chuyển đổi số", 0, 300), body(2, "Chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt, toàn diện, mang tính"), body(3, "đột phá của cả hệ thống chính trị và của toàn thể nhân dân trong tỉnh, trên"), line("1", 40, 290)),
      page(line("Nghị quyết về chuyển đổi số", 0, 300), body(2, "cơ sở hạ tầng số và nền tảng số với sự tham gia của các dịch vụ tele-"), line("medicine của tỉnh.", 3), line("- 2 -", 40, 280)),
    ]);
    expect(text).toBe(
      "Chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt, toàn diện, mang tính đột phá của cả hệ thống chính trị và của toàn thể nhân dân trong tỉnh, trên cơ sở hạ tầng số và nền tảng số với sự tham gia của các dịch vụ telemedicine của tỉnh.\n",
    );
  });

  test("an item line opens a paragraph; a short line closes one; marks are composed (NFC)", () => {
    const decomposed = "Kinh te\u0302\u0301 so\u0302\u0301 chie\u0302\u0301m 20%";
    const { text } = assemble([page(line("a) Về kinh tế số:", 0), line(decomposed, 1), line("- Năng suất lao động tăng 9,6%.", 2))]);
    expect(text).toBe("a) Về kinh tế số:\n\nKinh tế số chiếm 20%\n\n- Năng suất lao động tăng 9,6%.\n");
  });

  test("a table after the text is a pipe table: rows where the gap between lines widens", () => {
    const cols = [LEFT, 150, 380];
    const row = (r: number, cells: string[]) => cells.flatMap((c, k) => (c ? line(c, r, cols[k]) : []));
    const { text } = assemble([
      page(
        line("Phụ lục", 0),
        row(2, ["TT", "Chỉ tiêu", "Năm 2025"]),
        row(4, ["1", "Hồ sơ xử lý trên", "≥ 80%"]),
        row(5, ["", "môi trường mạng", ""]),
        row(7, ["2", "Kinh tế số", "20%"]),
      ),
    ]);
    expect(text).toBe("Phụ lục\n\n| TT | Chỉ tiêu | Năm 2025 |\n| --- | --- | --- |\n| 1 | Hồ sơ xử lý trên môi trường mạng | ≥ 80% |\n| 2 | Kinh tế số | 20% |\n");
  });

  test("every stretch of the text keeps its page and box: a number's box is the number's part of its word", () => {
    const { text, layout } = assemble([page(line("Giới thiệu", 0)), page(line("Đạt 80% hồ sơ.", 0))]);
    const start = text.indexOf("80%");
    const at = locate(layout, start, start + 3);
    expect(at?.page).toBe(2);
    // "80%" is the whole second word: x from LEFT + 4 chars, y flipped to the bottom-left origin
    expect(at?.bbox).toEqual([LEFT + 4 * CHAR, HEIGHT - 60 - SIZE, LEFT + 7 * CHAR, HEIGHT - 60]);
  });
});
