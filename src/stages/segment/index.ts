/**
 * segment: the normalized text (one paragraph per line) as a tree of Roman-numeral
 * sections and their numbered items. Headings that set a deadline ("Mục tiêu cụ thể đến
 * năm 2025", "3.2. Đến năm 2030, …") pass their year to everything below them.
 */
import type { VFile } from "vfile";
import { splitLines } from "../normalize/lines.js";
import {
  LABEL_NAME,
  LABEL_RANK,
  appendixHeading,
  articleHeading,
  attachedTo,
  attachmentTitle,
  bulletMarker,
  chapterHeading,
  mucHeading,
  partHeading,
  decimalMarker,
  HEADING_MAX_WORDS,
  letterMarker,
  recipients,
  ROMAN_NUMERALS as NUMERALS,
  romanHeading,
  SECTION_TITLE_MAX_WORDS,
  signatureRole,
  YEAR_HEADING_MAX_WORDS,
  YEAR_TITLE_MAX_WORDS,
} from "../../../grammars/structure.js";
import { introducesList, native } from "../../../grammars/punctuation.js";
import { roleOf, type SectionRole } from "../../../grammars/sections.js";
import { deadline, period, yearInFigures } from "../../../grammars/deadlines.js";
import { mostlyUppercase } from "../normalize/furniture.js";
import type { Normalized } from "../normalize/index.js";
import type { Item, Position, SectionLabel } from "../../schema/document.js";
import { report } from "../../messages.js";
import { isPipeRow, readTables, type Table } from "./tables.js";
import type { Line } from "../normalize/lines.js";

export type Part = "preamble" | "body" | "closing";

export interface Paragraph {
  start: number;
  end: number;
  /** after the item marker, if any */
  contentStart: number;
  text: string;
  part: Part;
  section: SectionNode | null;
  item: ItemNode | null;
}

export interface ItemNode {
  marker: string;
  kind: Item["kind"];
  rank: number;
  path: string;
  start: number;
  contentStart: number;
  end: number;
  title: string;
  /** the year this item's heading sets, if any */
  ownYear: number | null;
  /** the year in force for this item: its own or its nearest ancestor's */
  year: number | null;
  parent: ItemNode | null;
  children: ItemNode[];
  section: SectionNode;
}

export interface SectionNode {
  /** a stand-in for a document without sections: not output as a section */
  virtual: boolean;
  /** the year the section's title sets ("III. MỤC TIÊU ĐẾN NĂM 2025"), if any */
  year: number | null;
  numeral: string;
  /** how it is numbered: "roman" (I.), "part" (Phần I), "article" (Điều 1.) … */
  label: SectionLabel;
  /** the section it is inside (Phần I > I.), or null at the top */
  parent: SectionNode | null;
  depth: number;
  /** what the targets and item paths of the section name it by: "II", "Điều 2", "Phần I" */
  key: string;
  title: string;
  /** where the title starts, after the numeral (an article's text is its title) */
  titleStart: number;
  role: SectionRole;
  start: number;
  end: number;
  items: ItemNode[];
}

/** a table where it stands: its section and item (null outside the body: an annex) and the year above it */
export interface TableNode extends Table {
  part: Part;
  section: SectionNode | null;
  item: ItemNode | null;
  /** the year the heading above sets: the item's or section's, or the caption line's right above */
  year: number | null;
}

export interface Segmented {
  paragraphs: Paragraph[];
  sections: SectionNode[];
  /** tables of targets and of tasks: their rows are not paragraphs; a plain table's rows are */
  tables: TableNode[];
}

const INTRODUCES_LIST = native(introducesList);
/** an attachment's title runs over its first lines, until the line that says what it is attached to: this many at most */
const ATTACHMENT_TITLE_LINES = 4;
/** what ends a heading but is not its title: spaces, a colon, the "./." that closes an article */
const TITLE_END = /[\s:./]+$/u;
const SYMBOL_RANK = 100;
/** unnumbered year headings: below numbered and lettered items, above bullets */
const HEADING_RANK = 50;

