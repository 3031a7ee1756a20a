/**
 * decode → normalize → segment → extract → validate, composed once. Positions of every
 * fact are mapped from the normalized text back to the decoded raw text here.
 */
import * as crypto from "node:crypto";
import { VFile } from "vfile";
import { decode, type Decoded } from "./stages/decode/index.js";
import { normalize, type Normalized } from "./stages/normalize/index.js";
import { INVISIBLE_ALL } from "./stages/normalize/characters.js";
import { rolesIn, segment, type ItemNode, type SectionNode, type Segmented } from "./stages/segment/index.js";
import { extractTargets, MAX_NUMBERS, type TargetCandidate } from "./stages/extract/targets.js";
import { extractBodies } from "./stages/extract/bodies.js";
import { tableBodies, tableTargets } from "./stages/extract/tables.js";
import { extractMetadata } from "./stages/extract/metadata.js";
import { extractReferences } from "./stages/extract/references.js";
import { reportDistrictAfterMerger, successorOf } from "./stages/extract/successor.js";
import { validate } from "./stages/validate.js";
// the readers themselves (pdf.js, mammoth, rehype) load only when a file needs them
import { locate, LOW_CONFIDENCE } from "./stages/read/locate.js";
import { isPlainText } from "./stages/read/detect.js";
import type { Format, Layout } from "./stages/read/types.js";
import { LineIndex } from "./text/location.js";
import { toSource } from "./text/mapped-text.js";
import type { Span } from "./stages/extract/clauses.js";
import { report, severityOf, SOURCE, type Problem } from "./messages.js";
import { deadline } from "../grammars/deadlines.js";
import { objectivesHeading, objectivesTitle } from "../grammars/sections.js";
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
  /**
   * the input string is text the read stage made of a file (PDF, DOCX, HTML, a scan):
   * its format, where its stretches stand on the pages, what reading it noticed;
   * `sha256` and `bytes` are then the original file's
   */
  read?: { format: Format; layout: Layout | null; problems: Problem[] };
  /** the original file's size, with `read` */
  bytes?: number;
}

export interface Extracted {
  document: Document;
  file: VFile;
}

/**
 * Runs the whole pipeline over one file's bytes, or over a string taken as text already
 * decoded (encoding "string"; positions index the string; sha256 and bytes are its UTF-8's).
 * Never throws on bad input.
 */
export function extract(input: Uint8Array | string, options: ExtractOptions = {}): Extracted {
  const path = options.path ?? "input.txt";
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const sha256 = options.sha256 ?? crypto.createHash("sha256").update(bytes).digest("hex");
  const decoded = typeof input === "string" ? decodedString(input) : decode(bytes);
  const file = new VFile({ path, value: decoded.text });
  const lines = new LineIndex(decoded.text);
  for (const problem of options.read?.problems ?? []) report(file, problem);
  for (const problem of decoded.problems) report(file, problem);
  // the read stage's text is written out as UTF-8, and positions index it
  const empty = emptyDocument(path, sha256, options.bytes ?? bytes.length, options.read ? "utf-8" : decoded.encoding);
  const format = options.read?.format;
  if (format !== undefined && format !== "text") empty.source.format = format as NonNullable<Document["source"]["format"]>;
  if (decoded.problems.some((p) => p.severity === "error") || options.read?.problems.some((p) => p.severity === "error")) return finish(empty, file);
  try {
    const document = read(decoded.text, empty, file, lines);
    if (options.read?.layout) placeOnPages(document, options.read.layout, file);
    return finish(document, file);
  } catch (error) {
    // a bug, not the input's fault: the caller still gets a document and a message
    const reason = error instanceof Error ? error.message : String(error);
    report(file, { ruleId: "internal-error", severity: "error", reason: `internal error while extracting (a bug; please report it): ${reason}` });
    return finish(empty, file);
  }
}

