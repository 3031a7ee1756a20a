/**
 * Bodies: who each item of the implementation section assigns work to. The subject
 * of the item is a list of names ("A, B và C") that ends where the verb begins; a body
 * named right after "lãnh đạo"/"chỉ đạo" is the body being led.
 */
import {
  assigns,
  bodyAnd,
  bodyDeterminer,
  bodyHead,
  BODY_NAME_ENDS,
  bodyNameWord,
  bodySeparator,
  fixedBodyName,
  leads,
  predicateStart,
  unitListContinues,
  abbreviations,
  canonicalTerms,
} from "../../../grammars/bodies.js";
import { charClass } from "../../../grammars/punctuation.js";
import type { ItemNode, SectionNode, Segmented } from "../segment/index.js";
import { foldTone } from "../../text/fold.js";

export interface BodyCandidate {
  start: number;
  end: number;
  name: string;
  canonical: string;
  role: "subject" | "led";
  item: string | null;
  taskStart: number;
  taskEnd: number;
  /** a table's "Thời hạn" cell, as written */
  deadline?: string | null;
}

export function extractBodies(text: string, folded: string, doc: Segmented): BodyCandidate[] {
  const out: BodyCandidate[] = [];
  for (const section of doc.sections) {
    if (section.role !== "implementation") continue;
    const walk = (items: ItemNode[]) => {
      for (const item of items) {
        out.push(...readItem(text, folded, item));
        walk(item.children);
      }
    };
    // "Điều 3. Chánh Văn phòng …, Giám đốc … chịu trách nhiệm thi hành Quyết định này": an article's text is its first item
    if (section.label === "article" && section.title) out.push(...readItem(text, folded, articleItem(text, section)));
    walk(section.items);
  }
  return out;
}

/** the text of an article's heading line, after "Điều N.", read like an item of the article */
function articleItem(text: string, section: SectionNode): ItemNode {
  const lineEnd = text.indexOf("\n", section.titleStart);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return {
    marker: "",
    kind: "heading",
    rank: 0,
    path: section.key,
    start: section.start,
    contentStart: section.titleStart,
    end,
    title: section.title,
    ownYear: null,
    year: null,
    parent: null,
    children: [],
    section,
  };
}

function readItem(text: string, folded: string, item: ItemNode): BodyCandidate[] {
  const to = item.end;
  const names: Array<{ start: number; end: number; role: BodyCandidate["role"] }> = [];
  let pos = skipSpaces(folded, item.contentStart, to);
  const assigned = assigns.at(folded.slice(pos, to), 0);
  if (assigned) pos += assigned.end;
  for (;;) {
    const name = readName(folded, pos, to);
    if (!name) break;
    names.push({ ...name, role: "subject" });
    pos = name.next;
    const rest = folded.slice(pos, to);
    const sep = bodySeparator.at(rest, 0, rest);
    if (!sep || !startsName(folded, pos + sep.end, to)) break;
    pos += sep.end;
  }
  if (names.length === 0) return [];
  pos = skipSpaces(folded, pos, to);
  const predicate = pos;
  const led = leads.at(folded.slice(pos, to), 0);
  if (led) {
    const name = readName(folded, pos + led.end, to);
    if (name) names.push({ ...name, role: "led" });
  }
  return names.map((n) => {
    const name = text.slice(n.start, n.end);
    return {
      start: n.start,
      end: n.end,
      name,
      canonical: canonicalBody(name),
      role: n.role,
      item: item.path,
      taskStart: predicate,
      taskEnd: to,
    };
  });
}

function startsName(folded: string, pos: number, to: number): boolean {
  const rest = folded.slice(pos, to);
  return fixedBodyName.at(rest, 0) !== null || bodyHead.at(rest, 0) !== null;
}

function skipSpaces(s: string, pos: number, to: number): number {
  while (pos < to && /\s/.test(s[pos])) pos++;
  return pos;
}

/** a body's name from `pos`: known fixed names whole, then words up to the verb */
function readName(folded: string, from: number, to: number): { start: number; end: number; next: number } | null {
  const start = skipSpaces(folded, from, to);
  const rest = folded.slice(start, to);
  const fixed = fixedBodyName.at(rest, 0);
  if (!fixed && !bodyHead.at(rest, 0)) return null;
  let pos = start + (fixed ? fixed.end : 0);
  let end = pos;
  // where the last word of the name so far starts
  let last = -1;
  while (pos < to) {
    const ch = folded[pos];
    if (/\s/.test(ch)) {
      pos++;
      continue;
    }
    if (NAME_END.test(ch)) {
      // "các huyện, thị xã, thành phố": the comma is inside the name
      const units = last < 0 ? null : unitListContinues.at(folded.slice(last, to), 0);
      if (!units) break;
      pos = last + units.end;
      continue;
    }
    const word = folded.slice(pos, to);
    // "và" joins two bodies, or belongs to one name ("Sở Thông tin và Truyền thông")
    const and = bodyAnd.at(word, 0, word);
    if (and && startsName(folded, pos + and.end, to)) break;
    if (!and && predicateStart.at(word, 0)) break;
    if (and) {
      pos += and.end;
      continue;
    }
    // consume one word (a hyphen between words belongs to the name: "chính trị - xã hội")
    const m = bodyNameWord.at(word, 0, word);
    if (!m) break;
    last = pos;
    pos += m.end;
    end = pos;
  }
  return end > start ? { start, end, next: end } : null;
}

/** abbreviations expanded, leading determiners dropped, one tone placement, usual capitals */
export function canonicalBody(name: string): string {
  let s = foldTone(name).replace(/\s+/g, " ").trim();
  const determiner = bodyDeterminer.at(s, 0, s);
  if (determiner) s = s.slice(determiner.end);
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  for (const [re, written] of TERMS) s = s.replace(re, written);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const NAME_END = new RegExp(charClass(BODY_NAME_ENDS), "u");
// compiled once, not per body
const ABBREVIATIONS = abbreviations.map(([abbr, full]) => [new RegExp(`(?<![\\p{L}])${escape(abbr)}(?![\\p{L}])`, "gu"), full] as const);
const TERMS = canonicalTerms.map(([lower, written]) => [new RegExp(`(?<![\\p{L}])${escape(lower)}(?![\\p{L}])`, "giu"), written] as const);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
