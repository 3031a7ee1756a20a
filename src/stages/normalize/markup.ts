/**
 * Markup: markdown-ish exports wrap the text in `**bold**`, `#` headings, `\*` escapes
 * and `<sup>` footnote references. remark-parse finds what is syntax and what is text;
 * syntax characters are dropped, text and layout (spaces, line breaks, list markers)
 * are kept, so line structure and the offset map survive.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import { classifyCharacter } from "micromark-util-classify-character";
import type { Root, RootContent, Parent, Html } from "mdast";
import { TextBuilder, type MappedText } from "../../text/mapped-text.js";
import { lastAtMost } from "../../text/search.js";
import { native, sentenceEnd, sentenceEndAtLineEnd } from "../../../grammars/punctuation.js";

const MARKDOWN_HINTS = /\*\*|__|^ {0,3}#{1,6}[ \t]|<sup>|<\/?[a-z][a-z0-9]*\s*\/?>|^ {0,3}>[ \t]|\\[*_#\\`[\]]/im;

/** every hint holds one of these characters: a plain scan for them spares most texts the hints' alternation */
const HINT_CHARACTERS = /[*_#<>\\]/;

/** Markdown-ish input: bold/heading/escape/html markup somewhere in the text. */
export function looksLikeMarkdown(text: string): boolean {
  return HINT_CHARACTERS.test(text) && MARKDOWN_HINTS.test(text);
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * CommonMark without indented code and setext headings: a resolution holds no code, and
 * a PDF copy indents its lines freely ("    **IV. TỔ CHỨC THỰC HIỆN**" is a heading,
 * not a code block); exports mark headings with "#" or bold, and a dash under a line is
 * a wrapped compound ("chính trị\n-\nxã hội") or a rule, not an underline.
 */
const parser = unified()
  .use(remarkParse)
  .data("micromarkExtensions", [{ disable: { null: ["codeIndented", "setextUnderline"] } }]);

export interface MarkupOptions {
  /** parse the whole text at once rather than only its blocks with syntax in them (same result, slower) */
  whole?: boolean;
}

export interface Stripped {
  mapped: MappedText | null;
  footnotes: number;
  /** blocks too large or too dense with markup to parse, stripped by stripPlainly instead */
  unparsed: Array<readonly [number, number]>;
}

export function stripMarkup(text: string, options: MarkupOptions = {}): Stripped {
  if (!looksLikeMarkdown(text)) return { mapped: null, footnotes: 0, unparsed: [] };
  // a markdown parse costs more than the rest of normalizing: parse only the blocks that hold syntax
  const { parsed, emphasis, unparsed } = options.whole ? { parsed: [[0, text.length] as const], emphasis: [], unparsed: [] } : withSyntax(text);
  const source = new Pieces(text, parsed);
  const edits: Edit[] = [];
  for (const block of emphasis) for (const edit of block) edits.push(edit);
  for (const [start, end] of unparsed) for (const edit of stripPlainly(text, start, end)) edits.push(edit);
  let footnotes = 0;
  let footnoteOpen = false;
  const del = (start: number, end: number) => {
    if (end > start) edits.push({ start, end, text: "" });
  };
  // drop non-space characters of [start, end): syntax between a node's children
  const dropSyntax = (start: number, end: number) => {
    let i = start;
    while (i < end) {
      while (i < end && /\s/.test(text[i])) i++;
      let j = i;
      while (j < end && !/\s/.test(text[j])) j++;
      del(i, j);
      i = j;
    }
  };
  const align = (start: number, end: number, value: string) => {
    let j = start;
    for (let i = 0; i < value.length && j < end; ) {
      if (value[i] === text[j]) {
        i++;
        j++;
      } else if (/\s/.test(text[j])) j++;
      else if (/\s/.test(value[i])) i++;
      else {
        del(j, j + 1);
        j++;
      }
    }
    dropSyntax(j, end);
  };
  const range = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    [source.toReal(node.position?.start.offset ?? 0, false), source.toReal(node.position?.end.offset ?? 0, true)] as const;

  const walkChildren = (parent: Parent, keepGaps: boolean) => {
    const [ps, pe] = range(parent as never);
    let cursor = ps;
    const kids = parent.children as RootContent[];
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k];
      const [cs, ce] = range(child);
      // the rest of a footnote wrapped over several paragraphs, to the end of its sentence
      if (footnoteOpen && parent.type === "root") {
        if (child.type === "paragraph" && !/^\s*(?:<sup>|\d{1,2}(?:\.\d{1,2})*[.)]\s|[-+*•]\s)/u.test(text.slice(cs, ce))) {
          del(cs, ce);
          footnoteOpen = !ENDS_SENTENCE.test(text.slice(cs, ce));
          cursor = ce;
          continue;
        }
        footnoteOpen = false;
      }
      if (!keepGaps) dropSyntax(cursor, cs);
      if (child.type === "html" && /^<sup\b/i.test((child as Html).value)) {
        // a footnote reference: the tag, the number, the closing tag
        let k2 = k;
        while (k2 < kids.length && !(kids[k2].type === "html" && /<\/sup>/i.test((kids[k2] as Html).value))) k2++;
        const last = kids[Math.min(k2, kids.length - 1)];
        const end = range(last)[1];
        if (k === 0 && parent.type === "paragraph") {
          // a paragraph opening with a footnote mark is the footnote's body, up to the line
          // that ends its sentence: lines after it that CommonMark runs on into the same
          // paragraph (no blank line between) are the text again ("3. Ban cán sự …")
          footnotes++;
          const body = text.slice(ps, pe);
          const ends = SENTENCE_END_AT_LINE_END.exec(body);
          if (!ends) {
            del(ps, pe);
            footnoteOpen = !ENDS_SENTENCE.test(body);
            return;
          }
          const cut = ps + ends.index + ends[0].length;
          del(ps, cut);
          // the rest of the paragraph is read as usual, from the first child past the cut
          while (k + 1 < kids.length && range(kids[k + 1])[0] < cut) k++;
          cursor = cut;
          continue;
        }
        del(cs, end);
        cursor = end;
        k = k2;
        continue;
      }
      visit(child);
      cursor = ce;
    }
    if (!keepGaps) dropSyntax(cursor, pe);
  };

  const visit = (node: RootContent | Root) => {
    const [s, e] = range(node);
    switch (node.type) {
      case "text":
        align(s, e, node.value);
        // "**" that remark left as text: a bold span cut by a blank line ("**III- NHIỆM
        // VỤ\n\nTRỌNG TÂM**" in a wrapped copy); a resolution never writes "**" as words
        for (const m of text.slice(s, e).matchAll(/\*{2,}/g)) del(s + m.index, s + m.index + m[0].length);
        return;
      case "inlineCode":
      case "code":
        align(s, e, node.value);
        return;
      case "html": {
        if (/^<br\s*\/?>$/i.test(node.value.trim())) {
          edits.push({ start: s, end: e, text: " " });
          return;
        }
        // keep what is between tags, drop the tags
        const re = /<[^>]*>/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(node.value))) del(s + m.index, s + m.index + m[0].length);
        return;
      }
      case "thematicBreak":
      case "image":
      case "imageReference":
      case "definition":
        del(s, e);
        return;
      case "break":
        dropSyntax(s, e);
        return;
      case "root":
      case "list":
      case "listItem":
      case "paragraph":
        walkChildren(node as Parent, true);
        return;
      default:
        if ("children" in node) walkChildren(node as Parent, false);
        else dropSyntax(s, e);
    }
  };
  visit(parser.parse(source.text) as Root);

  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out = new TextBuilder(text);
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) {
      if (edit.end <= cursor) continue;
      edit.start = cursor;
    }
    out.keep(cursor, edit.start);
    out.replace(edit.start, edit.end, edit.text);
    cursor = edit.end;
  }
  out.keep(cursor, text.length);
  return { mapped: out.finish(), footnotes, unparsed };
}