/**
 * Any published file (text, markdown, PDF, a scan, DOCX, an HTML page): the read stage,
 * then the pipeline over the text it read (or over the bytes, for text and markdown).
 * Returns the text read too, which every position of the document indexes (null for
 * text and markdown, whose positions index the decoded bytes).
 */
export async function extractFile(
  bytes: Uint8Array,
  options: ExtractOptions & { cacheDir?: string },
): Promise<Extracted & { text: string | null }> {
  const path = options.path ?? "input.txt";
  const { readInput } = await import("./stages/read/index.js");
  const read = await readInput(bytes, { path, sha256: options.sha256, cacheDir: options.cacheDir });
  const sha256 = options.sha256 ?? crypto.createHash("sha256").update(bytes).digest("hex");
  if (isPlainText(read.format)) {
    const extracted = extract(bytes, { path, sha256 });
    if (read.format === "markdown") extracted.document.source.format = "markdown";
    return { ...extracted, text: null };
  }
  const extracted = extract(read.text ?? "", { path, sha256, bytes: bytes.length, read });
  return { ...extracted, text: read.text };
}

/**
 * a PDF's or a scan's targets get the page and box of their number; one read by OCR
 * from words of low confidence is flagged
 */
function placeOnPages(document: Document, layout: Layout, file: VFile): void {
  for (const target of document.targets) {
    const at = locate(layout, target.position.start.offset, target.position.end.offset);
    if (!at) continue;
    target.page = at.page;
    target.bbox = at.bbox;
    if (at.confidence === undefined) continue;
    target.confidence = at.confidence;
    if (at.confidence < LOW_CONFIDENCE)
      report(file, {
        ruleId: "read-low-confidence",
        severity: "warning",
        reason: `'${target.literal}' was read by OCR from words of low confidence (${at.confidence} of 100): check it on page ${at.page}`,
        place: target.position,
      });
  }
}

/** a string is the text as it is; empty is what it is for bytes, an error */
function decodedString(text: string): Decoded {
  const empty = text === "" || text === "\ufeff";
  return { text, encoding: "string", problems: empty ? [{ ruleId: "decode-empty", severity: "error", reason: "text is empty" }] : [] };
}

/** the stages after decoding: a document, or an exception for extract to report */
function read(raw: string, empty: Document, file: VFile, lines: LineIndex): Document {
  const normalized = normalize(raw, file);
  const place = (start: number, end: number): Position => {
    const [s, e] = toSource(normalized, start, end);
    return lines.position(s, e);
  };
  const segmented = segment(normalized, file, place);
  const meta = extractMetadata(segmented);
  const issued = meta.date ? Number(meta.date.slice(0, 4)) : null;
  const pastBefore = issued ?? (meta.horizons.length ? Math.min(...meta.horizons) - 4 : null);
  const prose = extractTargets(normalized.folded, segmented, { pastBefore });
  // a table's rows are not paragraphs: its figures are read once, as cells
  const tables = tableTargets(segmented, { pastBefore });
  const candidates = merged(prose.candidates, tables.candidates);
  const truncatedAt = prose.truncatedAt ?? tables.truncatedAt;
  if (truncatedAt !== null)
    report(file, {
      ruleId: "targets-truncated",
      severity: "warning",
      reason: `more than ${MAX_NUMBERS} numbers: the text from here on is not read for targets`,
      place: place(truncatedAt, truncatedAt + 1),
    });
  const bodies = merged(extractBodies(normalized.text, normalized.folded, segmented), tableBodies(segmented));
  const quote = clauseQuotes(normalized);

  const slug = meta.province.slug ?? "document";
  const structure = segmented.sections.filter((s) => !s.virtual).map((s) => toSection(s, place, normalized.text));
  const document: Document = {
    ...empty,
    // a national document belongs to no province, whatever its text names
    province: meta.level === "national" ? null : { name: meta.province.name, slug: meta.province.slug, successor: successorOf(meta.province.name) },
    meta: {
      issuer: meta.issuer,
      number: meta.number,
      date: meta.date,
      signer: meta.signer,
      horizons: meta.horizons,
      title: meta.title,
      references: extractReferences(normalized.text, normalized.folded).map((m) => ({
        id: m.id,
        literal: squash(normalized.text.slice(m.start, m.end)),
        position: place(m.start, m.end),
      })),
      kind: meta.kind,
      level: meta.level,
    },
    // the GUIDE's sections are the Roman-numeral ones; the other headings (Phần, Điều, PHỤ LỤC …) are divisions
    sections: structure.filter((s) => s.label === "roman"),
    divisions: structure.filter((s) => s.label !== "roman"),
    targets: toTargets(candidates.filter((c) => c.kind === "target"), { quote, raw, place, slug }),
    baselines: toBaselines(candidates.filter((c) => c.kind === "baseline"), { quote, raw, place, normalized }),
    bodies: bodies.map(
      (b): Body => ({
        name: squash(b.name),
        canonical: b.canonical,
        role: b.role,
        item: b.item,
        task: squash(normalized.text.slice(b.taskStart, b.taskEnd)),
        deadline: b.deadline ?? null,
        position: place(b.start, b.end),
      }),
    ),
  };
  reportStructure(document, { segmented, candidates, meta, file, place });
  reportDistrictAfterMerger(document, file);
  return document;
}

