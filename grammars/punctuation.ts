/**
 * Punctuation as the stages read it: where a sentence ends, where a clause ends, where a
 * line is finished. Each is defined once here; the scans that run on every line compile
 * the same pattern natively (`native`), the rules carry the examples that prove it.
 */
import { rule, type Rule } from "../src/grammar/rule.js";

/** the marks that end a sentence */
export const SENTENCE_MARKS = ".!?…";
/** closing quotes and brackets, which may stand after a sentence's mark: `.”`, `.)` */
export const CLOSERS = "\"”’)]";
/** what may open a sentence besides a capital letter or a digit */
export const OPENERS = "\"“(";
/** what separates the clauses of a sentence */
export const CLAUSE_SEPARATOR = ";";
/**
 * what ends the phrase after a figure: past it stands the next item of a list ("cấp tỉnh
 * đạt 95%, cấp huyện đạt 85%": "cấp huyện" is the next figure's)
 */
export const LIST_SEPARATORS = ",;";

/** a character class of these characters */
export const charClass = (chars: string): string => `[${chars.replace(/[\]\\^-]/g, "\\$&")}]`;

/** a sentence's mark and the closers after it: ".", "?”", "….)" */
const CLOSE = `${charClass(SENTENCE_MARKS)}${charClass(CLOSERS)}*`;

/** the rule's pattern as a native regular expression, for a scan of every line */
export const native = (r: Rule, flags = "u"): RegExp => new RegExp(r.pattern, flags);

/** a sentence ends inside a paragraph: its mark, closers, a space, and a capital, a digit or an opener */
export const sentenceBreak = rule({
  name: "sentence-break",
  caseSensitive: true,
  pattern: `${CLOSE}\\s+(?=[\\p{Lu}\\p{N}${OPENERS}])`,
  examples: [
    { text: "đạt 80%. Đến năm 2030, đạt 100%", match: ". " },
    { text: "(“chính quyền số”). Tỉnh", match: ". " },
    { text: "chuyển đổi số.” 2. Các cấp ủy", match: ".” " },
    { text: "Vì sao? “Chuyển đổi số”", match: "? " },
    { text: "v.v… (1) Bao gồm", match: "… " },
  ],
  counterexamples: ["đạt 9.6 điểm", "3.000 lượt", "hồ sơ. và", "TP.Hồ Chí Minh", "hết;  Tỉnh"],
});

/** a text that ends a sentence: its last mark, closers and spaces */
export const sentenceEnd = rule({
  name: "sentence-end",
  caseSensitive: true,
  pattern: `${CLOSE}\\s*$`,
  examples: [
    { text: "1 Bao gồm các xã vùng cao.", match: "." },
    { text: "(theo Quyết định số 749/QĐ-TTg.)", match: ".)" },
    { text: "gọi là “chuyển đổi số”.”  ", match: ".”  " },
  ],
  counterexamples: ["1 Bao gồm các xã", "các xã;", "như sau:"],
});

/** a sentence's end at a line's end, inside a block of lines */
export const sentenceEndAtLineEnd = rule({
  name: "sentence-end-at-line-end",
  caseSensitive: true,
  pattern: `${CLOSE}[ \\t]*\\n`,
  examples: [{ text: "1 Bao gồm các xã.\nTheo Quyết định", match: ".\n" }, { text: "“số”.” \nTỉnh", match: ".” \n" }],
  counterexamples: ["1 Bao gồm\ncác xã.", "đạt 80%;\n"],
});

/**
 * A line is finished, and the next one a new paragraph, when it ends a sentence or a
 * clause, or introduces what follows (":"); a bold mark left after it does not count.
 */
export const finishedLine = rule({
  name: "finished-line",
  caseSensitive: true,
  pattern: `${charClass(SENTENCE_MARKS + CLAUSE_SEPARATOR + ":")}${charClass(CLOSERS + "*")}*$`,
  examples: [
    { text: "Nghị quyết này phổ biến đến chi bộ.", match: "." },
    { text: "đạt 80% trở lên;", match: ";" },
    { text: "Mục tiêu cụ thể:", match: ":" },
    { text: "**Mục tiêu cụ thể:**", match: ":**" },
    { text: "(“chính quyền số”.)", match: ".)" },
  ],
  counterexamples: ["chính trị", "kinh tế,", "đạt 80% (", "Mục tiêu: đạt 80%"],
});

/** a line that introduces what follows it ends on a colon: "Đến năm 2025:" */
export const introducesList = rule({
  name: "introduces-list",
  caseSensitive: true,
  pattern: `:\\s*$`,
  examples: [
    { text: "Đến năm 2025:", match: ":" },
    { text: "Mục tiêu cụ thể đến năm 2030: ", match: ": " },
  ],
  counterexamples: ["Đến năm 2025, đạt 80%", "Mục tiêu: đạt 80%"],
});

/**
 * A dot after one or two capitals abbreviates a name ("TP. Hồ Chí Minh", "P. TH"): it
 * does not end the sentence. Run on the characters right before the dot, as many as
 * ABBREVIATION_REACH.
 */
export const abbreviation = rule({
  name: "abbreviation",
  caseSensitive: true,
  pattern: `(?:^|\\s)\\p{Lu}{1,2}$`,
  examples: [
    { text: "tại TP. Hồ Chí Minh", before: ". Hồ", match: " TP" },
    { text: "P. TH", before: ". TH", match: "P" },
  ],
  counterexamples: [
    { text: "đến năm 2025. Tỉnh", before: ". Tỉnh" },
    { text: "Việt Nam. Tỉnh", before: ". Tỉnh" },
    { text: "NQ/TU. Tỉnh", before: ". Tỉnh" },
  ],
});
/** a space and at most two capitals: all that `abbreviation` reads before a dot */
export const ABBREVIATION_REACH = 3;
