/**
 * One page per document: its text as read (decoded, nothing else changed), a number per
 * line, every target's number marked and, where the clause it was read from can be found
 * around it, that clause as well. An address `#t-<target id>` scrolls to the number and
 * highlights it and its clause; `#L<line>` a line.
 */
import type { DocumentRef } from "../../compare/types.js";
import { documentRef, notComparable } from "../../compare/documents.js";
import { columnOf } from "../../compare/provinces.js";
import type { Document, Target } from "../../schema/document.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import { rope } from "../rope.js";
import { docName, kindText } from "./common.js";
import { lineAnchor, OVERVIEW, pages, targetAnchor } from "./links.js";
import { page } from "./page.js";

/** what the clause may have in the raw text that its folded quote does not: markup, and line wraps as spaces */
const SKIPPABLE = /[\s*_\\#>|]/;
const WS = /\s/;
const REACH = 4000;

/** the span of the target's clause in the raw text, matched outward from its number; null when the words differ */
export function quoteSpan(raw: string, target: Pick<Target, "text" | "position">): [number, number] | null {
  const { start, end } = target.position;
  const number = raw.slice(start.offset, end.offset);
  const quote = target.text;
  const k = quote.indexOf(number);
  if (k < 0 || number.length === 0) return null;
  let i = k - 1;
  let j = start.offset - 1;
  while (i >= 0) {
    if (j < 0 || start.offset - j > REACH) return null;
    if (WS.test(quote[i])) {
      if (!SKIPPABLE.test(raw[j])) return null;
      while (j >= 0 && SKIPPABLE.test(raw[j])) j--;
      while (i >= 0 && WS.test(quote[i])) i--;
    } else if (raw[j] === quote[i]) (i--, j--);
    else if (SKIPPABLE.test(raw[j])) j--;
    else return null;
  }
  const from = j + 1;
  i = k + number.length;
  j = end.offset;
  while (i < quote.length) {
    if (j >= raw.length || j - end.offset > REACH) return null;
    if (WS.test(quote[i])) {
      if (!SKIPPABLE.test(raw[j])) return null;
      while (j < raw.length && SKIPPABLE.test(raw[j])) j++;
      while (i < quote.length && WS.test(quote[i])) i++;
    } else if (raw[j] === quote[i]) (i++, j++);
    else if (SKIPPABLE.test(raw[j])) j++;
    else return null;
  }
  return [from, j];
}

interface Span {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** marks (numbers) and quotes (clauses) that nest: a quote that crosses another is left out */
function spans(raw: string, targets: Target[], citation: (t: Target) => string): { quotes: Span[]; marks: Span[] } {
  const sorted = [...targets].sort((a, b) => a.position.start.offset - b.position.start.offset || (a.id < b.id ? -1 : 1));
  const marks: Span[] = [];
  const quotes: Span[] = [];
  let lastEnd = -1;
  for (const t of sorted) {
    const { start, end } = t.position;
    const attrs = `id="${escapeAttr(targetAnchor(t.id))}" data-quote="${escapeAttr(t.text)}" data-cite="${escapeAttr(citation(t))}"`;
    if (start.offset < lastEnd || end.offset <= start.offset) {
      // a second target on the same number: an anchor of its own just before it
      marks.push({ start: start.offset, end: start.offset, open: `<span ${attrs}></span>`, close: "" });
      continue;
    }
    const before = marks[marks.length - 1];
    marks.push({ start: start.offset, end: end.offset, open: `<mark ${attrs}>`, close: "</mark>" });
    lastEnd = end.offset;
    const q = quoteSpan(raw, t);
    if (!q || (before && q[0] > before.start && q[0] < before.end)) continue;
    const prev = quotes[quotes.length - 1];
    if (prev && prev.start === q[0] && prev.end === q[1]) continue;
    if (prev && q[0] < prev.end) continue;
    quotes.push({ start: q[0], end: q[1], open: `<span class="quote" data-q="${quotes.length}">`, close: "</span>" });
  }
  return { quotes, marks };
}

/** a piece of the raw text as a reader sees it: composed (NFC), escaped; offsets stay the raw text's */
const text = (piece: string) => escapeHtml(piece.normalize("NFC"));

function renderText(raw: string, targets: Target[], citation: (t: Target) => string): string {
  const { quotes, marks } = spans(raw, targets, citation);
  const out: string[] = [];
  let qi = 0;
  let mi = 0;
  let inQuote: Span | null = null;
  let lineNo = 1;
  let offset = 0;
  const lineBreak = /\r\n|\r|\n/g;
  while (offset <= raw.length) {
    lineBreak.lastIndex = offset;
    const m = lineBreak.exec(raw);
    const lineEnd = m ? m.index : raw.length;
    // the number is drawn by a CSS counter: a thousand documents' lines are not written twice
    let html = `<span class="line" id="${lineAnchor(lineNo)}">`;
    if (inQuote) html += inQuote.open;
    let at = offset;
    // the events of this line, in order: a quote opens before the mark inside it, closes after it
    for (;;) {
      // at one position a quote closes first, then one opens, then the mark inside it
      const candidates: Array<{ pos: number; rank: number; kind: "qopen" | "qclose" | "mark" }> = [];
      if (inQuote) candidates.push({ pos: inQuote.end, rank: 0, kind: "qclose" });
      else if (qi < quotes.length) candidates.push({ pos: quotes[qi].start, rank: 1, kind: "qopen" });
      if (mi < marks.length) candidates.push({ pos: marks[mi].start, rank: 2, kind: "mark" });
      const next = candidates.filter((c) => c.pos <= lineEnd).sort((x, y) => x.pos - y.pos || x.rank - y.rank)[0];
      const mk = marks[mi];
      if (!next) break;
      html += text(raw.slice(at, next.pos));
      at = next.pos;
      if (next.kind === "qopen") {
        inQuote = quotes[qi++];
        html += inQuote.open;
      } else if (next.kind === "qclose") {
        html += inQuote!.close;
        inQuote = null;
      } else {
        const end = Math.min(mk!.end, lineEnd);
        html += mk!.open + text(raw.slice(at, end)) + mk!.close;
        at = end;
        mi++;
      }
    }
    html += text(raw.slice(at, lineEnd));
    if (inQuote) html += inQuote.close;
    out.push(html + "</span>");
    if (!m) break;
    offset = m.index + m[0].length;
    lineNo++;
  }
  return rope(out, "\n");
}

/** without the raw text: each target's clause and line, so that every link still lands */
function quotesOnly(targets: Target[], citation: (t: Target) => string): string {
  return rope(
    [
      '<p class="note">Văn bản gốc không có ở đây; các câu trích / the raw text is not at hand; the quotes:</p>',
      '<ul class="plain">',
      ...targets.map(
        (t) =>
          `<li id="${escapeAttr(lineAnchor(t.position.start.line))}-${escapeAttr(t.id)}"><mark id="${escapeAttr(targetAnchor(t.id))}">${escapeHtml(t.literal)}</mark> — “${escapeHtml(t.text)}” <cite>${escapeHtml(citation(t))}</cite></li>`,
      ),
      "</ul>",
    ],
    "\n",
  );
}

/**
 * The source page of one document as the comparison of a build makes it (each province
 * its own column): all it needs is the document and its text, so a build makes it where
 * the document is made (src/dataset/job.ts); null for a document that is no column.
 */
export function documentSourcePage(doc: Document, raw: string | null): string | null {
  if (notComparable(doc) !== null) return null;
  return sourcePage(documentRef(doc), doc, raw, columnOf(doc, null));
}

export function sourcePage(ref: DocumentRef, doc: Document, raw: string | null, province: { slug: string; name: string }): string {
  const citation = (t: Target) => `${ref.path}:${t.position.start.line}`;
  return page({
    title: `${docName(ref)} — ${ref.path}`,
    crumbs: [
      [`../${OVERVIEW}`, "Tổng quan / overview"],
      [pages.province(province.slug), province.name],
    ],
    heading: `${escapeHtml(docName(ref))} <span class="en">${escapeHtml(ref.path)}</span>`,
    intro: [`<p class="meta">${escapeHtml([kindText(ref.kind), ref.issuer, ref.signer, ref.title].filter(Boolean).join(" · "))}</p>`],
    body: [
      '<p class="quote-banner" data-quote-banner hidden>Trích dẫn / quote: <q></q> <cite></cite></p>',
      raw === null ? quotesOnly(doc.targets, citation) : `<div class="source-text">${renderText(raw, doc.targets, citation)}</div>`,
    ],
  });
}
