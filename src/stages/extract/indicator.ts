/**
 * The indicator of a target, read from its clause. Cues right after the number (what
 * the number counts) weigh most, then cues before it, then the rest of the clause;
 * nearer beats farther. With no cue, the target gets an "other:<slug>" id made from
 * the words it counts.
 */
import { rule, type Reading, type Rule, type RuleMatch } from "../../grammar/rule.js";
import { indicators, rankingOf, type IndicatorSpec } from "../../../grammars/indicators.js";
import type { Unit } from "../../schema/document.js";
import { foldTone, slugify } from "../../text/fold.js";
import { anchorsOf } from "../../grammar/anchors.js";
import { wordCount } from "../../text/chars.js";
import { windows } from "../../../grammars/windows.js";
import { levelPhrase } from "../../../grammars/scopes.js";
import { deadlinePhrase, functionWord, nextSubject, rankGroup, rankingNamed, slugSkip, slugStop } from "../../../grammars/indicator-words.js";

interface CompiledIndicator {
  spec: IndicatorSpec;
  cues: Array<{ rule: Rule; weight: number; anchors: string[] | null }>;
  topics: Array<{ rule: Rule; anchors: string[] | null }>;
}

const compiled: CompiledIndicator[] = indicators.map((spec) => ({
  spec,
  cues: spec.cues.map((cue, i) => ({
    rule: rule({ name: `${spec.id}#${i}`, pattern: `{{WS}}(?:${cue.pattern}){{WE}}`, examples: [], counterexamples: [] }),
    weight: cue.weight,
    // of the folded pattern, as the rule's regex is: a match holds one of them, folded
    anchors: anchorsOf(foldTone(cue.pattern)),
  })),
  topics: (spec.topics ?? []).map((t, i) => ({
    rule: rule({ name: `${spec.id}@${i}`, pattern: `{{WS}}(?:${t}){{WE}}`, examples: [], counterexamples: [] }),
    anchors: anchorsOf(foldTone(t)),
  })),
}));

/** a clause that holds none of a pattern's anchors cannot match it */
const mayMatch = (anchors: string[] | null, present: Set<string>) => anchors === null || anchors.some((a) => present.has(a));

/**
 * Every anchor of every cue and topic, in one pattern, the longest first: where several
 * start at one place, the one found holds the others (a shorter anchor that starts there
 * is its prefix). One scan of a clause finds them all, where a search for each anchor
 * scans the clause again (a hundred times a clause).
 */
const ANCHORS = [...new Set(compiled.flatMap((c) => [...c.cues, ...c.topics].flatMap((x) => x.anchors ?? [])))].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
);
const ANY_ANCHOR = new RegExp(ANCHORS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
const WITHIN = new Map(ANCHORS.map((a) => [a, ANCHORS.filter((b) => a.includes(b))]));

/** the anchors a lower-cased, folded clause holds */
export function anchorsIn(lower: string): Set<string> {
  const found = new Set<string>();
  ANY_ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_ANCHOR.exec(lower)) !== null) {
    for (const a of WITHIN.get(m[0])!) found.add(a);
    // the next anchor may start inside this one
    ANY_ANCHOR.lastIndex = m.index + 1;
  }
  return found;
}

/** every anchor, for tests */
export const INDICATOR_ANCHORS: readonly string[] = ANCHORS;

export interface Zones {
  /** the clause text */
  clause: string;
  /** the number's literal within the clause */
  start: number;
  end: number;
  /** where the number's own stretch of text begins and ends (previous and next numbers) */
  before: number;
  after: number;
}

const ZONE_WEIGHT = { after: 1, before: 0.8, far: 0.45 } as const;

/**
 * The indicator a figure counts. `matches` are the cue matches of `zones.clause`; the
 * figures of one clause share them.
 */
