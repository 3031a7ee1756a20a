/**
 * Markup: markdown-ish exports wrap the text in `**bold**`, `#` headings, `\*` escapes
 * and `<sup>` footnote references. remark-parse finds what is syntax and what is text;
 * syntax characters are dropped, text and layout (spaces, line breaks, list markers)
 * are kept, so line structure and the offset map survive.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Root, RootContent, Parent, Html } from "mdast";
import { TextBuilder, type MappedText } from "../../text/mapped-text.js";

const MARKDOWN_HINTS = /\*\*|__|^ {0,3}#{1,6}[ \t]|<sup>|<\/?[a-z][a-z0-9]*\s*\/?>|^ {0,3}>[ \t]|\\[*_#\\`[\]]/im;

/** Markdown-ish input: bold/heading/escape/html markup somewhere in the text. */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_HINTS.test(text);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const parser = unified().use(remarkParse);

export function stripMarkup(text: string): { mapped: MappedText | null; footnotes: number } {
  if (!looksLikeMarkdown(text)) return { mapped: null, footnotes: 0 };
  const tree = parser.parse(text) as Root;
  const edits: Edit[] = [];
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
    [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0] as const;

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
          footnoteOpen = !/[.!?…]["”)]*\s*$/u.test(text.slice(cs, ce));
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
          // a paragraph opening with a footnote mark is the footnote's body
          del(ps, pe);
          footnotes++;
          footnoteOpen = !/[.!?…]["”)]*\s*$/u.test(text.slice(ps, pe));
          return;
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
  visit(tree);

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
  return { mapped: out.finish(), footnotes };
}
