/**
 * What OCR makes of the Roman numeral of a section heading in a bold serif face: "II"
 * read as "H", the dot after "I" read as "L". The OCR reader mends the first word of a
 * line when it is such a misreading and the words after it are a heading in capitals.
 */
import { rule } from "../src/grammar/rule.js";

/** a misread numeral, the whole first word of a line: made of I, H, L, l, 1, | and V, X */
export const misreadNumeral = rule({
  name: "ocr-misread-numeral",
  caseSensitive: true,
  pattern: String.raw`^(?<numeral>[IVXHl1|]{0,4}[IVXHl1|L])(?<mark>[.\-–]?)$`,
  read: (m) => {
    const raw = m.groups!.numeral;
    // a trailing L with no mark after it is the dot, read as a letter
    const dotAsL = raw.length > 1 && raw.endsWith("L") && m.groups!.mark === "";
    const letters = (dotAsL ? raw.slice(0, -1) : raw).replace(/H/g, "II").replace(/[l1|]/g, "I");
    if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(letters) || letters === "") return null;
    const mark = dotAsL ? "." : m.groups!.mark;
    const mended = letters + mark;
    // a numeral read right needs no mending
    return mended === m[0] ? null : { numeral: letters, mended };
  },
  examples: [
    { text: "H.", match: "H.", reads: { numeral: "II", mended: "II." } },
    { text: "HI.", match: "HI.", reads: { numeral: "III", mended: "III." } },
    { text: "IL", match: "IL", reads: { numeral: "I", mended: "I." } },
    { text: "IIL", match: "IIL", reads: { numeral: "II", mended: "II." } },
    { text: "l.", match: "l.", reads: { numeral: "I", mended: "I." } },
    { text: "1V.", match: "1V.", reads: { numeral: "IV", mended: "IV." } },
  ],
  counterexamples: ["II.", "IV-", "V.", "HL.", "Hà", "IX"],
});
