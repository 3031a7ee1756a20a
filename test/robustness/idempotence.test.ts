// Normalization is idempotent (normalizing its own output changes nothing), and its map
// is sane: one source range per character, inside the raw text, start <= end, starts in
// order. Over the corpus in several layouts and over generated, deliberately messy texts.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalize } from "../../src/stages/normalize/index.js";
import { pdfWrap, stripMarkdown } from "../support/layouts.js";
import { CORPUS, LAYOUTS, params, resolutions } from "./pieces.js";

function checkMap(raw: string): string {
  const n = normalize(raw);
  const length = n.text.length;
  expect(n.from.length).toBe(length);
  expect(n.to.length).toBe(length);
  expect(n.folded.length).toBe(length);
  for (let i = 0; i < length; i++) {
    const at = () => `at ${i} (${JSON.stringify(n.text.slice(Math.max(0, i - 10), i + 10))})`;
    if (!(n.from[i] >= 0 && n.from[i] <= n.to[i] && n.to[i] <= raw.length)) expect.fail(`map out of order ${at()}: [${n.from[i]}, ${n.to[i]}) in a raw text of ${raw.length}`);
    if (i > 0 && n.from[i] < n.from[i - 1]) expect.fail(`from decreases ${at()}: ${n.from[i - 1]} then ${n.from[i]}`);
  }
  return n.text;
}

function checkIdempotent(raw: string): void {
  const once = checkMap(raw);
  const twice = normalize(once).text;
  expect(twice).toBe(once);
}

/**
 * Markdown exports hard-wrapped PDF-style: a bold heading longer than a line is cut into
 * two paragraphs ("**1. Tăng cường …\n\n… số**"), whose `**` CommonMark no longer pairs;
 * they stay in the text, reflow joins the paragraphs, and the second pass strips the now
 * matched pair. A known bug (see "known bugs" below), so these two cases are expected to fail.
 */
const KNOWN = new Set(["nghe-an.txt pdfWrap", "thanh-hoa.txt pdfWrap"]);

describe("the corpus", () => {
  const layouts = [...LAYOUTS, ["pdfWrap of the plain text", (t: string) => pdfWrap(stripMarkdown(t))] as const];
  const cases = CORPUS.flatMap((file) => layouts.map(([layout, f]) => [file.name, layout, f(file.text)] as const));
  for (const [name, layout, raw] of cases) {
    const title = `${name}, ${layout}: idempotent, sane map`;
    if (KNOWN.has(`${name} ${layout}`)) test.fails(title, () => checkIdempotent(raw));
    else test(title, () => checkIdempotent(raw));
  }
  test("the map is sane for the known non-idempotent layouts too", () => {
    for (const [name, layout, raw] of cases) if (KNOWN.has(`${name} ${layout}`)) checkMap(raw);
  });
});

// ------------------------------------------------------------------ generated texts

/** what copy tools sprinkle into a text, at random places */
const INVISIBLE = ["\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202f", "\u2002", "\t"];

/**
 * Inserts invisible and odd-space characters at random offsets: never inside a surrogate
 * pair, never before a combining mark (as the perturbation kit; a known bug below), never
 * next to markup ("# ## 2." is a heading holding "## 2.": markup stacked on markup, below).
 */
const sprinkled = fc
  .tuple(resolutions({ reflowStable: true }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 25 }), fc.boolean())
  .map(([{ raw }, inserts, nfd]) => {
    let text = nfd ? raw.normalize("NFD") : raw;
    for (const [at, c] of inserts) {
      let i = at % (text.length + 1);
      if (i > 0 && /[\ud800-\udbff]/.test(text[i - 1])) i--;
      while (i < text.length && /\p{M}/u.test(text[i])) i++;
      if (/[#*_<>]/.test(text[i - 1] ?? "") || /[#*_<>]/.test(text[i] ?? "")) continue;
      text = text.slice(0, i) + c + text.slice(i);
    }
    return text;
  });

/**
 * Lines that each trip one normalization step, in well-formed markup as exports write it
 * (a whole line in bold, as a heading, with a footnote reference), between page numbers
 * and footnote blocks, any line ends, up to three spaces of indent. Not markup stacked on
 * markup ("## ### 2.", "**## I**"), escapes ("\\*\\*a\\*\\*") or a 4-space indent, whose
 * first pass leaves markup for the second: see the known bugs below.
 */
const CONTENT = [
  "I. TÌNH HÌNH",
  "II- MỤC TIÊU",
  "III – NHIỆM VỤ, GIẢI PHÁP",
  "2. Mục tiêu cụ thể đến năm 2025",
  "2.1. Đến năm 2030:",
  "- Trên 90% hồ sơ công việc tại cấp tỉnh;",
  "+ 06 huyện trở lên hoàn thành chuyển đổi số.",
  "- Có 3.000 doanh nghiệp số.",
  "Kinh tế số chiếm 9,6% GRDP.",
  "Nhóm 25 - 30 tỉnh dẫn đầu.",
  "Có từ 01 đến 02 cơ sở.",
  "a) Về chính quyền số:",
  "Các tổ chức chính trị\n- xã hội tham gia.",
  "Ban cán sự đảng UBND tỉnh lãnh đạo\nUBND tỉnh ban hành kế hoạch.",
  "Tie\u0302\u0301ng Vie\u0323\u0302t đạt 90%.",
  "Chuy\u00adển đ\u200bổi số toàn diện.",
  "Tỷ lệ đạt\u00a090%.",
  "Giai đoạn 2021 – 2025.",
  "Nơi nhận:",
  "BÍ THƯ",
  "NGHỊ QUYẾT",
];
const MARKUP: ReadonlyArray<(line: string) => string> = [
  (l) => l,
  (l) => l,
  (l) => `**${l}**`,
  (l) => `## ${l}`,
  (l) => `### ${l}`,
  (l) => `## **${l}**`,
  (l) => `${l}<sup>1</sup>`,
];
// no copy stamp: only the first certified-copy block of a text is removed (a known bug below)
const FURNITURE = ["4", "- 12 -", "Trang 3", "3/12", "---\n<sup>1</sup> Bao gồm các sở."];

const line = fc.oneof(
  // markup around a one-line piece only: "**chính trị\n- xã hội**" is a bold span cut by a list item
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...CONTENT), fc.constantFrom(...MARKUP)).map(([l, mark]) => (l.includes("\n") ? l : mark(l))) },
  { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
);
const soup = fc
  .array(fc.tuple(fc.constantFrom("", " ", "   "), line, fc.constantFrom("", " ", "  "), fc.constantFrom("\n", "\n\n", "\r\n", "\r")), { maxLength: 30 })
  .map((lines) => lines.map(([indent, text, trail, eol]) => indent + text + trail + eol).join(""));

