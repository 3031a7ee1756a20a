/**
 * decode → normalize → segment → extract → validate, composed once. Positions of every
 * fact are mapped from the normalized text back to the decoded raw text here.
 */
import * as crypto from "node:crypto";
import { VFile } from "vfile";
import { decode } from "./stages/decode/index.js";
import { normalize, type Normalized } from "./stages/normalize/index.js";
import { INVISIBLE_ALL } from "./stages/normalize/characters.js";
import { segment, type ItemNode, type SectionNode, type Segmented } from "./stages/segment/index.js";
import { extractTargets, MAX_NUMBERS, type TargetCandidate, type TargetContext } from "./stages/extract/targets.js";
import { extractBodies } from "./stages/extract/bodies.js";
import { extractMetadata } from "./stages/extract/metadata.js";
import { validate } from "./stages/validate.js";
import { LineIndex } from "./text/location.js";
import { toSource } from "./text/mapped-text.js";
import { note, severityOf, SOURCE } from "./messages.js";
import { deadline } from "../grammars/deadlines.js";
import {
  SCHEMA_VERSION,
  type Baseline,
  type Body,
  type Document,
  type Item,
  type Message,
  type Position,
  type Section,
  type Target,
} from "./schema/document.js";

export interface ExtractOptions {
  /** the file's path as it should appear in the output and in messages */
  path?: string;
  /** the bytes' SHA-256 (hex), when the caller has computed it already */
  sha256?: string;
}

export interface Extracted {
  document: Document;
  file: VFile;
}

/** Runs the whole pipeline over one file's bytes. Never throws on bad input. */
export function extract(bytes: Uint8Array, options: ExtractOptions = {}): Extracted {
  const path = options.path ?? "input.txt";
  const sha256 = options.sha256 ?? crypto.createHash("sha256").update(bytes).digest("hex");
  const decoded = decode(bytes);
  const file = new VFile({ path, value: decoded.text });
  const lines = new LineIndex(decoded.text);
  for (const p of decoded.problems) note(file, p.severity, p.reason, p.ruleId, p.place);
  const empty = emptyDocument(path, sha256, bytes.length, decoded.encoding);
  if (decoded.problems.some((p) => p.severity === "error")) return finish(empty, file);
  try {
    return finish(read(decoded.text, empty, file, lines), file);
  } catch (error) {
    // a bug, not the input's fault: the caller still gets a document and a message
    const reason = error instanceof Error ? error.message : String(error);
    note(file, "error", `internal error while extracting (a bug; please report it): ${reason}`, "internal-error");
    return finish(empty, file);
  }
}

/** the stages after decoding: a document, or an exception for extract to report */
function read(raw: string, empty: Document, file: VFile, lines: LineIndex): Document {
  const normalized = normalize(raw, file);
  const place = (start: number, end: number): Position => {
    const [s, e] = toSource(normalized, start, end);
    return lines.position(s, e);
  };
  const segmented = segment(normalized, file, place);
  const meta = extractMetadata(normalized.text, segmented);
  const issued = meta.date ? Number(meta.date.slice(0, 4)) : null;
  const pastBefore = issued ?? (meta.horizons.length ? Math.min(...meta.horizons) - 4 : null);
  const targetContext: TargetContext = { pastBefore };
  const candidates = extractTargets(normalized.text, normalized.folded, segmented, targetContext);
  if (targetContext.truncatedAt !== undefined)
    note(file, "warning", `more than ${MAX_NUMBERS} numbers: the text from here on is not read for targets`, "targets-truncated", place(targetContext.truncatedAt, targetContext.truncatedAt + 1));
  const bodies = extractBodies(normalized.text, normalized.folded, segmented);

  const slug = meta.province.slug ?? "document";
  const document: Document = {
    ...empty,
    province: { name: meta.province.name, slug: meta.province.slug },
    meta: {
      issuer: meta.issuer,
      number: meta.number,
      date: meta.date,
      signer: meta.signer,
      horizons: meta.horizons,
      title: meta.title,
    },
    sections: segmented.sections.filter((s) => !s.virtual).map((s) => toSection(s, place)),
    targets: toTargets(candidates.filter((c) => c.kind === "target"), normalized, raw, place, slug),
    baselines: toBaselines(candidates.filter((c) => c.kind === "baseline"), normalized, raw, place),
    bodies: bodies.map(
      (b): Body => ({
        name: squash(b.name),
        canonical: b.canonical,
        role: b.role,
        item: b.item,
        task: squash(normalized.text.slice(b.taskStart, b.taskEnd)),
        position: place(b.start, b.end),
      }),
    ),
  };
  report(document, segmented, candidates, meta, file, place);
  return document;
}

