// The markup stage cuts a text into blocks at blank lines and parses only the blocks with
// syntax; a construct that runs across blank lines (fenced code, HTML blocks of kinds 1-5)
// is kept in one block, from its opening line to the end of its last. The cuts must read
// as one parse of the whole text: the same text and the same map back to the raw one.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { blocks, stripMarkup } from "../../src/stages/normalize/markup.js";

function same(text: string): void {
  const fast = stripMarkup(text).mapped;
  const whole = stripMarkup(text, { whole: true }).mapped;
  expect(fast?.text).toBe(whole?.text);
  expect(fast && [...fast.from]).toEqual(whole && [...whole.from]);
  expect(fast && [...fast.to]).toEqual(whole && [...whole.to]);
}

describe("blocks around constructs that run across blank lines", () => {
  test("an HTML comment at the end is a block of its own; the text before it is cut as usual", () => {
    const text = "**I. MỤC TIÊU**\n\nĐạt 90%.\n\n<!--\nGhi chú\n\nthêm\n-->\n\nHết.";
    expect(blocks(text).map(([s, e]) => text.slice(s, e))).toEqual(["**I. MỤC TIÊU**\n\n", "Đạt 90%.\n\n", "<!--\nGhi chú\n\nthêm\n-->\n\n", "Hết."]);
    same(text);
  });

  test("a construct that opens inside another block runs to the end of the text", () => {
    const text = "a\n\nb\n<!--\n\nc\n-->\n\nd";
    expect(blocks(text).map(([s, e]) => text.slice(s, e))).toEqual(["a\n\n", "b\n<!--\n\nc\n-->\n\nd"]);
    same(text);
  });

  const line = fc.constantFrom(
    "<!--",
    "<!-- một dòng -->",
    "<!-->",
    "<!--->",
    "-->",
    "a -->",
    "-->**a**",
    "<?x",
    "?>",
    "<!DOCTYPE x",
    "<!X>",
    "<![CDATA[",
    "]]>",
    "<script>",
    "<pre x='1'>",
    "</script>",
    "</pre> **a**",
    "<scripts>",
    "<style",
    "```",
    "````",
    "```js",
    "``` `a`",
    "~~~",
    "~~~~",
    "  ```",
    "   <!--",
    "    <!--",
    "- <!--",
    "- ```",
    "  a",
    "> <!--",
    "<sup>1</sup> Ghi chú",
    "<sup>",
    "</sup>",
    "<div>",
    "</div>",
    "**a**",
    "**II. MỤC TIÊU**",
    "## **2. Mục tiêu**",
    "- Đạt **90%** hồ sơ",
    "1. Văn bản",
    "a*b*c",
    "\\*",
    "Văn bản thường, 80% số xã.",
    "| STT | Chỉ tiêu |",
    "| --- | --- |",
    "| 1 | **Đạt** 90% |",
    "a | b",
    "===",
    "a = b",
    "---",
    "",
    " ",
  );
  test("on any text made of such lines, plain lines and markup", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 16 }), fc.array(fc.constantFrom("\n", "\n\n", "\n\n\n", "\n \n"), { maxLength: 16 }), (lines, breaks) => {
        same(lines.map((l, i) => l + (breaks[i] ?? "\n")).join(""));
      }),
      { numRuns: Number(process.env.MARKUP_RUNS ?? 600), seed: Number(process.env.MARKUP_SEED ?? 20261203) },
    );
  });
});
