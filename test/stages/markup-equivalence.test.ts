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

  test("the bold-heading shortcut is taken on a markdown export's headings", () => {
    const text = "**NGHỊ QUYẾT**  \n**về chuyển đổi số,**\n\n## **2. Mục tiêu**\n\n#### **- Về kinh tế số**\n\nVăn bản thường.";
    expect(withSyntax(text).bold.length).toBe(3);
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
});