/** prose and table readings in text order, where tables stand between paragraphs (each list is in order) */
const merged = <T extends { start: number }>(prose: T[], tables: T[]): T[] =>
  tables.length === 0 ? prose : [...prose, ...tables].sort((a, b) => a.start - b.start);

function finish(document: Document, file: VFile): Extracted {
  const checked = validate(document, file);
  checked.messages = file.messages.map(toMessage);
  return { document: checked, file };
}

function emptyDocument(path: string, sha256: string, bytes: number, encoding: string): Document {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path, sha256, bytes, encoding },
    province: { name: null, slug: null, successor: null },
    meta: { issuer: null, number: null, date: null, signer: null, horizons: [], title: null, references: [], kind: "other", level: "province" },
    sections: [],
    divisions: [],
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

/**
 * a clause's text, whitespace folded, made once for all the figures of the clause (they
 * share its span object)
 */
function clauseQuotes(normalized: Normalized): (clause: Span) => string {
  const made = new Map<Span, string>();
  return (clause) => {
    let text = made.get(clause);
    if (text === undefined) made.set(clause, (text = squash(normalized.text.slice(clause.start, clause.end))));
    return text;
  };
}

type Place = (start: number, end: number) => Position;

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

/** a Roman section's position is its numeral's; another's, its label and numeral ("Phần I", "Điều 2") */
function toSection(s: SectionNode, place: Place, text: string): Section {
  const heading = s.label === "roman" ? s.numeral.length : text.slice(s.start, Math.max(s.start, Math.min(s.titleStart, s.end))).replace(/[\s.:\-–)]+$/u, "").length;
  return {
    numeral: s.numeral,
    label: s.label,
    depth: s.depth,
    title: squash(s.title),
    role: s.role,
    position: place(s.start, s.start + (heading || s.end - s.start)),
    children: s.items.map((i) => toItem(i, place)),
  };
}

