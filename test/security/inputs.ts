/**
 * One-megabyte single lines built to make a backtracking regex explode: long runs of what
 * quantifiers repeat (digits, spaces, "%", "- ", "1.1.1", ", , ,", letters with combining
 * marks, capitals), and for each rule, its own examples repeated and its first words
 * followed by a megabyte of spaces.
 */
import type { Rule } from "../../src/grammar/rule.js";

export const MB = 1 << 20;

/** `unit` repeated to one megabyte, between `prefix` and `suffix` */
export function fill(unit: string, prefix = "", suffix = ""): string {
  return prefix + unit.repeat(Math.ceil((MB - prefix.length - suffix.length) / unit.length)) + suffix;
}

export const HOSTILE: Record<string, string> = {
  "digits": fill("1"),
  "digits then a letter": fill("1", "", "x"),
  "digits and spaces": fill("1 "),
  "percent signs": fill("%"),
  "numbers with percent": fill("1% "),
  "number space percent": fill("1 % "),
  "dash space": fill("- "),
  "1.1.1.1": fill("1."),
  "1,1,1,1": fill("1,"),
  ".000.000": fill(".000", "1"),
  ", , ,": fill(", "),
  "ranges": fill("1 - "),
  "slashes": fill("1/"),
  "parentheses": fill("(1) "),
  "quotes": fill("“1” "),
  "combining marks": fill("a\u0301"),
  "spaces": fill(" ", "", "x"),
  "spaces between letters": fill(" ", "a", "a"),
  "words": fill("xã "),
  "capitals": fill("Ă"),
  "capitalized words": fill("Ăn "),
  "roman numerals": fill("I. "),
  "markup": fill("**a** "),
  "underscores": fill("_ "),
  "angle brackets": fill("<"),
  "backslashes": fill("\\*"),
  "a cue phrase": fill("dịch vụ công trực tuyến "),
  "deadlines": fill("đến năm 2025 "),
};

/** inputs made from a rule's own examples: each repeated; its first words, then spaces */
export function derived(rule: Pick<Rule, "examples">): Record<string, string> {
  const out: Record<string, string> = {};
  rule.examples.forEach(({ text: example }, i) => {
    out[`example ${i} repeated`] = fill(example + " ");
    const words = example.split(/\s+/).filter(Boolean).slice(0, 2).join(" ");
    out[`example ${i}: first words, then spaces`] = fill(" ", words + " ", "!");
    out[`example ${i}: its last character repeated`] = fill(example.slice(-1) || " ", example.slice(0, -1));
  });
  return out;
}

/** milliseconds of CPU this process spends on `fn` (wall time varies with the machine's load) */
export function cpuMs(fn: () => unknown): { cpu: number; wall: number } {
  const wall = performance.now();
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
}
