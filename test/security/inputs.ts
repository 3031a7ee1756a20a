/**
 * Single lines of any length built to make a backtracking regex explode: long runs of
 * what quantifiers repeat (digits, spaces, "%", "- ", "1.1.1", ", , ,", letters with
 * combining marks, capitals), and for each rule, its own examples repeated and its first
 * words followed by spaces. Each is a function of the line's length, so that a test can
 * time the same line at two lengths.
 */
import type { Rule } from "../../src/grammar/rule.js";

export const KB = 1 << 10;
export const MB = 1 << 20;

/** a line of `size` UTF-16 units or a few more, made with `line(size)` */
export type Line = (size: number) => string;

/** `unit` repeated to `size`, between `prefix` and `suffix` */
export function fill(unit: string, prefix = "", suffix = "", size = MB): string {
  return prefix + unit.repeat(Math.ceil((size - prefix.length - suffix.length) / unit.length)) + suffix;
}

const line = (unit: string, prefix = "", suffix = ""): Line => (size) => fill(unit, prefix, suffix, size);

export const HOSTILE: Record<string, Line> = {
  "digits": line("1"),
  "digits then a letter": line("1", "", "x"),
  "digits and spaces": line("1 "),
  "percent signs": line("%"),
  "numbers with percent": line("1% "),
  "number space percent": line("1 % "),
  "dash space": line("- "),
  "1.1.1.1": line("1."),
  "1,1,1,1": line("1,"),
  ".000.000": line(".000", "1"),
  ", , ,": line(", "),
  "ranges": line("1 - "),
  "slashes": line("1/"),
  "parentheses": line("(1) "),
  "quotes": line("“1” "),
  "combining marks": line("a\u0301"),
  "spaces": line(" ", "", "x"),
  "spaces between letters": line(" ", "a", "a"),
  "words": line("xã "),
  "capitals": line("Ă"),
  "capitalized words": line("Ăn "),
  "roman numerals": line("I. "),
  "markup": line("**a** "),
  "underscores": line("_ "),
  "angle brackets": line("<"),
  "backslashes": line("\\*"),
  "a cue phrase": line("dịch vụ công trực tuyến "),
  "deadlines": line("đến năm 2025 "),
};

/** lines made from a rule's own examples: each repeated; its first words, then spaces */
export function derived(rule: Pick<Rule, "examples">): Record<string, Line> {
  const out: Record<string, Line> = {};
  rule.examples.forEach(({ text: example }, i) => {
    out[`example ${i} repeated`] = line(example + " ");
    const words = example.split(/\s+/).filter(Boolean).slice(0, 2).join(" ");
    out[`example ${i}: first words, then spaces`] = line(" ", words + " ", "!");
    out[`example ${i}: its last character repeated`] = line(example.slice(-1) || " ", example.slice(0, -1));
  });
  return out;
}
