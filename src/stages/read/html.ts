/**
 * A web page (saved from a legal database or a portal) to the text the pipeline reads:
 * rehype-parse makes the tree, the document's body is the element that holds most of the
 * page's text outside links (a class or id that names content is preferred), site chrome
 * is dropped (scripts, menus, banners, related links, a loading notice, a server's
 * warnings), and the rest is written a block to a paragraph: bold as `**…**`, tables as
 * markdown pipe tables; a leading two-column table without headings is the document's
 * header block, written a column at a time. DOCX comes here too, as mammoth's HTML.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { chrome } from "../../../grammars/chrome.js";

const DROPPED = new Set([
  "script", "style", "noscript", "template", "head", "nav", "aside", "form", "iframe", "button", "select",
  "input", "textarea", "svg", "canvas", "object", "embed", "link", "meta", "title", "menu", "dialog",
]);
/** dropped outside the document's body; inside it, a header or footer may be the document's own */
const PAGE_ONLY = new Set(["header", "footer"]);
const BLOCKS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article", "main",
  "pre", "dd", "dt", "dl", "center", "address", "hr", "figure", "figcaption", "body", "html", "tbody", "thead", "caption",
]);

export function readHtml(html: string): { text: string; tables: number } {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const body = find(tree, (e) => e.tagName === "body") ?? tree;
  const root = contentRoot(body);
  const writer = new BlockWriter();
  writer.node(root, true);
  return { text: writer.finish(), tables: writer.tables };
}

type Parent = Root | Element;

function find(node: Parent, test: (e: Element) => boolean): Element | null {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

const nameOf = (e: Element) => {
  const cls = e.properties?.className;
  return `${Array.isArray(cls) ? cls.join(" ") : (cls ?? "")} ${e.properties?.id ?? ""}`.trim();
};

function isChrome(e: Element, inContent: boolean): boolean {
  if (DROPPED.has(e.tagName)) return true;
  if (!inContent && PAGE_ONLY.has(e.tagName)) return true;
  if (e.properties?.hidden !== undefined && e.properties.hidden !== false) return true;
  const style = String(e.properties?.style ?? "");
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const name = nameOf(e);
  return name !== "" && chrome.chromeName.first(name.toLowerCase()) !== null;
}

/** text outside links and chrome: how much of the document an element holds */
function weight(node: Parent, memo: Map<Parent, number>): number {
  let n = 0;
  for (const child of node.children) {
    if (child.type === "text") n += child.value.replace(/\s+/g, "").length;
    else if (child.type === "element" && child.tagName !== "a" && !isChrome(child, false)) n += weight(child, memo);
  }
  memo.set(node, n);
  return n;
}

/**
 * The element that holds the document: among those named as content (or article, main),
 * the deepest that still holds most of the page's text; the whole body when none does
 */
function contentRoot(body: Parent): Parent {
  const memo = new Map<Parent, number>();
  const total = weight(body, memo);
  let best: Parent = body;
  const visit = (node: Parent) => {
    for (const child of node.children) {
      if (child.type !== "element" || isChrome(child, false)) continue;
      const w = memo.get(child) ?? 0;
      if (w < total * 0.5) continue;
      const named = child.tagName === "article" || child.tagName === "main" || chrome.contentName.first(nameOf(child).toLowerCase()) !== null;
      if (named) best = child;
      visit(child);
    }
  };
  visit(body);
  return best;
}

/** where a <br> broke the line, until the block is written */
const BR = "\u2028";

class BlockWriter {
  private blocks: string[] = [];
  private inline = "";
  /** an item's number, put before the first line of the next block */
  private prefix = "";
  tables = 0;
  /** nothing of the document written yet: a two-column table here is its header block */
  private leading = true;

  node(node: Parent | ElementContent | RootContent, inContent: boolean): void {
    if (node.type === "text") {
      // a line break in the source is a space; only <br> breaks a line
      this.inline += node.value.replace(/\s+/g, " ");
      return;
    }
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      if (isChrome(node, inContent)) return;
      const tag = node.tagName;
      if (tag === "br") {
        this.inline += BR;
        return;
      }
      if (tag === "table") {
        this.flush();
        this.table(node);
        return;
      }
      if (tag === "b" || tag === "strong") {
        const inner = new BlockWriter();
        inner.leading = false;
        for (const c of node.children) inner.node(c, inContent);
        const text = inner.finishInline();
        const trimmed = text.trim();
        if (trimmed) this.inline += `${text.startsWith(" ") ? " " : ""}**${trimmed}**${text.endsWith(" ") ? " " : ""}`;
        return;
      }
      if (BLOCKS.has(tag) || /^h\d$/.test(tag)) {
        this.flush();
        let n = Number(node.properties?.start ?? 1) || 1;
        for (const c of node.children) {
          // an item of a numbered list keeps its number (Word's numbering, through mammoth)
          if (tag === "ol" && c.type === "element" && c.tagName === "li") {
            this.flush();
            this.prefix = `${n++}. `;
          }
          this.node(c, inContent);
        }
        this.flush();
        return;
      }
    }
    for (const c of node.children) this.node(c, inContent);
  }

  private flush(): void {
    const lines = this.inline
      .split(BR)
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter((l) => l !== "" && chrome.chromeLine.first(l.replace(/\*\*/g, "")) === null);
    this.inline = "";
    if (lines.length === 0) return;
    lines[0] = this.prefix + lines[0];
    this.prefix = "";
    this.blocks.push(lines.join("\n"));
    this.leading = false;
  }

  private finishInline(): string {
    return this.inline.replace(/[^\S\u2028]+/g, " ");
  }

  private table(table: Element): void {
    const rows = tableRows(table);
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    const headed = rows.some((r) => r.some((c) => c.heading));
    if (this.leading && width === 2 && !headed && rows.length <= 6) {
      // the header block: the left column's lines, then the right column's
      for (let k = 0; k < 2; k++) for (const row of rows) if (row[k]?.text) this.blocks.push(...row[k].lines);
      this.leading = false;
      return;
    }
    this.tables++;
    const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
    const out = rows.map((r) => line(Array.from({ length: width }, (_, k) => r[k]?.text ?? "")));
    out.splice(1, 0, `|${" --- |".repeat(width)}`);
    this.blocks.push(out.join("\n"));
    this.leading = false;
  }

  finish(): string {
    this.flush();
    return this.blocks.join("\n\n") + "\n";
  }

  /** the cell's text on one line */
  static cellText(cell: Element): { text: string; lines: string[] } {
    const inner = new BlockWriter();
    inner.leading = false;
    for (const c of cell.children) inner.node(c, true);
    inner.flush();
    const lines = inner.blocks.flatMap((b) => b.split("\n"));
    return { text: lines.join(" "), lines };
  }
}