export function classify(zones: Zones, unit: Unit, matches: CueMatches = cueMatches(zones.clause)): { id: string; known: boolean } {
  const { clause, start, end, before, after } = zones;
  // what the figure counts stops where the next figure's subject begins
  const tail = clause.slice(end, after);
  const boundary = nextSubject.first(tail, 0, tail);
  const ownAfter = boundary ? end + boundary.start : after;
  type Best = { id: string; score: number; at: number } | null;
  // besides the best cue, a rank by an index the taxonomy scores ("PCI thuộc nhóm 30"): that index's ranking
  const found: { best: Best; ranked: Best } = { best: null, ranked: null };
  // the cues whose anchors the clause holds, in the order of the taxonomy
  for (const { i, j } of matches.candidates()) {
    const ind = compiled[i];
    const fits = !ind.spec.units || ind.spec.units.includes(unit);
    const rankOfIndex = !fits && unit === "rank" && ind.spec.units!.includes("index");
    if (!fits && !rankOfIndex) continue;
    if (!matches.topic(i)) continue;
    const cue = ind.cues[j];
    const slot = rankOfIndex ? "ranked" : "best";
    for (const m of matches.cue(i, j)) {
      if (m.end > start && m.start < end) continue;
      const zone = m.start >= end && m.start < ownAfter ? "after" : m.end <= start && m.start >= before ? "before" : "far";
      const distance = m.start >= end ? wordCount(clause, end, m.start) : wordCount(clause, m.end, start);
      const score = cue.weight * ZONE_WEIGHT[zone] * (1 / (1 + distance / windows.cueHalfWeightWords)) + m.text.length / 1000;
      const top = found[slot];
      if (!top || score > top.score || (score === top.score && m.start < top.at)) found[slot] = { id: rankOfIndex ? rankingOf(ind.spec.id) : ind.spec.id, score, at: m.start };
    }
  }
  const best = found.best ?? found.ranked;
  if (best) return { id: best.id, known: true };
  let own = tail.slice(0, ownAfter - end);
  // a rank's group is who is ranked ("nhóm 30 tỉnh, thành phố dẫn đầu"), not what by
  const group = unit === "rank" ? rankGroup.at(own, 0) : null;
  if (group) own = own.slice(group.end);
  return { id: `other:${otherSlug(own, clause.slice(before, start), clause.slice(0, start))}`, known: false };
}

/**
 * A clause that does not say what its number counts ("…; đến năm 2030 đạt 100%"): no
 * word of its own after the number, at most one before it. It takes the indicator its
 * sentence names; a clause that names its own ("100% trường học có kết nối …", "thời gian
 * xử lý hồ sơ giảm 30%") does not. A rank may, whoever is ranked ("…; đến năm 2030 tỉnh
 * Thanh Hóa thuộc nhóm 10"), unless it names its own ranking ("chỉ số PAR INDEX thuộc nhóm 20").
 */
export function elliptical(zones: Zones, unit: Unit): boolean {
  const { clause, start, end, before, after } = zones;
  if (unit === "rank") return rankingNamed.first(clause.slice(before, start)) === null;
  // a deadline or a level says when or where, not what: "cấp huyện đạt 85%" counts what the figure before counts
  const words = (text: string) =>
    (text.replace(deadlinePhrase.regex, " ").replace(levelPhrase.regex, " ").match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => functionWord.at(w, 0, foldTone(w)) === null);
  return words(clause.slice(end, after)).length === 0 && words(clause.slice(before, start)).length <= 1;
}

/**
 * An id for an indicator the taxonomy does not know: the first words of what the number
 * counts ("100% di tích được số hóa" → di_tich), else of what precedes it ("Tỷ lệ tra cứu
 * thông tin đất đai trực tuyến đạt 50%" → tra_cuu_thong_tin), else of the clause before it,
 * when a year cuts its stretch short ("Tổng vốn đầu tư … giai đoạn 2026 - 2030 khoảng
 * 5.000 tỷ đồng" → tong_von_dau_tu).
 */
function otherSlug(after: string, before: string, clauseBefore: string): string {
  const head = (text: string): string[] => {
    const words = text.replace(deadlinePhrase.regex, " ").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    const out: string[] = [];
    for (const w of words) {
      const folded = foldTone(w);
      if (out.length === 0 && (slugSkip.at(w, 0, folded) || /^\d/u.test(w))) continue;
      if (slugStop.at(w, 0, folded)) {
        if (out.length > 0) break;
        continue;
      }
      out.push(w);
      if (out.length === windows.slugWords) break;
    }
    return out;
  };
  const words = [after, before, clauseBefore].map(head).find((w) => w.length > 0) ?? [];
  return slugify(words.join(" ")).replace(/-/g, "_") || "unnamed";
}

