/**
 * Metadata: the facts a resolution states about itself — title, province, issuer,
 * number, date of issue, signer, horizon years — read from the lines before its first
 * section and after its last (certified-copy blocks are gone by then).
 */
import { deadline, period } from "../../../grammars/deadlines.js";
import {
  conferencePrefix,
  documentNumber,
  HEAD_PARAGRAPHS,
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
import { slugify, stripDiacritics } from "../../text/fold.js";
import type { Paragraph, Segmented } from "../segment/index.js";

export interface MetaCandidate {
  title: string | null;
  province: { name: string | null; slug: string | null; known: boolean; start?: number; end?: number };
  issuer: string | null;
  number: string | null;
  date: string | null;
  signer: string | null;
  horizons: number[];
}

const key = (s: string) => stripDiacritics(s).toLowerCase().replace(/[\s-]+/g, " ").trim();

export { resolveProvince };

export function extractMetadata(doc: Segmented): MetaCandidate {
  const preamble = doc.paragraphs.filter((p) => p.part === "preamble");
  const closing = doc.paragraphs.filter((p) => p.part === "closing");
  const head = preamble.length ? preamble : doc.paragraphs.slice(0, HEAD_PARAGRAPHS);

  const titleParagraph =
    head.find((p) => titleOpening.at(p.text, 0)) ?? head.find((p) => titleSubject.first(p.text) && titleYear.first(p.text));
  const title = titleParagraph ? titleParagraph.text.replace(/\s+/g, " ").trim() : null;
  const horizons = title
    ? [...new Set([...deadline.all(title), ...period.all(title)].map((m) => m.reading.year))].sort()
    : [];

  return {
    title,
    province: readProvince(titleParagraph ?? null, doc),
    issuer: readIssuer(head, closing),
    number: first(head.concat(closing), (p) => documentNumber.first(p.text)?.groups.number?.replace(/\s+/g, "") ?? null),
    date:
      first(head.concat(closing), (p) => (issueDate.first(p.text)?.reading.date as string | undefined) ?? null) ??
      first(head.concat(closing), (p) => (issueDateNumeric.first(p.text)?.reading.date as string | undefined) ?? null),
    signer: readSigner(closing),
    horizons,
  };
}

function first<T>(paragraphs: Paragraph[], read: (p: Paragraph) => T | null): T | null {
  for (const p of paragraphs) {
    const v = read(p);
    if (v !== null) return v;
  }
  return null;
}

function readProvince(title: Paragraph | null, doc: Segmented): MetaCandidate["province"] {
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
  for (const p of head) {
    const hit = bareIssuer(p.text);
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
