/**
 * Reflow: PDF copies break every line where the page did, often with blank lines
 * between; exports keep paragraphs on one line but still break some. This joins the
 * lines of one paragraph with a space and puts one paragraph per line, so later stages
 * see sentences whole. A line break is a paragraph break when the next line opens an
 * item or heading, or when the text before it is finished; a wrap otherwise.
 */
import { TextBuilder, type MappedText } from "../../text/mapped-text.js";
import { splitLines, type Line } from "./lines.js";
import { caseCount, mostlyUppercase, type CaseCount } from "./furniture.js";
import {
  appendixHeading,
  articleHeading,
  bareNumeral,
  chapterHeading,
  partHeading,
  bulletMarker,
  decimalMarker,
  documentTitle,
  letterMarker,
  recipients,
  romanHeading,
  signatureRole,
  HEADING_MAX_WORDS,
  HEADING_REACH,
} from "../../../grammars/structure.js";
import { connectives, institutionOpening, leadingVerbs, LEADING_VERB_MIN_WORDS } from "../../../grammars/connectives.js";
import { finishedLine, native } from "../../../grammars/punctuation.js";
import { resolveProvince } from "../../../grammars/provinces.js";
import { foldTone } from "../../text/fold.js";
import type { Rule } from "../../grammar/rule.js";
import { isPipeRow } from "../../text/pipe-row.js";
import { kindAt, kindBefore, LETTER, LOWER, MARK, NUMBER, UPPER, unitsAt, unitsBefore, wordCount } from "../../text/chars.js";

