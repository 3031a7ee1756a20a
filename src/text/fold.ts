/**
 * Length-preserving folds used for matching, never for output.
 *
 * Vietnamese writes the tone of the open syllables "oa", "oe", "uy" either on the first
 * vowel (old style: "hòa", "khỏe", "thủy") or on the second (new style: "hoà", "khoẻ",
 * "thuỷ"). Both must match the same grammar rules, so matching text and patterns are
 * folded to the old style. Each fold maps two characters to two characters, so offsets
 * in the folded text are offsets in the original.
 */
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // huyền sắc hỏi ngã nặng

function toned(base: string, tone: string): string {
  return (base + tone).normalize("NFC");
}

const PAIRS = new Map<string, string>();
for (const [first, second] of [
  ["o", "a"],
  ["o", "e"],
  ["u", "y"],
  ["O", "A"],
  ["O", "E"],
  ["U", "Y"],
  ["o", "A"],
  ["O", "a"],
  ["o", "E"],
  ["O", "e"],
  ["u", "Y"],
  ["U", "y"],
]) {
  for (const tone of TONES) PAIRS.set(first + toned(second, tone), toned(first, tone) + second);
}

/**
 * Where a fold can happen: "o" or "u", not after "q", then a toned "a", "e" or "y" that
 * no common letter follows. Without the "u" flag this scan is a tight loop; whether
 * another letter or a combining mark follows is checked on the few candidates left.
 */
const SECOND = [...new Set([...PAIRS.keys()].map((pair) => pair[1]))].join("");
const CANDIDATE = new RegExp(`[oOuU](?<![qQ].)[${SECOND}](?![A-Za-z\u00C0-\u1EF9])`, "g");
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;

/** Moves new-style tone marks to the old-style vowel ("hoà" → "hòa"); keeps length. */
export function foldTone(text: string): string {
  CANDIDATE.lastIndex = 0;
  let m = CANDIDATE.exec(text);
  if (m === null) return text;
  let out = "";
  let done = 0;
  do {
    const i = m.index;
    const pair = PAIRS.get(m[0]);
    if (pair !== undefined && !goesOn(text, i + 2)) {
      out += text.slice(done, i) + pair;
      done = i + 2;
    }
  } while ((m = CANDIDATE.exec(text)) !== null);
  return done === 0 ? text : out + text.slice(done);
}

/** a letter or a combining mark at `at`: the syllable goes on ("hoàn", "tuyến") */
function goesOn(text: string, at: number): boolean {
  if (at >= text.length) return false;
  LETTER_OR_MARK.lastIndex = at;
  return LETTER_OR_MARK.test(text);
}

/** Removes Vietnamese diacritics and lowercases ("Quảng Ngãi" → "quang ngai"). */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** ASCII slug for file names and ids ("Thanh Hóa" → "thanh-hoa"). */
export function slugify(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
