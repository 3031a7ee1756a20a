/**
 * Page furniture: what a PDF or a copy stamp adds to a text that is not the text —
 * page numbers on lines of their own, footnote bodies, certified-copy blocks
 * ("SAO Y BẢN CHÍNH", with their own header, date, recipients and signature).
 * Lines are blanked, not removed, so the line structure stays for the reflow.
 */
import { TextBuilder, type MappedText } from "../../text/mapped-text.js";
import { splitLines, type Line } from "./lines.js";
import { furniture as rules } from "../../../grammars/furniture.js";

export interface FurnitureReport {
  pageNumbers: number;
  footnotes: number;
  certifiedCopy: { startLine: number; endLine: number } | null;
}

export function removeFurniture(text: string): { mapped: MappedText; report: FurnitureReport } {
  const lines = splitLines(text);
  const blank = new Set<number>();
  const report: FurnitureReport = { pageNumbers: 0, footnotes: 0, certifiedCopy: null };

  for (const line of lines) {
    if (line.content && rules.pageNumber.at(line.content, 0)?.end === line.content.length) {
      blank.add(line.index);
      report.pageNumbers++;
    }
  }

  // footnote bodies: a separator line, then paragraphs that open with a footnote mark
  for (let i = 0; i < lines.length; i++) {
    const sep = lines[i];
    if (!sep.content || !rules.separator.at(sep.content, 0) || rules.separator.at(sep.content, 0)!.end !== sep.content.length)
      continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].content) j++;
    if (j >= lines.length || !rules.footnoteMark.at(lines[j].content, 0)) continue;
    blank.add(i);
    while (j < lines.length && lines[j].content && rules.footnoteMark.at(lines[j].content, 0)) {
      // the footnote paragraph runs to the next blank line
      while (j < lines.length && lines[j].content) blank.add(j++);
      report.footnotes++;
      while (j < lines.length && !lines[j].content) j++;
    }
  }
  // unicode superscript footnote bodies anywhere
  for (const line of lines) {
    if (line.content && rules.superscriptFootnote.at(line.content, 0)) {
      blank.add(line.index);
      report.footnotes++;
    }
  }

  const copy = findCertifiedCopy(lines);
  if (copy) {
    for (let i = copy.first; i <= copy.last; i++) blank.add(i);
    report.certifiedCopy = { startLine: copy.first + 1, endLine: copy.last + 1 };
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
 * the start it runs to the resolution's own title.
 */
function findCertifiedCopy(lines: Line[]): { first: number; last: number } | null {
  const at = lines.findIndex((l) => l.content && rules.certifiedCopy.at(l.content, 0));
  if (at < 0) return null;
  let first = at;
  for (let i = at - 1; i >= 0 && at - i <= 12; i--) {
    const c = lines[i].content;
    if (!c) continue;
    if (rules.signatureRole.at(c, 0)) break;
    if (mostlyUppercase(c) || rules.copyHeaderLine.at(c, 0)) first = i;
    else break;
  }
  let last = lines.length - 1;
  for (let i = at + 1; i < lines.length; i++) {
    const c = lines[i].content;
    if (c && (rules.documentTitle.at(c, 0) || rules.romanHeading.at(c, 0))) {
      last = i - 1;
      break;
    }
  }
  return { first, last };
}

export function mostlyUppercase(s: string): boolean {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.8;
}