/**
 * The cue and topic matches of one text (a clause, or its sentence for an elliptical
 * clause), found as they are asked for and kept for the other figures of that text.
 */
export interface CueMatches {
  /** per indicator: does one of its topics occur (or does it need none)? */
  topic(i: number): boolean;
  /** the matches of cue j of indicator i */
  cue(i: number, j: number): RuleMatch<Reading>[];
  /** the cues that may match the text: its anchors hold one of theirs */
  candidates(): Array<{ i: number; j: number }>;
}

const NO_MATCHES: RuleMatch<Reading>[] = [];

export function cueMatches(text: string, folded: string = foldTone(text)): CueMatches {
  let present: Set<string> | null = null;
  const anchors = () => (present ??= anchorsIn(folded.toLowerCase()));
  // per indicator: 0 not asked, 1 no topic of it in the text, 2 a topic or none needed
  const topics = new Uint8Array(compiled.length);
  const cues = new Array<RuleMatch<Reading>[] | undefined>(CUE_COUNT);
  let candidates: Array<{ i: number; j: number }> | null = null;
  return {
    topic(i) {
      if (topics[i] === 0) {
        const own = compiled[i].topics;
        topics[i] = !own.length || own.some((t) => mayMatch(t.anchors, anchors()) && t.rule.first(text, 0, folded) !== null) ? 2 : 1;
      }
      return topics[i] === 2;
    },
    cue(i, j) {
      const k = CUE_INDEX[i] + j;
      const cue = compiled[i].cues[j];
      return (cues[k] ??= mayMatch(cue.anchors, anchors()) ? cue.rule.all(text, folded) : NO_MATCHES);
    },
    candidates() {
      return (candidates ??= candidateCues(anchors()));
    },
  };
}

/** every cue, flat: its indicator and its place among the indicator's cues */
const CUES = compiled.flatMap((c, i) => c.cues.map((_, j) => ({ i, j })));

/** per anchor, the cues (their places in CUES) that hold it; and the cues that hold none, which any text may match */
const CUES_OF_ANCHOR = new Map<string, number[]>();
const CUES_WITHOUT_ANCHOR: number[] = [];
CUES.forEach(({ i, j }, k) => {
  const anchors = compiled[i].cues[j].anchors;
  if (anchors === null) CUES_WITHOUT_ANCHOR.push(k);
  else for (const a of new Set(anchors)) (CUES_OF_ANCHOR.get(a) ?? CUES_OF_ANCHOR.set(a, []).get(a)!).push(k);
});

/**
 * The cues a text whose anchors are `present` may match, in the order of CUES: those of
 * its anchors, looked up, where a filter tries every cue's anchors (a few hundred a
 * clause). `plainCandidateCues` is the filter; a test holds the two equal.
 */
export function candidateCues(present: Set<string>): Array<{ i: number; j: number }> {
  const places = [...CUES_WITHOUT_ANCHOR];
  for (const a of present) {
    const cues = CUES_OF_ANCHOR.get(a);
    if (cues) places.push(...cues);
  }
  places.sort((x, y) => x - y);
  const out: Array<{ i: number; j: number }> = [];
  for (let n = 0; n < places.length; n++) if (n === 0 || places[n] !== places[n - 1]) out.push(CUES[places[n]]);
  return out;
}

export function plainCandidateCues(present: Set<string>): Array<{ i: number; j: number }> {
  return CUES.filter(({ i, j }) => mayMatch(compiled[i].cues[j].anchors, present));
}

/** where each indicator's cues start in one flat numbering of all cues */
const CUE_INDEX: number[] = compiled.map((_, i) => compiled.slice(0, i).reduce((n, c) => n + c.cues.length, 0));
const CUE_COUNT = CUES.length;
