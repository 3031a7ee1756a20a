/**
 * The indicator of a target, read from its clause. Cues right after the number (what
 * the number counts) weigh most, then cues before it, then the rest of the clause;
 * nearer beats farther. With no cue, the target gets an "other:<slug>" id made from
 * the words it counts.
 */
import { rule, type Rule } from "../../grammar/rule.js";
import { indicators, type IndicatorSpec } from "../../../grammars/indicators.js";
import type { Unit } from "../../schema/document.js";
import { slugify } from "../../text/fold.js";
import { wordCount } from "./clauses.js";

interface CompiledIndicator {
  spec: IndicatorSpec;
  cues: Array<{ rule: Rule; weight: number }>;
  topics: Rule[];
}

const compiled: CompiledIndicator[] = indicators.map((spec) => ({
  spec,
  cues: spec.cues.map((cue, i) => ({
    rule: rule({ name: `${spec.id}#${i}`, pattern: `{{WS}}(?:${cue.pattern}){{WE}}`, examples: [], counterexamples: [] }),
    weight: cue.weight,
  })),
  topics: (spec.topics ?? []).map((t, i) =>
    rule({ name: `${spec.id}@${i}`, pattern: `{{WS}}(?:${t}){{WE}}`, examples: [], counterexamples: [] }),
  ),
}));

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

export function classify(zones: Zones, unit: Unit): { id: string; known: boolean } {
  const { clause, start, end, before, after } = zones;
  let best: { id: string; score: number; at: number } | null = null;
  for (const ind of compiled) {
    if (ind.spec.units && !ind.spec.units.includes(unit)) continue;
    if (ind.topics.length && !ind.topics.some((t) => t.first(clause) !== null)) continue;
    for (const cue of ind.cues) {
      for (const m of cue.rule.all(clause)) {
        if (m.end > start && m.start < end) continue;
        const zone = m.start >= end && m.start < after ? "after" : m.end <= start && m.start >= before ? "before" : "far";
        const distance = m.start >= end ? wordCount(clause.slice(end, m.start)) : wordCount(clause.slice(m.end, start));
        const score = cue.weight * ZONE_WEIGHT[zone] * (1 / (1 + distance / 12)) + m.text.length / 1000;
        if (!best || score > best.score || (score === best.score && m.start < best.at))
          best = { id: ind.spec.id, score, at: m.start };
      }
    }
  }
  if (best) return { id: best.id, known: true };
  return { id: `other:${otherSlug(clause.slice(end, after))}`, known: false };
}

const STOP = /^(?:được|có|đạt|sử dụng|tham gia|thực hiện|của|tại|trên|trong|và|với|để|theo|từ|đến|là|về)$/u;

/** an id for an indicator the taxonomy does not know: the first words the number counts */
function otherSlug(after: string): string {
  const words = after.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const head: string[] = [];
  for (const w of words) {
    if (/^(?:trở|lên|các|số|những)$/u.test(w) && head.length === 0) continue;
    if (STOP.test(w.toLowerCase()) && head.length > 0) break;
    head.push(w);
    if (head.length === 4) break;
  }
  return slugify(head.join(" ")).replace(/-/g, "_") || "unnamed";
}