const LOWER_START = /^[\p{Ll}]/u;
const DASH_LOWER = /^-\s+\p{Ll}/u;
const DASH_DIGIT = /^-\s*\d/u;
const LONE_DASH = /^-$/u;
const ENDS_DIGIT = /\d\s*$/u;
const FINISHED = native(finishedLine);
const CONTINUES = /[,\-(“"]$/u;
const OPENS_CONTINUATION = /^[\p{N}(“"%]/u;

/** the numbered headings of every family: a line that opens with one starts a paragraph */
const NUMBERED = [romanHeading, decimalMarker, letterMarker, articleHeading, partHeading, chapterHeading];
/** and besides them, the other lines that never continue the one before */
const STRUCTURAL = [...NUMBERED, bulletMarker, documentTitle, appendixHeading, signatureRole, recipients];

const opensWith = (rules: readonly Rule[], content: string, folded: string) => rules.some((r) => r.at(content, 0, folded) !== null);

export function structural(content: string, folded = foldTone(content)): boolean {
  return opensWith(STRUCTURAL, content, folded);
}

/** Capitalized words the text also capitalizes in mid-sentence: names, not sentence starts. */
export function midSentenceCapitals(text: string): Set<string> {
  const names = new Set<string>();
  // a space, then a capital, after a lower-case letter, a mark or a digit ("tỉnh Quảng"):
  // the scan jumps from space to space and looks at the characters around each
  for (let i = text.indexOf(" ", 1); i >= 0; i = text.indexOf(" ", i + 1)) {
    if (i + 1 >= text.length || !(kindAt(text, i + 1) & UPPER) || !(kindBefore(text, i) & (LOWER | MARK | NUMBER))) continue;
    let end = i + 1 + unitsAt(text, i + 1);
    while (end < text.length && kindAt(text, end) & (LETTER | MARK)) end += unitsAt(text, end);
    names.add(text.slice(i + 1, end));
  }
  return names;
}

/** the last run of letters, marks and digits, found from the end */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && !(kindBefore(s, end) & WORD_KINDS)) end -= unitsBefore(s, end);
  let start = end;
  while (start > 0 && kindBefore(s, start) & WORD_KINDS) start -= unitsBefore(s, start);
  return s.slice(start, end);
}
const WORD_KINDS = LETTER | MARK | NUMBER;

function firstWord(s: string): string {
  const m = s.match(/^[\p{L}\p{M}]+/u);
  return m ? m[0] : "";
}

function headingLike(paragraph: string, folded: string): boolean {
  return (
    opensWith(NUMBERED, paragraph, folded) &&
    wordCount(paragraph, 0, Math.min(HEADING_REACH, paragraph.length)) <= HEADING_MAX_WORDS
  );
}

/**
 * What the tests on the end of a paragraph look at: its last characters. A paragraph of
 * a PDF copy grows by a line at a time, and an end-anchored regex scans it all.
 */
const TAIL = 200;

/**
 * Should the paragraph `a` go on with the line `b`? The folds of both (`foldTone`) are
 * for the grammar rules, and their case counts (`caseCount`) for `mostlyUppercase`, when
 * the caller has them.
 */
export function continues(
  a: string,
  b: string,
  names: Set<string>,
  aFolded = foldTone(a),
  bFolded = foldTone(b),
  aCase: CaseCount = caseCount(a),
  bCase: CaseCount = caseCount(b),
): boolean {
  // a table row is a line of its own, and so is what stands before and after it
  if (isPipeRow(a) || isPipeRow(b)) return false;
  // a numeral on its own line, its title on the next: "II.\nQUAN ĐIỂM, MỤC TIÊU"
  if (bareNumeral.at(a, 0, aFolded)) return mostlyUppercase(b, bCase) && !structural(b, bFolded);
  if (structural(b, bFolded)) return false;
  const end = a.length > TAIL ? a.slice(-TAIL) : a;
  // a dash alone on its line is a compound wrapped around it ("kinh tế\n-\nxã hội"), not a bullet
  if (LONE_DASH.test(b)) return true;
  if (mostlyUppercase(a, aCase)) return Boolean(romanHeading.at(a, 0, aFolded)) && mostlyUppercase(b, bCase) && !FINISHED.test(end);
  if (signatureRole.at(a, 0, aFolded) || recipients.at(a, 0, aFolded) || documentTitle.at(a, 0, aFolded)) return false;
  if (LOWER_START.test(b) || DASH_LOWER.test(b)) return true;
  if (DASH_DIGIT.test(b) && ENDS_DIGIT.test(end)) return true;
  if (FINISHED.test(end)) return false;
  if (CONTINUES.test(end) || connectives.has(lastWord(end).toLowerCase())) return true;
  // "3. Ban cán sự đảng UBND tỉnh lãnh đạo\nUBND tỉnh xây dựng …" (not "1. Quan điểm chỉ đạo")
  if (leadingVerbs.first(end, 0, a.length > TAIL ? aFolded.slice(-TAIL) : aFolded) && institutionOpening.at(b, 0, bFolded) && wordCount(a) > LEADING_VERB_MIN_WORDS) return true;
  if (headingLike(a, aFolded)) return false;
  if (/(?:tỉnh|thành phố)$/iu.test(end) && resolveProvince(b)) return true;
  if (OPENS_CONTINUATION.test(b)) return true;
  return names.has(firstWord(b));
}

export function reflow(text: string): MappedText {
  const lines = splitLines(text).filter((l) => l.content.length > 0);
  const names = midSentenceCapitals(text);
  const out = new TextBuilder(text);
  let paragraph = "";
  // its fold: the folds of its lines joined by spaces, as a fold stops at a space
  let folded = "";
  // its case count: its lines', as a space is not a letter
  let count: CaseCount = { letters: 0, upper: 0 };
  let previous: Line | null = null;
  let double = text.indexOf("  ");
  for (const line of lines) {
    const lineCount = caseCount(line.content);
    if (previous) {
      const join = continues(paragraph, line.content, names, folded, line.folded, count, lineCount);
      out.replace(previous.contentEnd, line.contentStart, join ? " " : "\n");
      paragraph = join ? paragraph + " " + line.content : line.content;
      folded = join ? folded + " " + line.folded : line.folded;
      count = join ? { letters: count.letters + lineCount.letters, upper: count.upper + lineCount.upper } : lineCount;
    } else {
      paragraph = line.content;
      folded = line.folded;
      count = lineCount;
    }
    // the next double space of the text, found once: most lines hold none, and are copied whole
    while (double >= 0 && double < line.contentStart) double = text.indexOf("  ", double + 1);
    if (double >= 0 && double < line.contentEnd) keepCollapsed(out, text, line.contentStart, line.contentEnd);
    else out.keep(line.contentStart, line.contentEnd);
    previous = line;
  }
  return out.finish();
}

/** copies text[a, b) with runs of spaces folded to one */
function keepCollapsed(out: TextBuilder, text: string, a: number, b: number): void {
  let run = a;
  for (let i = a; i < b; i++) {
    if (text[i] === " " && text[i + 1] === " ") {
      let j = i + 1;
      while (j < b && text[j] === " ") j++;
      out.keep(run, i + 1);
      run = j;
      i = j - 1;
    }
  }
  out.keep(run, b);
}
