/**
 * Grammar rules as data. A rule is a pattern (XRegExp syntax, named groups), a reading
 * of its match, and the examples that prove it: phrases in which it must match a given
 * span and read it to given values, and phrases it must not match.
 * test/grammars.test.ts runs every example of every rule.
 *
 * Patterns are folded like the text they run on (see text/fold.ts), so a rule written
 * with "hòa" also matches "hoà".
 */
import { createRequire } from "node:module";
import spelledClasses from "./unicode-classes.json" with { type: "json" };
import { foldTone } from "../text/fold.js";
import { eachSyntaxCharacter } from "./syntax.js";

export type Reading = Record<string, unknown>;

/**
 * A phrase as written, the span the rule must find in it (`match`, found first) and what
 * it reads there (`reads`, which a pure cue without a reading leaves out). A rule the
 * stages run on the words before a number (anchored at its end) or after it (anchored at
 * its start) is run the same way: on the text before the first occurrence of `before`, or
 * after the first occurrence of `after`.
 *
 *     { text: "đạt 9,6% trở lên", match: "9,6%", reads: { value: 9.6, percent: true } }
 *     { text: "đạt tối thiểu là 80%", before: "80%", match: "tối thiểu là ", reads: { comparator: "gte" } }
 */
export interface Example<R extends Reading = Reading> {
  text: string;
  match: string;
  reads?: Partial<R>;
  before?: string;
  after?: string;
}

/** a phrase the rule must not match, run in the same window as an example */
export type Counterexample = string | { text: string; before?: string; after?: string };

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
  /**
   * what every match holds (a year in figures, a digit): a text without it is not
   * scanned. A pattern that opens with a lookbehind is tried at every position of the
   * text; this one test is a scan the regular-expression engine runs several times faster
   */
  requires?: RegExp;
  examples: Array<Example<NoInfer<R>>>;
  counterexamples: Counterexample[];
}

export interface Rule<R extends Reading = Reading> extends RuleSpec<R> {
  regex: RegExp;
  /**
   * first match in text at or after `from`. Every method takes the text's tone fold
   * (`foldTone(text)`) when the caller has it, as the lines of a folded text do;
   * otherwise it folds the text itself.
   */
  first(text: string, from?: number, folded?: string): RuleMatch<R> | null;
  /** all non-overlapping matches */
  all(text: string, folded?: string): Array<RuleMatch<R>>;
  /** a match that starts exactly at `at` */
  at(text: string, at: number, folded?: string): RuleMatch<R> | null;
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
  const built = compile(source.replace(/\{\{WS\}\}/g, WORD_START).replace(/\{\{WE\}\}/g, WORD_END), parts, spec.name);
  const names = built.names;
  // one scanning regex, one sticky for `at`, and one with "d" only for the rare group offset:
  // indices cost on every match, and `at` must not scan the rest of a long text
  const regex = new RegExp(built.source, flags);
  const sticky = new RegExp(built.source, flags + "y");
  const withIndices = new RegExp(built.source, flags + "dy");
  const compiled: Compiled = { names, withIndices };
  const toMatch = (m: RegExpExecArray, original: string, folded: string): RuleMatch<R> | null => {
    // the native groups (names are unique, so they are XRegExp's); an object even without names
    if (!m.groups) (m as { groups?: Record<string, string | undefined> }).groups = NO_GROUPS;
    const groups = m.groups!;
    const reading = spec.read ? spec.read(m) : (groups as unknown as R);
    if (reading === null) return null;
    return new Match<R>({ exec: m, groups, reading }, { original, folded }, compiled);
  };
  // global, so that a search starts where the rule's does
  const requires = spec.requires && new RegExp(spec.requires.source, spec.requires.flags.replace(/[gy]/g, "") + "g");
  const holds = (folded: string, from: number) => {
    if (!requires) return true;
    requires.lastIndex = from;
    return requires.test(folded);
  };
  const self: Rule<R> = {
    ...spec,
    regex,
    first(text, from = 0, folded = foldTone(text)) {
      if (!holds(folded, from)) return null;
      regex.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(folded))) {
        if (m[0].length === 0) regex.lastIndex++;
        const r = toMatch(m, text, folded);
        if (r) return r;
      }
      return null;
    },
    all(text, folded = foldTone(text)) {
      if (!holds(folded, 0)) return [];
      const out: Array<RuleMatch<R>> = [];
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(folded))) {
        if (m[0].length === 0) regex.lastIndex++;
        const r = toMatch(m, text, folded);
        if (r) out.push(r);
      }
      return out;
    },
    at(text, at, folded = foldTone(text)) {
      // the leftmost match at or after `at`, if it starts at `at`: a sticky match there
      sticky.lastIndex = at;
      const m = sticky.exec(folded);
      return m ? toMatch(m, text, folded) : null;
    },
  };
  return self;
}

