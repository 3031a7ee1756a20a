/**
 * Layout variations: the same resolution as it may come out of another export, another
 * PDF copy or another typist. Every transform is deterministic. All but `pdfWrap` keep
 * the line structure (same number of lines, each line's text on the same line number),
 * so a target must come out on the same raw line; `pdfWrap` moves text to new lines.
 */

const ROMAN = "(?:XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";

/** the lines of a text, keeping each line's end so the text can be rebuilt exactly */
function mapLines(text: string, f: (line: string, index: number) => string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : f(part, i / 2)))
    .join("");
}

/**
 * (a) All markup of the markdown-ish exports removed, line for line: `#` heading marks,
 * `**bold**`, `*italic*`, `\*` escapes, `<sup>n</sup>` references (dropped) and footnote
 * marks opening a line (kept as the plain number a PDF copy shows: "1 Bao gồm …").
 */
export function stripMarkdown(text: string): string {
  return mapLines(text, (line) =>
    line
      .replace(/^(\s*)<sup>(\d+)<\/sup>/u, "$1$2")
      .replace(/<sup>\d+<\/sup>/gu, "")
      .replace(/^(\s*)#{1,6}[ \t]+/u, "$1")
      .replace(/\*\*|__/gu, "")
      .replace(/\\\*/gu, "\u0000")
      .replace(/\*/gu, "")
      .replace(/\u0000/gu, "*"),
  );
}

/**
 * (b) Paragraphs hard-wrapped PDF-style: every line longer than `width` is broken at
 * the last space before the column, and the pieces are written with a trailing space
 * and a blank line between them (as in a text copied out of a PDF); with `between` "\n",
 * one piece a line and no trailing space.
 */
export function pdfWrap(text: string, width = 80, between = "\n\n"): string {
  return mapLines(text, (line) => {
    if (line.length <= width) return line;
    const pieces: string[] = [];
    let rest = line;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(" ", width);
      if (cut <= 0) cut = rest.indexOf(" ", width);
      if (cut <= 0) break;
      pieces.push(between === "\n\n" ? rest.slice(0, cut) + " " : rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    pieces.push(rest);
    return pieces.join(between);
  });
}

/**
 * (c) Markup added to a plain document: Roman headings in bold, every other one also as
 * a `##` heading (`**I. …**`, `## **II. …**`), and short numbered headings before the
 * implementation section as `###` headings (`### 1. Quan điểm chỉ đạo`).
 */
export function addMarkup(text: string): string {
  let romans = 0;
  let implementation = false;
  return mapLines(text, (line) => {
    const m = new RegExp(`^(\\s*)(${ROMAN}\\s*[.\\-–:]\\s*\\p{Lu}.*?)(\\s*)$`, "u").exec(line);
    if (m) {
      if (/TỔ CHỨC THỰC HIỆN/u.test(line)) implementation = true;
      romans++;
      return `${m[1]}${romans % 2 === 0 ? "## " : ""}**${m[2]}**${m[3]}`;
    }
    const d = /^(\s*)(\d{1,2}(?:\.\d{1,2})*\.\s+\p{Lu}.*?)(\s*)$/u.exec(line);
    if (d && !implementation && d[2].split(/\s+/).length <= 12) return `${d[1]}### ${d[2]}${d[3]}`;
    return line;
  });
}

/** (d) Bullets "- " (before a capital, a digit or a quote) written "+ " or "• " instead. */
export function swapBullets(text: string, bullet: "+" | "•"): string {
  return mapLines(text, (line) => line.replace(/^(\s*(?:#{1,6}[ \t]+)?(?:\*\*)?)- (?=[\p{Lu}\p{N}"“(])/u, `$1${bullet} `));
}

export type RomanStyle = "I." | "I-" | "I –";

/** (e) Roman headings written "I. …", "I- …" or "I – …", whatever markup is around them. */
export function romanStyle(text: string, style: RomanStyle): string {
  const separator = style === "I." ? ". " : style === "I-" ? "- " : " – ";
  const re = new RegExp(`^(\\s*(?:#{1,6}[ \\t]+)?(?:\\*\\*)?)(${ROMAN})\\s*[.\\-–:]\\s*(?=\\p{Lu})`, "u");
  return mapLines(text, (line) => line.replace(re, `$1$2${separator}`));
}

/** number of lines, whatever the line ends */
export const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;
