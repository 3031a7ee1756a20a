/**
 * Grammar rules as data. A rule is a pattern (XRegExp syntax, named groups), a reading
 * of its match, and the examples that prove it: strings it must read to given values and
 * strings it must not match. test/grammars.test.ts runs every example of every rule.
 *
 * Patterns are folded like the text they run on (see text/fold.ts), so a rule written
 * with "hòa" also matches "hoà".
 */
import XRegExp from "xregexp";
import { foldTone } from "../text/fold.js";

export type Reading = Record<string, unknown>;

export interface RuleSpec<R extends Reading = Reading> {
  name: string;
  description?: string;
  /** XRegExp source; `{{name}}` refers to a sub-pattern in `parts` */
  pattern: string;
  parts?: Record<string, string | RegExp>;
  /** extra flags besides "giu" (case-insensitive unless `caseSensitive`) */
  caseSensitive?: boolean;
  /** turns a match into a reading; default: the named groups */
  read?: (match: RegExpExecArray) => R | null;
  examples: Array<[string, NoInfer<Partial<R>>]>;
  counterexamples: string[];
}

export interface Rule<R extends Reading = Reading> extends RuleSpec<R> {
  regex: RegExp;
  /** first match in text at or after `from` */
  first(text: string, from?: number): RuleMatch<R> | null;
  /** all non-overlapping matches */
  all(text: string): Array<RuleMatch<R>>;
  /** a match that starts exactly at `at` */
  at(text: string, at: number): RuleMatch<R> | null;
}

export interface RuleMatch<R> {
  start: number;
  end: number;
  text: string;
  groups: Record<string, string | undefined>;
  reading: R;
  /** start offset of a named group, when it took part */
  groupStart(name: string): number | undefined;
}

/** Vietnamese-aware word edges: JavaScript's \b only knows ASCII letters. */
export const WORD_START = "(?<![\\p{L}\\p{M}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{M}\\p{N}])";

export function rule<R extends Reading = Reading>(spec: RuleSpec<R>): Rule<R> {
  const source = foldTone(spec.pattern);
  const flags = spec.caseSensitive ? "gu" : "giu";
  const parts = Object.fromEntries(
    Object.entries(spec.parts ?? {}).map(([k, v]) => [k, typeof v === "string" ? foldTone(v) : v]),
  );
  // XRegExp composes the pattern from its parts and numbers the named groups; the
  // native RegExp it compiles to runs the match, with "d" for group offsets.
  const built = XRegExp.build(source.replace(/\{\{WS\}\}/g, WORD_START).replace(/\{\{WE\}\}/g, WORD_END), parts, flags);
  const names: Array<string | null> =
    (built as RegExp & { xregexp?: { captureNames?: Array<string | null> | null } }).xregexp?.captureNames ?? [];
  const regex = new RegExp(built.source, flags + "d");
  const toMatch = (m: RegExpExecArray): RuleMatch<R> | null => {
    const groups: Record<string, string | undefined> = {};
    names.forEach((name, i) => {
      if (name && (groups[name] === undefined || m[i + 1] !== undefined)) groups[name] = m[i + 1];
    });
    (m as { groups?: Record<string, string | undefined> }).groups = groups;
    const reading = spec.read ? spec.read(m) : (groups as unknown as R);
    if (reading === null) return null;
    const indices = (m as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices;
    return {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      groups,
      reading,
      groupStart: (name) => {
        const i = names.indexOf(name);
        return i >= 0 ? indices?.[i + 1]?.[0] : undefined;
      },
    };
  };
  const self: Rule<R> = {
    ...spec,
    regex,
    first(text, from = 0) {
      const folded = foldTone(text);
      regex.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(folded))) {
        if (m[0].length === 0) regex.lastIndex++;
        const r = toMatch(m);
        if (r) return withText(r, text);
      }
      return null;
    },
    all(text) {
      const folded = foldTone(text);
      const out: Array<RuleMatch<R>> = [];
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(folded))) {
        if (m[0].length === 0) regex.lastIndex++;
        const r = toMatch(m);
        if (r) out.push(withText(r, text));
      }
      return out;
    },
    at(text, at) {
      const r = self.first(text, at);
      return r && r.start === at ? r : null;
    },
  };
  return self;
}

function withText<R>(m: RuleMatch<R>, original: string): RuleMatch<R> {
  return { ...m, text: original.slice(m.start, m.end) };
}