/**
 * micromark resolves the emphasis of a paragraph in time that grows with the square of
 * its `*`/`_` runs, and an escape costs it far more than a character: a block larger than this, or with
 * more marks than this, is not a resolution's paragraph (the longest of the corpus has
 * 1,102 characters and 8 marks), and is stripped by stripPlainly.
 */
export const MAX_PARSED_BLOCK = 50_000;
export const MAX_MARKS_PER_BLOCK = 1_000;
const MARK_RUN = /[*_]+|\\[\s\S]|<[^<>\n]{0,200}>/g;

function tooCostly(text: string, start: number, end: number): boolean {
  if (end - start > MAX_PARSED_BLOCK) return true;
  // the block alone: a search in the whole text would run past the block's end
  const block = text.slice(start, end);
  MARK_RUN.lastIndex = 0;
  let marks = 0;
  while (MARK_RUN.exec(block)) if (++marks > MAX_MARKS_PER_BLOCK) return true;
  return false;
}

/**
 * A block whose only syntax is emphasis inside its lines and ATX heading marks ("## **2.
 * Mục tiêu**", "- Kinh tế số chiếm 20% GRDP (*Tổng sản phẩm trên địa bàn*).", "**2.1. Mục
 * tiêu tổng quát:** …"), the most of what markdown exports hold as syntax: every `*` run
 * either only opens or closes what is open, openers and closers alternate with runs of
 * one or two (the same length in a pair), across the lines of one paragraph or else
 * within each line, and no other syntax character is there. CommonMark pairs such runs one way, so
 * the edits are the runs; null for any other block.
 * test/stages/markup-equivalence.test.ts holds this to one parse of the whole text.
 */