function finish(document: Document, file: VFile): Extracted {
  const checked = validate(document, file);
  checked.messages = file.messages.map(toMessage);
  return { document: checked, file };
}

function emptyDocument(path: string, sha256: string, bytes: number, encoding: string): Document {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path, sha256, bytes, encoding },
    province: { name: null, slug: null },
    meta: { issuer: null, number: null, date: null, signer: null, horizons: [], title: null },
    sections: [],
    targets: [],
    baselines: [],
    bodies: [],
    messages: [],
  };
}

/** whitespace folded to single spaces; normalized text has only line breaks to fold */
const squash = (s: string) => (s.includes("  ") || OTHER_SPACE.test(s) ? s.replace(/\s+/g, " ") : s).trim();
/** whitespace other than the space; apart from the test for two spaces, each is a fast scan */
const OTHER_SPACE = /[^\S ]/;

/** a clause's text, whitespace folded; the last one is kept, for the other numbers of its clause */
let lastClause: { normalized: Normalized; start: number; end: number; text: string } | null = null;
function clauseText(normalized: Normalized, clause: { start: number; end: number }): string {
  const c = lastClause;
  if (c && c.normalized === normalized && c.start === clause.start && c.end === clause.end) return c.text;
  const text = squash(normalized.text.slice(clause.start, clause.end));
  lastClause = { normalized, start: clause.start, end: clause.end, text };
  return text;
}

/**
 * the number as written in the raw file, with its unit sign, without what normalizing
 * dropped from between them: markup, a footnote reference ("9<sup>1</sup>%"), invisible
 * characters
 */
function literalOf(raw: string, position: Position): string {
  const quoted = raw
    .slice(position.start.offset, position.end.offset)
    .replace(/<sup\b[^<>]*>[^<]*<\/sup>/giu, "")
    .replace(/<[^<>]*>/gu, "")
    .replace(INVISIBLE_ALL, "")
    .replace(/[*_]/g, "");
  return squash(quoted);
}

function toSection(s: SectionNode, place: (a: number, b: number) => Position): Section {
  return {
    numeral: s.numeral,
    title: squash(s.title),
    role: s.role,
    position: place(s.start, s.start + s.numeral.length),
    children: s.items.map((i) => toItem(i, place)),
  };
}

function toItem(i: ItemNode, place: (a: number, b: number) => Position): Item {
  return {
    marker: i.marker,
    kind: i.kind,
    path: i.path,
    text: squash(i.title),
    year: i.ownYear,
    position: place(i.start, i.end),
    children: i.children.map((c) => toItem(c, place)),
  };
}