const NO_GROUPS: Record<string, string | undefined> = Object.freeze({});

interface Compiled {
  names: Array<string | null>;
  withIndices: RegExp;
}

/** a match; its text is sliced, and its group offsets found, only when asked for */
class Match<R> implements RuleMatch<R> {
  readonly start: number;
  readonly end: number;
  readonly groups: Record<string, string | undefined>;
  readonly reading: R;
  /** the text the rule was asked about, and its fold, which the regex ran on */
  private readonly original: string;
  private readonly folded: string;
  private readonly compiled: Compiled;

  constructor(found: { exec: RegExpExecArray; groups: Record<string, string | undefined>; reading: R }, texts: { original: string; folded: string }, compiled: Compiled) {
    this.start = found.exec.index;
    this.end = found.exec.index + found.exec[0].length;
    this.groups = found.groups;
    this.reading = found.reading;
    this.original = texts.original;
    this.folded = texts.folded;
    this.compiled = compiled;
  }

  get text(): string {
    return this.original.slice(this.start, this.end);
  }

  groupStart(name: string): number | undefined {
    const i = this.compiled.names.indexOf(name);
    if (i < 0) return undefined;
    const re = this.compiled.withIndices;
    re.lastIndex = this.start;
    const again = re.exec(this.folded) as (RegExpExecArray & { indices?: Array<[number, number] | undefined> }) | null;
    return again?.indices?.[i + 1]?.[0];
  }
}

/**
 * The pattern with its `{{parts}}` in place, each wrapped as a group of its own (as
 * XRegExp.build does), its Unicode properties spelled out, and the names of its capture
 * groups by number. Composing here is a string replace, where XRegExp.build tokenizes
 * every pattern (a third of the start-up of a worker); the spelled-out classes match
 * twice as fast as the native `\p{L}` under the "iu" flags.
 */
export function compile(pattern: string, parts: Record<string, string | RegExp>, name = "rule"): { source: string; names: Array<string | null> } {
  const source = pattern.replace(/\{\{([\w$]+)\}\}/g, (_, part: string) => {
    const value = parts[part];
    if (value === undefined) throw new Error(`rule ${name}: no part named {{${part}}}`);
    const text = typeof value === "string" ? value : value.source;
    // a part anchored at both ends is used without its anchors
    return `(?:${/^\^/.test(text) && /(?<!\\)\$$/.test(text) ? text.slice(1, -1) : text})`;
  });
  return { source: spellProperties(source, name), names: captureNames(source) };
}

/**
 * `\p{L}` → XRegExp's character class for it (its Unicode data, the BMP). The classes the
 * grammars use are kept in unicode-classes.json, written from XRegExp by
 * test/grammar-unicode.test.ts (which also checks that they still agree): loading XRegExp
 * itself takes a worker a tenth of a second. A property not in the file is spelled by
 * XRegExp, loaded then.
 */
function property(token: string): string {
  const kept = (spelledClasses as Record<string, string>)[token];
  if (kept !== undefined) return kept;
  let cls = spelled.get(token);
  if (cls === undefined) {
    cls = xregexpClass(token);
    spelled.set(token, cls);
  }
  return cls;
}
const spelled = new Map<string, string>();

/** XRegExp's class for a property */
export function xregexpClass(token: string): string {
  const XRegExp = createRequire(import.meta.url)("xregexp") as (pattern: string, flags: string) => RegExp;
  return XRegExp(token, "u").source;
}

/** the properties spelled by XRegExp at run time, not from unicode-classes.json */
export function propertiesSpelledAtRunTime(): string[] {
  return [...spelled.keys()];
}

function spellProperties(source: string, name: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const m = /^\\([pP])\{[\w=]+\}/.exec(source.slice(i, i + 40));
      if (m) {
        const cls = property(m[0]);
        if (inClass && m[1] === "P") throw new Error(`rule ${name}: \\P{…} inside a character class`);
        out += inClass ? cls.slice(1, -1) : cls;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (inClass && c === "]") inClass = false;
    else if (!inClass && c === "[") inClass = true;
    out += c;
  }
  return out;
}

/** each capture group of a pattern in order: its name, or null when it has none */
function captureNames(source: string): Array<string | null> {
  const names: Array<string | null> = [];
  eachSyntaxCharacter(source, 0, (c, i) => {
    if (c !== "(") return;
    if (source[i + 1] !== "?") names.push(null);
    else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") names.push(source.slice(i + 3, source.indexOf(">", i)));
  });
  return names;
}
