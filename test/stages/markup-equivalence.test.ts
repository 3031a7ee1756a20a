// The markup stage parses only the blocks that hold syntax, and strips lines of bold
// headings without a parse: both shortcuts must give what one remark parse of the whole
// text gives, the same text and the same map back to the raw characters.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { stripMarkup, withSyntax } from "../../src/stages/normalize/markup.js";
import { cleanCharacters } from "../../src/stages/normalize/characters.js";

function same(text: string): void {
  const fast = stripMarkup(text).mapped;
  const whole = stripMarkup(text, { whole: true }).mapped;
  expect(fast?.text).toBe(whole?.text);
  expect(fast && [...fast.from]).toEqual(whole && [...whole.from]);
  expect(fast && [...fast.to]).toEqual(whole && [...whole.to]);
}

describe("markup shortcuts read as one parse of the whole", () => {
  test.each(readdirSync("corpus").filter((n) => n.endsWith(".txt")))("corpus/%s", (name) => {
    same(cleanCharacters(readFileSync(`corpus/${name}`, "utf8")).mapped.text);
  });

  test("the emphasis shortcut is taken on lines with paired emphasis only", () => {
    const text = "- Kinh tế số chiếm 20% GRDP (*Tổng sản phẩm trên địa bàn*).\n\n**2.1. Mục tiêu:** Đẩy mạnh.\n\na*b*c\n\n* * *";
    expect(withSyntax(text).emphasis.length).toBe(2);
    same(text);
    // micromark classifies UTF-16 units: an emoji is neither space nor punctuation to it
    same("*a,*😀\n**");
    same("(*dân cư, bảo hiểm...*) và **T/M TỈNH ỦY  \nBÍ THƯ**");
  });

  test("the shortcut is taken on a markdown export's bold and ATX headings", () => {
    const text = "**NGHỊ QUYẾT**  \n**về chuyển đổi số,**\n\n## **2. Mục tiêu**\n\n#### **- Về kinh tế số**\n\nVăn bản thường.";
    expect(withSyntax(text).emphasis.length).toBe(3);
    same(text);
  });

  const line = fc.constantFrom(
    "**II- MỤC TIÊU**",
    "**NGHỊ QUYẾT**  ",
    "## **2. Mục tiêu cụ thể đến năm 2025**",
    "#### **- Về chính quyền số**",
    "### **III- NHIỆM VỤ**   ",
    "**2025,**",
    "**“4 lớp”**",
    "** a**",
    "**a **",
    "**a*b**",
    "**a**b",
    "a**b**",
    "***a***",
    "**a** **b**",
    "#**a**",
    "####### **a**",
    "    **a**",
    "  **a**",
    "**a\\**",
    "**<b>a</b>**",
    "**[a](b)**",
    "- **a**",
    "1. **a**",
    "> **a**",
    "---",
    "***",
    "===",
    "- Kinh tế số chiếm 20% GRDP (*Tổng sản phẩm trên địa bàn*).",
    "**2.1. Mục tiêu tổng quát:** Đẩy mạnh chuyển đổi số.",
    "(*dân cư, đất đai, bảo hiểm...*)",
    "*a* và **b**",
    "a*b*c",
    "*a*b",
    "**a*",
    "*a**",
    "* a*",
    "*(a)*",
    "(**a**)",
    "**“4 lớp”**",
    "x **a:** y",
    "x **:a** y",
    "1. *a*",
    "+ **a**",
    "* * *",
    "*",
    "**a**  ",
    "*a\nb*",
    "Văn bản thường, 80% số xã.",
    "- Đạt 90% hồ sơ",
    "<sup>1</sup> Ghi chú chưa hết câu",
    "```",
    "",
    " ",
  );
  test("on any text made of heading, bold, list and plain lines", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.array(fc.constantFrom("\n", "\n\n", "\n\n\n"), { maxLength: 14 }), (lines, breaks) => {
        same(lines.map((l, i) => l + (breaks[i] ?? "\n")).join(""));
      }),
      { numRuns: Number(process.env.MARKUP_RUNS ?? 400), seed: Number(process.env.MARKUP_SEED ?? 20261129) },
    );
  });

  test("on lines of letters, spaces, punctuation and '*' runs (the emphasis shortcut's flanking rules)", () => {
    const token = fc.constantFrom(
      ..."a ễ 1 ( ) . , : “ ” - + % … 😀 _".split(" "),
      " ",
      " ",
      " ",
      "  ",
      "\u00a0",
      "- ",
      "1. ",
      "# ",
      "## ",
      "#",
      "*",
      "**",
      "***",
      // paired spans, so that the shortcut is taken often enough to be tested
      "*ab*",
      "**a b**",
      "**1.**",
      "*a,*",
      "(*a*)",
      "“**a**”",
      "**a:**",
    );
    const line = fc.array(token, { maxLength: 14 }).map((t) => t.join(""));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), fc.constantFrom("\n", "\n", "\n\n"), (lines, sep) => same(lines.join(sep))),
      { numRuns: Number(process.env.MARKUP_RUNS ?? 400) * 2, seed: Number(process.env.MARKUP_SEED ?? 20261129) },
    );
  });
});