function toItem(i: ItemNode, place: Place): Item {
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

/** what a target and a baseline say of their number, in the order both write it */
function figureOf(c: TargetCandidate) {
  return { value: c.value, max: c.max, unit: c.unit, rate: c.rate, per: c.per, currency: c.currency, magnitude: c.magnitude };
}

function toTargets(candidates: TargetCandidate[], from: { quote: (clause: Span) => string; raw: string; place: Place; slug: string }): Target[] {
  const { quote, raw, place, slug } = from;
  const seen = new Map<string, number>();
  return candidates.map((c) => {
    const text = quote(c.clause);
    const base = sha1Hex([c.indicator, c.scope, c.year, c.unit, c.value, c.max, c.comparator, text].join("|")).slice(0, 10);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const position = place(c.start, c.end);
    return {
      id: `${slug}-${base}${n > 1 ? `-${n}` : ""}`,
      ...figureOf(c),
      comparator: c.comparator,
      year: c.year,
      yearSource: c.yearSource,
      scope: c.scope,
      indicator: c.indicator,
      section: c.section,
      item: c.item,
      lead: c.lead ?? null,
      literal: literalOf(raw, position),
      text,
      position,
    };
  });
}

function toBaselines(
  candidates: TargetCandidate[],
  from: { quote: (clause: Span) => string; raw: string; place: Place; normalized: Normalized },
): Baseline[] {
  const { quote, raw, place, normalized } = from;
  return candidates.map((c) => {
    const text = quote(c.clause);
    // the year a figure describes: the nearest one stated before it, else after it
    const before = deadline.all(normalized.text.slice(c.clause.start, c.start)).map((m) => m.reading.year);
    const after = deadline.all(normalized.text.slice(c.end, c.clause.end)).map((m) => m.reading.year);
    const position = place(c.start, c.end);
    return {
      ...figureOf(c),
      year: c.describedYear !== undefined ? c.describedYear : before.length ? before[before.length - 1] : (after[0] ?? null),
      section: c.section,
      literal: literalOf(raw, position),
      text,
      position,
    };
  });
}

/** document-level problems: what a reader of the dataset should know about this file */
function reportStructure(
  document: Document,
  found: { segmented: Segmented; candidates: TargetCandidate[]; meta: ReturnType<typeof extractMetadata>; file: VFile; place: Place },
): void {
  const { segmented, candidates, meta, file, place } = found;
  const province = meta.province;
  // objectives and implementation found by role, in a section or an item of any family
  const roles = rolesIn(segmented);
  if (segmented.sections.every((s) => s.virtual)) {
    // without sections, a text is still read if it names itself or sets targets
    if (!meta.title && document.targets.length === 0) {
      report(file, { ruleId: "not-a-resolution", severity: "error", reason: "no title, no Roman-numeral sections, no targets: this does not read as a resolution" });
      return;
    }
    report(file, { ruleId: "structure-no-sections", severity: "warning", reason: "no sections (I, II, …; Phần, Chương, Điều): the text is read as one body" });
    return;
  }
  if (!roles.has("objectives")) report(file, { ruleId: "structure-no-objectives", severity: "warning", reason: "no objectives section (MỤC TIÊU)" });
  if (!roles.has("implementation"))
    report(file, { ruleId: "structure-no-implementation", severity: "warning", reason: "no implementation section (TỔ CHỨC THỰC HIỆN)" });
  if (meta.level === "national") {
    // a national document names no province of its own
  } else if (!province.name) report(file, { ruleId: "province-missing", severity: "warning", reason: "the province could not be read from the title" });
  else if (!province.known)
    report(file, { ruleId: "province-unknown", severity: "warning", reason: `'${province.name}' is not a known province name`, place: place(province.start!, province.end!) });
  if (document.targets.length === 0 && roles.has("objectives"))
    report(file, { ruleId: "targets-none", severity: "warning", reason: "no quantitative targets found" });
  // an objectives heading without a year, above targets that therefore have none
  const flagged = new Set<ItemNode>();
  for (const c of candidates) {
    if (c.kind !== "target" || c.year !== null) continue;
    const paragraph = segmented.paragraphs.find((p) => p.start <= c.start && c.start < p.end);
    let item = paragraph?.item ?? null;
    while (item && !objectivesTitle.at(item.title, 0)) item = item.parent;
    if (item && objectivesHeading(item.title) && !flagged.has(item)) {
      flagged.add(item);
      report(file, { ruleId: "deadline-missing", severity: "warning", reason: "objectives heading without a year; targets below have year null", place: place(item.start, item.end) });
    }
  }
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