export function emphasisEdits(text: string, start: number, end: number): Edit[] | null {
  const block = text.slice(start, end);
  if (!block.includes("*") && !block.includes("#")) return null;
  const lines = block.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  let last = lines.length - 1;
  while (last > first && lines[last].trim() === "") last--;
  // one paragraph (no blank line, no line that opens a block): emphasis may pair across lines
  const paragraph = lines.slice(first + 1, last + 1).every((l) => l.trim() !== "" && !OPENS_BLOCK.test(l));
  const edits: Edit[] = [];
  let lineStart = 0;
  let open: string | null = null;
  for (const whole of lines) {
    if (RULE_OR_EMPTY_ITEM.test(whole)) return null;
    // an ATX heading's "#" run goes; its text is read as a line of its own
    const heading = ATX.exec(whole);
    if (heading) {
      const at = start + lineStart + heading[0].indexOf("#");
      edits.push({ start: at, end: at + heading[1].length, text: "" });
    }
    const skipped = heading ? heading[0].length : 0;
    const line = whole.slice(skipped);
    if (OTHER_SYNTAX.test(line)) return null;
    for (const m of line.matchAll(/\*+/g)) {
      // the UTF-16 unit each side, classified by micromark's own function (a line's start
      // and end are whitespace to it)
      const before = groupAt(line, m.index - 1);
      const after = groupAt(line, m.index + m[0].length);
      // CommonMark 6.2: an opener is left-flanking and not right-flanking; a closer is
      // right-flanking (and may be left-flanking too: "(*a…*)" closes after "…")
      const left = after !== WHITESPACE && (after !== PUNCTUATION || before !== undefined);
      const right = before !== WHITESPACE && (before !== PUNCTUATION || after !== undefined);
      if (open === null && left && !right && m[0].length <= 2) open = m[0];
      else if (open !== null && right && m[0] === open) open = null;
      else return null;
      const at = start + lineStart + skipped + m.index;
      edits.push({ start: at, end: at + m[0].length, text: "" });
    }
    if (open !== null && (!paragraph || heading)) return null;
    lineStart += whole.length + 1;
  }
  return open === null ? edits : null;
}

/** an ATX heading's opening: up to three spaces, one to six "#", then a space or the end */
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;

/** a line that starts a block of its own inside a paragraph's run of lines */
const OPENS_BLOCK = /^\s*(?:[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|#|>|```|~~~)/;
/** micromark's character groups (`classifyCharacter`; anything else is undefined) */
const WHITESPACE = 1;
const PUNCTUATION = 2;
const groupAt = (line: string, i: number) => classifyCharacter(i < 0 || i >= line.length ? null : line.charCodeAt(i));

/**
 * syntax other than `*`: escapes, code, links, HTML, entities, headings, quotes, `_`
 * (not `|` or `=`: CommonMark has no tables, and setext headings are off)
 */
const OTHER_SYNTAX = /[_`[\]!<>\\&#~]/;
/** a thematic break ("* * *", "---") or a list marker alone on its line */
const RULE_OR_EMPTY_ITEM = /^\s*(?:([-*_])(?:\s*\1){2,}|[-*+]|\d{1,9}[.)])\s*$/;

/**
 * Edits that drop markup from [start, end) in one linear pass, without a parse: heading
 * and quote markers at line starts, `<sup>n</sup>` references, HTML tags, escaping
 * backslashes, and runs of `*`/`_` that are not a list marker.
 */
export function stripPlainly(text: string, start: number, end: number): Edit[] {
  const edits: Edit[] = [];
  const PLAIN = /^[ \t]{0,3}(?:#{1,6}|>)[ \t]+|<sup\b[^<>\n]{0,200}>[^<\n]{0,20}<\/sup>|<\/?[a-z][a-z0-9]{0,20}[^<>\n]{0,200}>|\\[!-\/:-@[-`{-~]|(?<!^[ \t]*)[*_]+|[*_]{2,}/gim;
  PLAIN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = PLAIN.exec(text)) && m.index < end) {
    // an escape keeps the character it escapes
    const to = m[0][0] === "\\" ? m.index + 1 : Math.min(m.index + m[0].length, end);
    edits.push({ start: m.index, end: to, text: "" });
  }
  return edits;
}