/**
 * SHA-1 of a string's UTF-8 bytes, in hex: the one-shot `crypto.hash` (Node 20.12 and
 * later) is twice as fast as a Hash object per target, and gives the same digest
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
const sha1Hex: (text: string) => string = oneShot
  ? (text) => oneShot("sha1", text, "hex")
  : (text) => crypto.createHash("sha1").update(text).digest("hex");

function toTargets(
  candidates: TargetCandidate[],
  normalized: Normalized,
  raw: string,
  place: (a: number, b: number) => Position,
  slug: string,
): Target[] {
  const seen = new Map<string, number>();
  return candidates.map((c) => {
    const text = clauseText(normalized, c.clause);
    const base = sha1Hex([c.indicator, c.scope, c.year, c.unit, c.value, c.max, c.comparator, text].join("|")).slice(0, 10);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const position = place(c.start, c.end);
    return {
      id: `${slug}-${base}${n > 1 ? `-${n}` : ""}`,
      value: c.value,
      max: c.max,
      unit: c.unit,
      comparator: c.comparator,
      year: c.year,
      yearSource: c.yearSource,
      scope: c.scope,
      indicator: c.indicator,
      section: c.section,
      item: c.item,
      literal: literalOf(raw, position),
      text,
      position,
    };
  });
}

function toBaselines(
  candidates: TargetCandidate[],
  normalized: Normalized,
  raw: string,
  place: (a: number, b: number) => Position,
): Baseline[] {
  return candidates.map((c) => {
    const text = clauseText(normalized, c.clause);
    // the year a figure describes: the nearest one stated before it, else after it
    const before = deadline.all(normalized.text.slice(c.clause.start, c.start)).map((m) => m.reading.year as number);
    const after = deadline.all(normalized.text.slice(c.end, c.clause.end)).map((m) => m.reading.year as number);
    const position = place(c.start, c.end);
    return {
      value: c.value,
      max: c.max,
      unit: c.unit,
      year: before.length ? before[before.length - 1] : (after[0] ?? null),
      section: c.section,
      literal: literalOf(raw, position),
      text,
      position,
    };
  });
}

/** document-level problems: what a reader of the dataset should know about this file */
function report(
  document: Document,
  segmented: Segmented,
  candidates: TargetCandidate[],
  meta: ReturnType<typeof extractMetadata>,
  file: VFile,
  place: (a: number, b: number) => Position,
): void {
  const province = meta.province;
  const roles = new Set(segmented.sections.map((s) => s.role));
  if (segmented.sections.every((s) => s.virtual)) {
    // without sections, a text is still read if it names itself or sets targets
    if (!meta.title && document.targets.length === 0) {
      note(file, "error", "no title, no Roman-numeral sections, no targets: this does not read as a resolution", "not-a-resolution");
      return;
    }
    note(file, "warning", "no Roman-numeral sections (I, II, …): the text is read as one body", "structure-no-sections");
    return;
  }
  if (!roles.has("objectives")) note(file, "warning", "no objectives section (MỤC TIÊU)", "structure-no-objectives");
  if (!roles.has("implementation"))
    note(file, "warning", "no implementation section (TỔ CHỨC THỰC HIỆN)", "structure-no-implementation");
  if (!province.name) note(file, "warning", "the province could not be read from the title", "province-missing");
  else if (!province.known)
    note(file, "warning", `'${province.name}' is not a known province name`, "province-unknown", place(province.start!, province.end!));
  if (document.targets.length === 0 && roles.has("objectives"))
    note(file, "warning", "no quantitative targets found", "targets-none");
  // an objectives heading without a year, above targets that therefore have none
  const flagged = new Set<ItemNode>();
  for (const c of candidates) {
    if (c.kind !== "target" || c.year !== null) continue;
    const paragraph = segmented.paragraphs.find((p) => p.start <= c.start && c.start < p.end);
    let item = paragraph?.item ?? null;
    while (item && !/^(?:về\s+)?(?:các\s+)?(?:mục tiêu|chỉ tiêu)/iu.test(item.title)) item = item.parent;
    if (item && objectivesHeading(item.title) && !flagged.has(item)) {
      flagged.add(item);
      note(file, "warning", "objectives heading without a year; targets below have year null", "deadline-missing", place(item.start, item.end));
    }
  }
}

/** "Mục tiêu cụ thể", "2.2. Mục tiêu phấn đấu": a heading for targets, not the general aim */
function objectivesHeading(title: string): boolean {
  return /^(?:về\s+)?(?:các\s+)?(?:mục tiêu|chỉ tiêu)/iu.test(title) && !/tổng quát|chung/iu.test(title) && title.split(/\s+/).length <= 12;
}

function toMessage(m: VFile["messages"][number]): Message {
  const place = m.place;
  let position: Position | null = null;
  if (place && "start" in place && place.start.offset !== undefined && place.end.offset !== undefined)
    position = {
      start: { line: place.start.line, column: place.start.column, offset: place.start.offset },
      end: { line: place.end.line, column: place.end.column, offset: place.end.offset },
    };
  return {
    reason: m.reason,
    ruleId: m.ruleId ?? "unknown",
    source: m.source ?? SOURCE,
    severity: severityOf(m.fatal),
    place: position,
  };
}
