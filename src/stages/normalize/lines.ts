import { foldTone } from "../../text/fold.js";

/** Lines of a "\n"-separated text, with their offsets and their trimmed content span. */
export interface Line {
  index: number;
  start: number;
  end: number;
  /** content without surrounding whitespace: [contentStart, contentEnd) */
  contentStart: number;
  contentEnd: number;
  content: string;
  /**
   * `content` with tone placement folded, for the grammar rules: sliced from one fold
   * of the whole text (a fold looks only within a word, and a line ends at a space or
   * a line break), where folding each line for each rule would scan it again and again
   */
  folded: string;
}

/** `folded`: the text's tone fold, when the caller has it */
export function splitLines(text: string, folded = foldTone(text)): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; start <= text.length; index++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let cs = start;
    let ce = end;
    while (cs < ce && (text[cs] === " " || text[cs] === "\t")) cs++;
    while (ce > cs && (text[ce - 1] === " " || text[ce - 1] === "\t")) ce--;
    lines.push({ index, start, end, contentStart: cs, contentEnd: ce, content: text.slice(cs, ce), folded: folded.slice(cs, ce) });
    start = end + 1;
  }
  return lines;
}
