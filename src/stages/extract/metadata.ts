/**
 * Metadata: the facts a resolution states about itself — title, province, issuer,
 * number, date of issue, signer, horizon years — read from the lines before its first
 * section and after its last (certified-copy blocks are gone by then).
 */
import { deadline, period } from "../../../grammars/deadlines.js";
import {
  citedDate,
  citingOpening,
  conferencePrefix,
  councilIssuers,
  documentNumber,
  documentTypeLine,
  governmentIssuers,
  HEAD_PARAGRAPHS,
  HEADLINE_PARAGRAPHS,
  LETTERHEAD_MAX_CHARS,
  headlineNumber,
  headlineSubject,
  issuedInProse,
  kindOfType,
  letterheadBody,
  nationalIssuerCode,
  nationalIssuers,
  nationalLetterhead,
  numberParts,
  partyIssuers,
  resolutionKindOfIssuerCode,
  visionTitle,
  type DocumentKind,
  issueDate,
  issueDateNumeric,
  issuerLine,
  issuerNames,
  letterheadIssuers,
  personName,
  provinceLead,
  resolutionPrefix,
  signedFor,
  termSuffix,
  titleOpening,
  titleProvince,
  titleSubject,
  titleTail,
  titleYear,
} from "../../../grammars/metadata.js";
import type { Rule } from "../../grammar/rule.js";
import { resolveProvince } from "../../../grammars/provinces.js";
import { signatureRole } from "../../../grammars/structure.js";
import { objectivesTitle } from "../../../grammars/sections.js";
import { slugify, stripDiacritics } from "../../text/fold.js";
import type { ItemNode, Paragraph, Segmented } from "../segment/index.js";

export interface MetaCandidate {
  title: string | null;
  province: { name: string | null; slug: string | null; known: boolean; start?: number; end?: number };
  issuer: string | null;
  number: string | null;
  date: string | null;
  signer: string | null;
  horizons: number[];
  kind: DocumentKind;
  level: "province" | "national";
}

const key = (s: string) => stripDiacritics(s).toLowerCase().replace(/[\s-]+/g, " ").trim();

export { resolveProvince };

export function extractMetadata(doc: Segmented): MetaCandidate {
  const preamble = doc.paragraphs.filter((p) => p.part === "preamble");
  const closing = doc.paragraphs.filter((p) => p.part === "closing");
  const head = preamble.length ? preamble : doc.paragraphs.slice(0, HEAD_PARAGRAPHS);
  // a copy without its header (a news portal's) names itself in a headline: "Nghị quyết số 57-NQ/TW của Bộ Chính trị về …"
  // (not a plan's title or preamble that cites one: "Thực hiện Nghị quyết số 57-NQ/TW …")
  const headline =
    doc.paragraphs
      .slice(0, HEADLINE_PARAGRAPHS)
      .find((p) => !citingOpening.at(p.text, 0) && headlineNumber.first(p.text) && headlineSubject.first(p.text)) ?? null;

  const typeLine = head.findIndex((p) => documentTypeLine.at(p.text, 0));
  const titleParagraph =
    head.find((p) => titleOpening.at(p.text, 0)) ??
    (typeLine >= 0 ? titleAfterType(head, typeLine) : undefined) ??
    head.find((p) => titleSubject.first(p.text) && titleYear.first(p.text));
  const title = titleParagraph
    ? titleParagraph.text.replace(/\s+/g, " ").trim()
    : headline
      ? headline.text.slice(headlineSubject.first(headline.text)!.start).replace(/^\s+/, "").replace(/\s+/g, " ").trim()
      : null;
  const horizons = title ? titleYears(title) : [];

  const number =
    first(head.concat(closing), (p) => documentNumber.first(p.text)?.groups.number?.replace(/\s+/g, "") ?? null) ??
    (headline ? headlineNumber.first(headline.text)!.groups.number!.replace(/\s+/g, "") : null);
  const issuer = readIssuer(head, closing) ?? (headline ? issuerNamed(headline.text) : null);
  const level = levelOf({ number, issuer, head });
  return {
    title,
    province: level === "national" ? { name: null, slug: null, known: false } : readProvince(titleParagraph ?? null, doc, head),
    issuer,
    number,
    date:
      first(head.concat(closing), (p) => (issueDate.first(p.text)?.reading.date as string | undefined) ?? null) ??
      first(head.concat(closing), (p) => (issueDateNumeric.first(p.text)?.reading.date as string | undefined) ?? null) ??
      first(doc.paragraphs.slice(0, HEADLINE_PARAGRAPHS), (p) => (issuedInProse.first(p.text)?.reading.date as string | undefined) ?? null),
    signer: readSigner(closing),
    horizons: horizons.length ? horizons : objectiveYears(doc),
    kind: kindOf({ number, issuer, typeLine: typeLine >= 0 ? head[typeLine] : null, headline }),
    level,
  };
}