/** `place` maps a span of the normalized text to the raw file, for the messages */
export function segment(normalized: Normalized, file?: VFile, place?: (start: number, end: number) => Position): Segmented {
  const found = pass(normalized, null, file, place);
  if (found.sections.length > 0) return found;
  // no Roman-numeral sections (an excerpt, another kind of resolution): one virtual body
  const virtual: SectionNode = {
    virtual: true,
    year: null,
    numeral: "",
    label: "roman",
    parent: null,
    depth: 0,
    key: "",
    title: "",
    titleStart: 0,
    role: "other",
    start: 0,
    end: normalized.text.length,
    items: [],
  };
  return pass(normalized, virtual, file, place);
}

function pass(
  { text, folded }: Normalized,
  virtual: SectionNode | null,
  file: VFile | undefined,
  place: ((start: number, end: number) => Position) | undefined,
): Segmented {
  const paragraphs: Paragraph[] = [];
  const sections: SectionNode[] = virtual ? [virtual] : [];
  let section: SectionNode | null = virtual;
  let part: Part = virtual ? "body" : "preamble";
  let stack: ItemNode[] = [];
  const bulletCounts = new Map<ItemNode | SectionNode, Map<string, number>>();
  const tables: TableNode[] = [];
  let rows: Line[] = [];
  let caption: string | null = null;
  // a run of row lines ends: its tables, and the rows of a plain table as paragraphs
  const closeTables = () => {
    if (rows.length === 0) return;
    const item = part === "body" ? (stack[stack.length - 1] ?? null) : null;
    const where = { part, section: part === "body" ? section : null, item };
    const year = (part === "body" ? (item?.year ?? section?.year) : null) ?? (caption !== null ? headingYear(caption) : null);
    for (const table of readTables(rows)) {
      if (table.kind !== "plain") {
        tables.push({ ...table, ...where, year });
        continue;
      }
      for (const row of table.rows)
        paragraphs.push({ start: row.start, end: row.end, contentStart: row.start, text: text.slice(row.start, row.end), ...where });
    }
    rows = [];
  };

  /** the sections open at this line, outermost first */
  let open: SectionNode[] = [];
  /** a section whose heading had no title on its line ("PHẦN I"): the next line is its title */
  let untitled: SectionNode | null = null;
  /** how many Roman sections each section holds (null: the top): the count is the numeral expected next */
  const romanCount = new Map<SectionNode | null, number>();
  /** an attachment whose title goes on over the next lines */
  let titling: { section: SectionNode; lines: number } | null = null;

  for (const line of splitLines(text, folded)) {
    if (!line.content) continue;
    const { content, folded } = line;
    if (isPipeRow(content)) {
      rows.push(line);
      if (part === "body" && section) section.end = line.end;
      continue;
    }
    closeTables();
    caption = content;
    if (untitled) {
      const waiting = untitled;
      untitled = null;
      if (mostlyUppercase(content) && !headingAt(content, folded, part)) {
        setTitle(waiting, content, line.start);
        waiting.end = line.end;
        continue;
      }
    }
    if (titling && part === "body" && !titling.section.items.length) {
      const attached = attachedTo.at(content, 0, folded) !== null;
      if (attached || (titling.lines < ATTACHMENT_TITLE_LINES && mostlyUppercase(content) && !headingAt(content, folded, part))) {
        if (!attached) setTitle(titling.section, `${titling.section.title} ${content}`, titling.section.titleStart);
        titling.section.end = line.end;
        titling = attached ? null : { section: titling.section, lines: titling.lines + 1 };
        continue;
      }
    }
    titling = null;
    const found = virtual ? null : headingAt(content, folded, part);
    if (found) {
      const rank = LABEL_RANK[found.label];
      while (open.length && LABEL_RANK[open[open.length - 1].label] >= rank) open.pop();
      const parent = open[open.length - 1] ?? null;
      if (found.label !== "roman" || acceptsHeading(found.numeral, found.title, romanCount.get(parent) ?? 0, { file, place, start: line.start, end: line.end })) {
        const title = found.title.replace(found.label === "roman" ? /[\s:.]+$/u : TITLE_END, "");
        section = {
          virtual: false,
          year: headingYear(found.title),
          numeral: found.numeral,
          label: found.label,
          parent,
          depth: open.length,
          key: found.label === "roman" ? found.numeral : [LABEL_NAME[found.label], found.numeral].filter(Boolean).join(" "),
          title,
          titleStart: line.start + found.titleAt,
          role: roleOf(found.title),
          start: line.start,
          end: line.end,
          items: [],
        };
        sections.push(section);
        open.push(section);
        if (section.label === "roman") romanCount.set(parent, (romanCount.get(parent) ?? 0) + 1);
        part = "body";
        stack = [];
        if (!title) untitled = section;
        if (found.label === "attachment") titling = { section, lines: 1 };
        continue;
      }
    }
    if (part === "body" && (recipients.at(content, 0, folded) || signatureRole.at(content, 0, folded))) part = "closing";

    const paragraph: Paragraph = {
      start: line.contentStart,
      end: line.contentEnd,
      contentStart: line.contentStart,
      text: content,
      part,
      section: part === "body" ? section : null,
      item: null,
    };
    paragraphs.push(paragraph);
    if (part !== "body" || !section) continue;
    section.end = line.end;

    const marker = readMarker(content, folded) ?? yearHeading(content);
    if (marker) {
      // close what this item cannot be nested in
      if (marker.rank === SYMBOL_RANK) {
        const at = findSymbol(stack, marker.marker);
        if (at >= 0) stack = stack.slice(0, at);
      } else {
        while (stack.length && (stack[stack.length - 1].rank === SYMBOL_RANK || stack[stack.length - 1].rank >= marker.rank))
          stack.pop();
      }
      const parent = stack[stack.length - 1] ?? null;
      const title = content.slice(marker.length);
      const ownYear = headingYear(title);
      const item: ItemNode = {
        marker: marker.marker,
        kind: marker.kind,
        rank: marker.rank,
        path: "",
        start: line.contentStart,
        contentStart: line.contentStart + marker.length,
        end: line.contentEnd,
        title,
        ownYear,
        year: ownYear ?? parent?.year ?? section.year,
        parent,
        children: [],
        section,
      };
      item.path = pathOf(item, section, parent, bulletCounts);
      (parent ? parent.children : section.items).push(item);
      stack.push(item);
      paragraph.item = item;
      paragraph.contentStart = item.contentStart;
    } else if (stack.length) {
      paragraph.item = stack[stack.length - 1];
    }
  }
  closeTables();
  return { paragraphs, sections, tables };
}

