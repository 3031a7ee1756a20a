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

const NEW_STYLE = /(?<![qQ])([oOuU])([\u00C0-\u1EF9])(?![\p{L}\p{M}])/gu;

/** Moves new-style tone marks to the old-style vowel ("hoà" → "hòa"); keeps length. */
export function foldTone(text: string): string {
  // most texts have nothing to fold: a test costs less than a replace with a callback
  if (!HAS_NEW_STYLE.test(text)) return text;
  return text.replace(NEW_STYLE, (pair) => PAIRS.get(pair) ?? pair);
}
const HAS_NEW_STYLE = new RegExp(NEW_STYLE.source, "u");

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