/**
 * The title is the line after the type line ("KẾ HOẠCH" / "Chuyển đổi số tỉnh X năm 2024"),
 * past the issuer's line ("CỦA BỘ CHÍNH TRỊ"); a line that names an issuer or an authority
 * in capitals is not a title.
 */
function titleAfterType(head: Paragraph[], at: number): Paragraph | undefined {
  for (let i = at + 1; i < head.length && i <= at + 3; i++) {
    const text = head[i].text;
    if (issuerLine.at(text, 0) || bareIssuer(text) || documentTypeLine.at(text, 0)) continue;
    if (/^[-_*=–—\s]+$/u.test(text)) continue;
    return text === text.toUpperCase() && !titleSubject.first(text) ? undefined : head[i];
  }
  return undefined;
}

/** the years a title sets ("đến năm 2025, định hướng đến năm 2030"), not the dates of the documents it cites */
function titleYears(title: string): number[] {
  const cited = citedDate.all(title);
  const outside = (m: { start: number; end: number }) => !cited.some((c) => m.start < c.end && c.start < m.end);
  const years = [...deadline.all(title), ...period.all(title)].filter(outside).map((m) => m.reading.year as number);
  return [...new Set(years)].sort();
}

/** a title without a year ("về đột phá phát triển …"): the years of the objectives' headings ("Mục tiêu đến năm 2030", "Tầm nhìn đến năm 2045") */
function objectiveYears(doc: Segmented): number[] {
  const years = new Set<number>();
  const visit = (items: ItemNode[]) => {
    for (const item of items) {
      if (item.ownYear !== null && (objectivesTitle.at(item.title, 0) || visionTitle.at(item.title, 0))) years.add(item.ownYear);
      visit(item.children);
    }
  };
  for (const s of doc.sections) visit(s.items);
  return [...years].sort();
}

/** an issuer named in running text ("… của Bộ Chính trị về …"): the first known name, national bodies first */
function issuerNamed(text: string): string | null {
  const k = " " + key(text) + " ";
  for (const n of nationalIssuers) if (k.includes(" " + key(n) + " ")) return n;
  return null;
}

function levelOf(read: { number: string | null; issuer: string | null; head: Paragraph[] }): "province" | "national" {
  const parts = read.number ? numberParts.at(read.number, 0) : null;
  if (parts && nationalIssuerCode.at(String(parts.reading.by), 0)) return "national";
  if (read.issuer && nationalIssuers.has(read.issuer)) return "national";
  if (read.head.some((p) => nationalLetterhead.at(p.text, 0))) return "national";
  return "province";
}

/** from the number's type and issuer, else the header's type line and the issuer, else the headline's words */
function kindOf(read: { number: string | null; issuer: string | null; typeLine: Paragraph | null; headline: Paragraph | null }): DocumentKind {
  const parts = read.number ? numberParts.at(read.number, 0) : null;
  if (parts) {
    const kind = kindOfType[String(parts.reading.type)];
    if (kind !== "resolution") return kind;
    if (parts.reading.party) return "party_resolution";
    return resolutionKindOfIssuerCode[String(parts.reading.by)] ?? resolutionOf(read.issuer);
  }
  const type = read.typeLine ? (documentTypeLine.at(read.typeLine.text, 0)!.reading.type as DocumentKind | "resolution") : null;
  if (type === null) return "other";
  return type === "resolution" ? resolutionOf(read.issuer) : type;
}

function resolutionOf(issuer: string | null): DocumentKind {
  if (issuer && partyIssuers.has(issuer)) return "party_resolution";
  if (issuer && councilIssuers.has(issuer)) return "council_resolution";
  if (issuer && governmentIssuers.has(issuer)) return "government_resolution";
  return "other";
}

function first<T>(paragraphs: Paragraph[], read: (p: Paragraph) => T | null): T | null {
  for (const p of paragraphs) {
    const v = read(p);
    if (v !== null) return v;
  }
  return null;
}

