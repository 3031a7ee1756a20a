/**
 * Page furniture: what a PDF or a copy stamp adds to a text that is not the text —
 * page numbers on lines of their own, footnote bodies, certified-copy blocks
 * ("SAO Y BẢN CHÍNH", with their own header, date, recipients and signature).
 * Lines are blanked, not removed, so the line structure stays for the reflow.
 */
import { TextBuilder, type MappedText } from "../../text/mapped-text.js";
import { splitLines, type Line } from "./lines.js";
import { COPY_HEADER_LINES, furniture as rules } from "../../../grammars/furniture.js";
import { native, sentenceEnd } from "../../../grammars/punctuation.js";
import { CAPITAL, kindAt, LETTER, unitsAt } from "../../text/chars.js";

const ENDS_SENTENCE = native(sentenceEnd);

export interface FurnitureReport {
  pageNumbers: number;
  footnotes: number;
  /** 1-based line spans of the certified-copy blocks removed, in order */
  certifiedCopies: Array<{ startLine: number; endLine: number }>;
}

export function removeFurniture(text: string): { mapped: MappedText; report: FurnitureReport } {
  const lines = splitLines(text);
  const blank = new Set<number>();
  const report: FurnitureReport = { pageNumbers: 0, footnotes: 0, certifiedCopies: [] };

  for (const line of lines) {
    if (line.content && rules.pageNumber.at(line.content, 0, line.folded)?.end === line.content.length) {
      blank.add(line.index);
      report.pageNumbers++;
    }
  }

  // footnote bodies: a separator line, then paragraphs that open with a footnote mark
  for (let i = 0; i < lines.length; i++) {
    const sep = lines[i];
    if (!sep.content || rules.separator.at(sep.content, 0, sep.folded)?.end !== sep.content.length)
      continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].content) j++;
    if (j >= lines.length || !rules.footnoteMark.at(lines[j].content, 0, lines[j].folded)) continue;
    blank.add(i);
    while (j < lines.length && lines[j].content && rules.footnoteMark.at(lines[j].content, 0, lines[j].folded)) {
      j = blankFootnote(lines, j, blank);
      report.footnotes++;
      while (j < lines.length && !lines[j].content) j++;
    }
  }
  // unicode superscript footnote bodies anywhere
  for (const line of lines) {
    if (line.content && rules.superscriptFootnote.at(line.content, 0, line.folded)) {
      blank.add(line.index);
      report.footnotes++;
    }
  }

  // every stamp's block, not only the first: what one pass leaves, a second would remove
  for (let from = 0, copy; (copy = findCertifiedCopy(lines, from)) !== null; from = copy.last + 1) {
    for (let i = copy.first; i <= copy.last; i++) blank.add(i);
    report.certifiedCopies.push({ startLine: copy.first + 1, endLine: copy.last + 1 });
  }

  const out = new TextBuilder(text);
  let cursor = 0;
  for (const line of lines) {
    if (!blank.has(line.index) || !line.content) continue;
    out.keep(cursor, line.contentStart);
    cursor = line.contentEnd;
  }
  out.keep(cursor, text.length);
  return { mapped: out.finish(), report };
}

/**
 * A certified copy adds a block: the copying body's header, "Số …", "SAO Y BẢN CHÍNH",
 * place and date, recipients, signature. At the end of a file it runs to the end; at
 * the start it runs to the resolution's own title. The first block whose stamp is at or
 * after line `from`; the lines above it it takes are after `from` too, and not a title.
 */
function findCertifiedCopy(lines: Line[], from: number): { first: number; last: number } | null {
  let at = -1;
  for (let i = from; i < lines.length && at < 0; i++) if (lines[i].content && rules.certifiedCopy.at(lines[i].content, 0, lines[i].folded)) at = i;
  if (at < 0) return null;
  let first = at;
  for (let i = at - 1; i >= from && at - i <= COPY_HEADER_LINES; i--) {
    const line = lines[i];
    const c = line.content;
    if (!c) continue;
    if (rules.signatureRole.at(c, 0, line.folded) || rules.documentTitle.at(c, 0, line.folded)) break;
    // a name in capitals right under a signature role is the resolution's signer
    const above = previousContent(lines, i);
    if (above !== null && rules.signatureRole.at(above.content, 0, above.folded)) break;
    if (mostlyUppercase(c) || rules.copyHeaderLine.at(c, 0, line.folded)) first = i;
    else break;
  }
  let last = lines.length - 1;
  for (let i = at + 1; i < lines.length; i++) {
    const { content: c, folded } = lines[i];
    if (c && (rules.documentTitle.at(c, 0, folded) || rules.romanHeading.at(c, 0, folded) || rules.resolutionHeader.at(c, 0, folded))) {
      last = i - 1;
      break;
    }
  }
  return { first, last };
}

/**
 * A footnote body runs from its mark to the end of its sentence: wrapped PDF-style, its
 * lines are apart, so it ends at the first line that ends a sentence (or before a line
 * that opens an item, a heading or another footnote). Returns the line after it.
 */
export function blankFootnote(lines: Line[], j: number, blank: Set<number>): number {
  blank.add(j);
  let text = lines[j].content;
  j++;
  while (j < lines.length && !ENDS_SENTENCE.test(text)) {
    const c = lines[j].content;
    if (!c) {
      j++;
      continue;
    }
    if (rules.footnoteMark.at(c, 0, lines[j].folded) || structuralLine(lines[j])) break;
    blank.add(j);
    text = c;
    j++;
  }
  return j;
}

function structuralLine({ content: c, folded }: Line): boolean {
  return Boolean(rules.romanHeading.at(c, 0, folded) || rules.signatureRole.at(c, 0, folded) || rules.pageNumber.at(c, 0, folded) || rules.itemLine.at(c, 0, folded));
}

function previousContent(lines: Line[], i: number): Line | null {
  for (let j = i - 1; j >= 0; j--) if (lines[j].content) return lines[j];
  return null;
}

/** the letters of a text, and how many of them are capitals (`CAPITAL`) */
export interface CaseCount {
  letters: number;
  upper: number;
}

export function caseCount(s: string): CaseCount {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < s.length; i += unitsAt(s, i)) {
    const kind = kindAt(s, i);
    if (!(kind & LETTER)) continue;
    letters++;
    if (kind & CAPITAL) upper++;
  }
  return { letters, upper };
}

/**
 * Four letters in five or more are capitals. `count`: the text's `caseCount`, when the
 * caller has it (reflow adds a paragraph's up line by line, where counting the paragraph
 * again at each line would count its first lines again and again).
 */
export function mostlyUppercase(s: string, count: CaseCount = caseCount(s)): boolean {
  return count.letters >= 2 && count.upper / count.letters >= 0.8;
}