interface HeadingFound {
  label: SectionLabel;
  numeral: string;
  title: string;
  /** where the title starts in the line */
  titleAt: number;
}

/**
 * The heading a line opens, of any family: Roman sections, parts, chapters, numbered
 * parts of a chapter, articles and annexes in the body; after the signature, the attached
 * document ("ĐỀ ÁN", "KẾ HOẠCH", "(Kèm theo Quyết định …)") or an annex.
 */
function headingAt(content: string, folded: string, part: Part): HeadingFound | null {
  const titled = (label: SectionLabel, m: { start: number; end: number; groups: Record<string, string | undefined> } | null): HeadingFound | null => {
    if (!m) return null;
    const title = m.groups.title ?? "";
    return { label, numeral: (m.groups.numeral ?? "").trim(), title, titleAt: m.end - title.length };
  };
  if (part === "closing") {
    if (attachmentTitle.at(content, 0, folded) || attachedTo.at(content, 0, folded)) return { label: "attachment", numeral: "", title: content.trim(), titleAt: 0 };
    return titled("appendix", appendixHeading.at(content, 0, folded));
  }
  const roman = romanHeading.at(content, 0, folded);
  if (roman) return titled("roman", roman);
  if (part === "body" && attachedTo.at(content, 0, folded)) return { label: "attachment", numeral: "", title: content.trim(), titleAt: 0 };
  return (
    titled("article", articleHeading.at(content, 0, folded)) ??
    titled("part", partHeading.at(content, 0, folded)) ??
    titled("chapter", chapterHeading.at(content, 0, folded)) ??
    titled("section", mucHeading.at(content, 0, folded)) ??
    titled("appendix", appendixHeading.at(content, 0, folded))
  );
}

/** a title read after the heading (the line below "PHẦN I"), or grown by the lines of an attachment's title */
function setTitle(section: SectionNode, title: string, start: number): void {
  section.title = title.replace(TITLE_END, "");
  section.titleStart = start;
  section.role = roleOf(section.title);
  section.year = headingYear(section.title);
}

/**
 * An unnumbered line that only sets a deadline ("Đến năm 2025:", "Mục tiêu đến năm
 * 2030") heads what follows it, like a numbered heading would.
 */
function yearHeading(content: string): Marker | null {
  if (headingYear(content) === null) return null;
  if (!INTRODUCES_LIST.test(content) && wordsOver(content, YEAR_HEADING_MAX_WORDS)) return null;
  return { marker: "", kind: "heading", rank: HEADING_RANK, length: 0 };
}