describe("generated texts", () => {
  test("resolutions from pieces, in any layout: idempotent, sane map", () => {
    fc.assert(fc.property(resolutions({ reflowStable: true }), ({ raw }) => checkIdempotent(raw)), params(400));
  });

  test("the same with NFD, NBSP, zero-width characters, soft hyphens and odd spaces sprinkled in", () => {
    fc.assert(fc.property(sprinkled, checkIdempotent), params(400));
  });

  test("any sequence of lines that trip the normalization steps", () => {
    fc.assert(fc.property(soup, checkIdempotent), params(1000));
  });
});

describe("known bugs: normalize(normalize(x).text).text !== normalize(x).text", () => {
  // One assertion per case, so a case starts to pass (and test.fails to fail) only once it is
  // fixed. The comments give what the two passes return today.
  const idempotent = (raw: string) => expect(normalize(normalize(raw).text).text).toBe(normalize(raw).text);

  // `**` that CommonMark does not pair (a blank line between them) survive stripMarkup; reflow
  // joins the paragraphs and the second pass strips the now matched pair. In a pipeline run
  // a heading "**1. Tăng cường …**" is then no item "1." (pdfWrap of nghe-an and thanh-hoa).
  // once "**a b**", twice "a b"
  test.fails("a bold span cut by a blank line", () => idempotent("**a\n\nb**"));

  // A dash alone on its line is kept apart from the line above (nothing lower case follows it
  // yet); the next line is joined to it; the second pass sees "- xã hội" and joins it up.
  // once "Phát triển kinh tế\n- xã hội.", twice "Phát triển kinh tế - xã hội."
  test.fails("a dash alone on its line", () => idempotent("Phát triển kinh tế\n-\nxã hội."));

  // reflow looks at the first line of what follows only: "Hội" alone is no institution, the
  // paragraph "Hội đồng nhân dân tỉnh …" is.
  // once "1. Ban cán sự đảng UBND tỉnh lãnh đạo\nHội đồng nhân dân tỉnh ban hành kế hoạch."
  // twice "1. Ban cán sự đảng UBND tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành kế hoạch."
  test.fails("a name wrapped after its first word", () =>
    idempotent("1. Ban cán sự đảng UBND tỉnh lãnh đạo\nHội\nđồng nhân dân tỉnh ban hành kế hoạch."));

  // midSentenceCapitals runs on the text before the join: joining "và\nChỉ số" makes "Chỉ" a
  // mid-sentence name for the second pass, which then joins every line opening with "Chỉ".
  // once "Tăng cường và Chỉ số\nHoàn thành kế hoạch\nChỉ số tăng", twice "… kế hoạch Chỉ số tăng"
  test.fails("a join that makes a new mid-sentence name", () => idempotent("Tăng cường và\nChỉ số\n\nHoàn thành kế hoạch\nChỉ số tăng"));

  // An invisible character between a letter and its first combining mark: the letter is not
  // seen as the base of a cluster, the invisible goes, and the output is not NFC.
  // once "e\u0301", twice "é" (the same holds for "O\u200c\u031b\u0300NG" in "THƯỜNG")
  test.fails("an invisible character before a combining mark", () => idempotent("e\u200b\u0301"));

  // An escaped mark is kept as the character it escapes, which the second pass reads as markup.
  // once "**a**", twice "a"
  test.fails("escaped markup", () => idempotent("\\*\\*a\\*\\*"));

  // Four spaces of indent make an indented code block, whose text keeps its marks; reflow trims
  // the indent. In a pipeline run the heading "    **IV. TỔ CHỨC THỰC HIỆN**" of a markdown
  // export is no section (structure-no-implementation).
  // once "**a**", twice "a"
  test.fails("markup indented by four spaces", () => idempotent("    **a**"));

  // Markup on markup: one layer is stripped per pass ("## ### 2." is a heading holding "### 2.").
  // once "### 2. Mục tiêu", twice "2. Mục tiêu"; also "***<sup>1</sup>" → "***" → ""
  test.fails("markup stacked on markup", () => idempotent("## ### 2. Mục tiêu"));

  // Only the first certified-copy block is removed; the second pass removes the next one (and,
  // walking up over capitals, the title above it).
  // once "NGHỊ QUYẾT\nSAO Y BẢN CHÍNH", twice ""
  test.fails("two certified-copy stamps", () => idempotent("SAO Y BẢN CHÍNH\nNGHỊ QUYẾT\nSAO Y BẢN CHÍNH"));
});