/**
 * any character remark could read as syntax, or a line ending in "-" (a rule or a setext
 * underline, also inside a list item: "1. ---")
 */
const SYNTAX_CHARACTER = /[*_`[\]!<>\\&#~]/;
const DASH_AT_LINE_END = /-[ \t]*$/m;
/** the two searches apart: each alone is a scan the engine runs fast, the alternation of both is not */
const hasSyntax = (block: string) => SYNTAX_CHARACTER.test(block) || DASH_AT_LINE_END.test(block);
/**
 * a line that may open what runs across blank lines: fenced code, HTML blocks of kinds
 * 1-5, and a "<sup>" line of its own (an HTML block, which the footnote rule above closes
 * at a later sibling's "</sup>"); indented as much as it likes, with indented code off
 */
const SPAN_START = /^[ \t]*(?:`{3,}|~{3,}|<(?:script|pre|style|textarea|!|\?)|<sup\b[^>]*>[ \t]*$)/im;
const SPAN_STARTS = new RegExp(SPAN_START.source, "gim");
/**
 * blank lines between two lines that start at column 0: no block of CommonMark stays
 * open across them (after indented code, micromark still reads "2) x" differently)
 */
const BOUNDARY = /\n(?:[ \t]*\n)+(?=[^\s])/g;

/** HTML blocks of kinds 1-5: how each opens, and what ends it (CommonMark 4.6) */
const HTML_BLOCKS: Array<readonly [RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?=[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/gi],
  [/^<!--/, /-->/g],
  [/^<\?/, /\?>/g],
  [/^<!\[CDATA\[/, /\]\]>/g],
  [/^<![A-Za-z]/, />/g],
];

const lineEnd = (text: string, i: number) => {
  const n = text.indexOf("\n", i);
  return n < 0 ? text.length : n;
};

/**
 * Where a construct opened at `start` (a line start at the top level of the text: its
 * start, or a cut) ends: the end of its last line. The end of the text when it is not
 * closed, when it is not one of those above, or when another may open inside it (an HTML
 * block's end is searched for after its opening, and a block may end sooner than that).
 */