interface CellText {
  text: string;
  lines: string[];
  heading: boolean;
}

/** the table's rows as a grid: a cell spanning columns or rows fills the places it covers with nothing */
function tableRows(table: Element): CellText[][] {
  const trs: Element[] = [];
  const collect = (node: Element) => {
    for (const c of node.children) {
      if (c.type !== "element") continue;
      if (c.tagName === "tr") trs.push(c);
      else if (c.tagName !== "table") collect(c);
    }
  };
  collect(table);
  const grid: CellText[][] = [];
  const empty = (): CellText => ({ text: "", lines: [], heading: false });
  trs.forEach((tr, r) => {
    const row = (grid[r] ??= []);
    let k = 0;
    for (const c of tr.children) {
      if (c.type !== "element" || (c.tagName !== "td" && c.tagName !== "th")) continue;
      while (row[k] !== undefined) k++;
      const { text, lines } = BlockWriter.cellText(c);
      const colspan = Math.max(1, Math.min(50, Number(c.properties?.colSpan ?? 1) || 1));
      const rowspan = Math.max(1, Math.min(500, Number(c.properties?.rowSpan ?? 1) || 1));
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) {
          const target = (grid[r + dr] ??= []);
          target[k + dc] = dr === 0 && dc === 0 ? { text, lines, heading: c.tagName === "th" } : empty();
        }
      k += colspan;
    }
  });
  return grid.filter((row) => row.some((c) => c && c.text !== "")).map((row) => Array.from(row, (c) => c ?? empty()));
}