function readProvince(title: Paragraph | null, doc: Segmented, head: Paragraph[]): MetaCandidate["province"] {
  if (title) {
    // any case ("VỀ CHUYỂN ĐỔI SỐ TỈNH QUẢNG NINH"): a known name after "tỉnh"/"thành phố"
    for (const m of provinceLead.all(title.text)) {
      const name = resolveProvince(title.text.slice(m.end));
      if (name) return { name, slug: slugify(name), known: true, start: title.start + m.start, end: title.start + m.end + name.length };
    }
    for (const m of titleProvince.all(title.text)) {
      const name = resolveProvince(m.groups.name!);
      if (name) return { name, slug: slugify(name), known: true, start: title.start + m.start, end: title.start + m.end };
    }
    const m = titleProvince.first(title.text);
    if (m) {
      const name = without(m.groups.name!, titleTail);
      return { name, slug: slugify(name), known: false, start: title.start + m.start, end: title.start + m.end };
    }
  }
  // the letterhead: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", or its second line "TỈNH NGHỆ AN"
  for (const p of head) {
    const name = letterheadProvince(p.text);
    if (name) return { name, slug: slugify(name), known: true, start: p.start, end: p.end };
  }
  // no title: the province the text names most often
  const counts = new Map<string, number>();
  for (const p of doc.paragraphs)
    for (const m of titleProvince.all(p.text)) {
      const name = resolveProvince(m.groups.name!);
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { name: best[0], slug: slugify(best[0]), known: true } : { name: null, slug: null, known: false };
}

/** a letterhead line in capitals that is a province, or an issuer's name and a province */
function letterheadProvince(text: string): string | null {
  // a letterhead line is a name or two; a long line is text, and folding it per name would cost its length each time
  if (text.length > LETTERHEAD_MAX_CHARS || text !== text.toUpperCase()) return null;
  let rest = text.trim();
  const restKey = key(rest);
  const issuer = issuerNames.find((n) => restKey.startsWith(key(n) + " "));
  if (issuer) rest = rest.split(/\s+/).slice(issuer.split(/\s+/).length).join(" ");
  const lead = provinceLead.at(rest, 0);
  if (!issuer && !lead) return null;
  const name = lead ? rest.slice(lead.end) : rest;
  const province = resolveProvince(name);
  return province !== null && key(province) === key(name) ? province : null;
}

function readIssuer(head: Paragraph[], closing: Paragraph[]): string | null {
  for (const p of head) {
    const m = issuerLine.at(p.text, 0);
    if (m) return canonicalIssuer(m.groups.issuer!);
  }
  // a line that is an issuer's name and nothing else ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XX)",
  // "HỘI NGHỊ LẦN THỨ 5 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG");
  // the letterhead "TỈNH ỦY X" names the party committee, and yields to a signature block
  // that names the body signed for ("T/M BAN CHẤP HÀNH")
  let letterhead: string | null = null;
  for (const [i, p] of head.entries()) {
    // "ỦY BAN NHÂN DÂN" over "TỈNH NGHỆ AN": one name on two lines
    const next = head[i + 1];
    const hit = bareIssuer(p.text) ?? (next && letterheadBody.at(p.text, 0) ? bareIssuer(`${p.text} ${next.text}`) : null);
    if (hit && letterheadIssuers.has(hit)) letterhead ??= hit;
    else if (hit) return hit;
  }
  // "T/M BAN THƯỜNG VỤ" in the signature block
  for (const p of closing) {
    const m = signedFor.at(p.text, 0);
    if (m) return canonicalIssuer(m.groups.body!);
  }
  return letterhead;
}


function bareIssuer(text: string): string | null {
  const bare = without(without(without(text, termSuffix), resolutionPrefix), conferencePrefix);
  const k = key(bare);
  const exact = issuerNames.find((n) => key(n) === k);
  if (exact) return exact;
  // the name followed by the province's ("TỈNH ỦY LÀO CAI")
  const words = bare.trim().split(/\s+/);
  for (const n of issuerNames) {
    if (!k.startsWith(key(n) + " ")) continue;
    const rest = words.slice(n.split(/\s+/).length).join(" ");
    const province = resolveProvince(rest);
    if (province !== null && key(province) === key(rest)) return n;
  }
  return null;
}

/** the text without the first match of the rule, as `String.replace` with a pattern drops it */
function without(text: string, rule: Rule): string {
  const m = rule.first(text);
  return m ? text.slice(0, m.start) + text.slice(m.end) : text;
}

function canonicalIssuer(written: string): string {
  const k = key(written);
  const exact = issuerNames.find((n) => key(n) === k);
  if (exact) return exact;
  const prefix = issuerNames.find((n) => key(n).startsWith(k));
  if (prefix) return prefix;
  const lower = written.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function readSigner(closing: Paragraph[]): string | null {
  let afterRole = false;
  for (const p of closing) {
    if (signatureRole.at(p.text, 0)) {
      afterRole = true;
      continue;
    }
    if (!afterRole) continue;
    const m = personName.at(p.text, 0);
    if (m) return titleCase(m.groups.name!);
  }
  return null;
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}