function acceptsHeading(
  numeral: string,
  title: string,
  expected: number,
  at: { file: VFile | undefined; place: ((start: number, end: number) => Position) | undefined; start: number; end: number },
): boolean {
  const { file, place, start, end } = at;
  const index = NUMERALS.indexOf(numeral);
  const words = title.split(/\s+/).length;
  const looksLikeHeading = mostlyUppercase(title) || words <= SECTION_TITLE_MAX_WORDS;
  if (index === expected && looksLikeHeading) return true;
  if (index > expected && mostlyUppercase(title)) {
    if (file)
      report(file, {
        ruleId: "section-numbering",
        severity: "warning",
        reason: `section ${numeral} follows ${NUMERALS[expected - 1] ?? "the title"}: numbering skips`,
        place: place?.(start, end),
      });
    return true;
  }
  return false;
}

interface Marker {
  marker: string;
  kind: Item["kind"];
  rank: number;
  /** characters up to the item's text */
  length: number;
}

export function readMarker(content: string, folded?: string): Marker | null {
  const d = decimalMarker.at(content, 0, folded);
  if (d) return { marker: String(d.reading.marker), kind: "decimal", rank: Number(d.reading.depth), length: d.end };
  const l = letterMarker.at(content, 0, folded);
  if (l) return { marker: l.groups.marker!, kind: "letter", rank: 10, length: l.end };
  const b = bulletMarker.at(content, 0, folded);
  if (b) {
    const m = b.groups.marker!;
    return { marker: m, kind: m === "-" ? "dash" : m === "+" ? "plus" : "bullet", rank: SYMBOL_RANK, length: b.end };
  }
  return null;
}

function findSymbol(stack: ItemNode[], marker: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].rank !== SYMBOL_RANK) return -1;
    if (stack[i].marker === marker) return i;
  }
  return -1;
}

/**
 * The roles a document's parts play, whatever its family: its sections', and its short
 * item headings' ("1. Mục tiêu" in Điều 1 of a council's resolution, "Điều 2. Tổ chức thực hiện").
 */
export function rolesIn(doc: Segmented): Set<SectionRole> {
  const roles = new Set<SectionRole>();
  const visit = (items: ItemNode[]) => {
    for (const item of items) {
      if (!wordsOver(item.title, HEADING_MAX_WORDS)) roles.add(roleOf(item.title));
      visit(item.children);
    }
  };
  for (const section of doc.sections) {
    roles.add(section.role);
    visit(section.items);
  }
  return roles;
}

/** A heading sets a deadline when it is short and names one year: "Mục tiêu cụ thể đến năm 2025". */
export function headingYear(title: string): number | null {
  // every paragraph is asked: the cheap tests first
  if (!yearInFigures.test(title) || (wordsOver(title, YEAR_TITLE_MAX_WORDS) && !INTRODUCES_LIST.test(title))) return null;
  const years = new Set<number>();
  for (const m of deadline.all(title)) years.add(m.reading.year);
  for (const m of period.all(title)) years.add(m.reading.year);
  return years.size === 1 ? [...years][0] : null;
}

function pathOf(
  item: ItemNode,
  section: SectionNode,
  parent: ItemNode | null,
  counts: Map<ItemNode | SectionNode, Map<string, number>>,
): string {
  const base = parent ? parent.path : section.key;
  if (item.kind === "decimal") return `${section.key ? section.key + "." : ""}${item.marker.replace(/[\s.)/-]+$/, "")}`;
  if (item.kind === "letter") return `${base}.${item.marker.replace(/[\s).,/-]+$/, "")}`;
  if (item.kind === "heading") return `${base}:${item.year ?? ""}`;
  const owner = parent ?? section;
  const byMarker = counts.get(owner) ?? new Map<string, number>();
  counts.set(owner, byMarker);
  const n = (byMarker.get(item.marker) ?? 0) + 1;
  byMarker.set(item.marker, n);
  return `${base}${item.marker}${n}`;
}

/** more than `n` words, as `text.split(/\s+/)` counts them; stops counting at n */
function wordsOver(text: string, n: number): boolean {
  const gaps = /\s+/g;
  let words = 1;
  while (gaps.exec(text) !== null) if (++words > n) return true;
  return false;
}