function spanEnd(text: string, start: number): number {
  const first = lineEnd(text, start);
  const opening = text.slice(start, first).trimStart();
  const from = first - opening.length;
  const fence = /^(`{3,}|~{3,})/.exec(opening);
  if (fence) {
    if (fence[1][0] === "`" && opening.indexOf("`", fence[1].length) >= 0) return text.length; // not a fence: inline code
    const close = new RegExp(`^[ \\t]*${fence[1][0]}{${fence[1].length},}[ \\t]*$`, "gm");
    close.lastIndex = first;
    const m = close.exec(text);
    return m ? lineEnd(text, m.index) : text.length;
  }
  for (const [opens, ends] of HTML_BLOCKS) {
    const open = opens.exec(opening);
    if (!open) continue;
    ends.lastIndex = from + open[0].length;
    const m = ends.exec(text);
    if (!m) return text.length;
    const end = lineEnd(text, m.index + m[0].length - 1);
    return first < end && SPAN_START.test(text.slice(first + 1, end)) ? text.length : end;
  }
  return text.length;
}

/**
 * The lines that constructs running across blank lines take, [line start, end of the
 * last line]: exact for one that opens at the start or at a cut, to the end of the text
 * for one that opens anywhere else (inside another block, which may hold it open).
 */
function spans(text: string, cuts: number[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  SPAN_STARTS.lastIndex = 0;
  let c = 0;
  for (let m; (m = SPAN_STARTS.exec(text)); ) {
    while (c < cuts.length && cuts[c] < m.index) c++;
    const end = m.index === 0 || cuts[c] === m.index ? spanEnd(text, m.index) : text.length;
    out.push([m.index, end]);
    if (end >= text.length) break;
    SPAN_STARTS.lastIndex = end;
  }
  return out;
}

/**
 * The text cut where a parse of the pieces gives the same tree as a parse of the whole:
 * at blank lines between lines at column 0 (a paragraph, list item, quote or HTML block
 * of kind 6-7 ends there), except inside a construct that spans blank lines; a link
 * definition holds for the whole text, wherever it stands.
 * test/stages/markup-equivalence.test.ts checks the claim against a parse of the whole.
 */
export function blocks(text: string): Array<readonly [number, number]> {
  if (text.includes("]:") || text.includes("\r")) return [[0, text.length]];
  const cuts: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m; (m = BOUNDARY.exec(text)); ) {
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    if (!/\s/.test(text[lineStart])) cuts.push(m.index + m[0].length);
  }
  // each of those constructs holds one of these characters; most texts hold none
  const across = /[`~<]/.test(text) ? spans(text, cuts) : [];
  const out: Array<readonly [number, number]> = [];
  let start = 0;
  let s = 0;
  for (const cut of cuts) {
    while (s < across.length && across[s][1] < cut) s++;
    if (s < across.length && across[s][0] < cut) continue;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * a paragraph that opens with a footnote mark, perhaps in a list item or a quote: the
 * rule above may delete the paragraphs after it
 */
const FOOTNOTE_BODY = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)[ \t>]*)*<sup\b/im;

const ENDS_SENTENCE = native(sentenceEnd);
const SENTENCE_END_AT_LINE_END = native(sentenceEndAtLineEnd);

/**
 * The blocks with syntax in them, neighbours merged, and the blocks that a footnote which
 * does not end its sentence takes with it.
 */
type Ranges = Array<readonly [number, number]>;

/** the blocks to parse, the edits of the blocks that need no parse, and the blocks too costly to parse */
export function withSyntax(text: string): { parsed: Ranges; emphasis: Edit[][]; unparsed: Ranges } {
  const parsed: Array<[number, number]> = [];
  const emphasis: Edit[][] = [];
  const unparsed: Array<readonly [number, number]> = [];
  // a footnote body, and the blocks after it up to one that ends its sentence, are parsed
  // together: the footnote rule above may delete them
  let footnote: boolean = false;
  for (const [start, end] of blocks(text)) {
    const block = text.slice(start, end);
    const inFootnote: boolean = footnote || (block.includes("<") && FOOTNOTE_BODY.test(block));
    footnote = inFootnote && !ENDS_SENTENCE.test(block);
    if (!inFootnote && !hasSyntax(block)) continue;
    if (tooCostly(text, start, end)) {
      unparsed.push([start, end]);
      continue;
    }
    const shortcut = inFootnote ? null : emphasisEdits(text, start, end);
    if (shortcut) {
      emphasis.push(shortcut);
      continue;
    }
    const last = parsed[parsed.length - 1];
    if (last && last[1] === start) last[1] = end;
    else parsed.push([start, end]);
  }
  return { parsed, emphasis, unparsed };
}

/**
 * Pieces of a text put end to end, with offsets back: the pieces are whole blocks, so
 * a parse of `text` reads each one as a parse of the whole would.
 */
class Pieces {
  readonly text: string;
  private readonly at: number[] = [];
  private readonly from: number[] = [];

  constructor(original: string, pieces: Array<readonly [number, number]>) {
    let n = 0;
    for (const [start, end] of pieces) {
      this.at.push(n);
      this.from.push(start);
      n += end - start;
    }
    this.text = pieces.map(([start, end]) => original.slice(start, end)).join("");
  }

  /** the offset in the original of offset `v` of `text`; an end offset stays in its piece */
  toReal(v: number, end: boolean): number {
    if (this.at.length === 0) return v;
    const lo = lastAtMost(this.at, v, this.at.length - 1, end);
    return this.from[lo] + (v - this.at[lo]);
  }
}
