/**
 * What a Vietnamese syllable looks like, as data: onsets, vowel clusters, codas.
 * Used to tell a good decoding from mojibake, never to change the text.
 *
 * The shape is approximate on purpose (it accepts "ăn" and "ân" without a coda check,
 * and does not check where the tone sits): it only needs to reject what a wrong code
 * page produces ("caùc", "th¬ng", "ỎTỈNH").
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

/** clusters that take no final consonant ("ai", "ươi", "uya") */
const OPEN_CLUSTERS = [
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "uơ",
  "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
];

/** clusters that may or may not take a final consonant */
const CLOSABLE_CLUSTERS = [
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
  "iê", "yê", "uô", "ươ", "oa", "oă", "oe", "oo", "uâ", "uê", "uy", "uyê",
];

const CODAS = ["ch", "ng", "nh", "c", "m", "n", "p", "t"];

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join("|");

const SHAPE = new RegExp(
  `^(?:${byLength(ONSETS)})?(?:(?:${byLength(OPEN_CLUSTERS)})|(?:${byLength(CLOSABLE_CLUSTERS)})(?:${byLength(CODAS)})?)$`,
  "u",
);

/** Letters that are in some Vietnamese word, in upper and lower case (NFC). */
const VIETNAMESE_LETTER = /^[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]+$/u;

/**
 * True when `word` (one run of letters, NFC) has the shape of a Vietnamese syllable:
 * an onset, a vowel cluster, a coda, at most one tone, and a sane case pattern
 * (all lower, all upper, or a capital then lower case).
 */
export function isSyllable(word: string): boolean {
  if (!VIETNAMESE_LETTER.test(word)) return false;
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase() && rest !== rest.toUpperCase()) return false;
  if (word[0] === word[0].toLowerCase() && rest !== rest.toLowerCase()) return false;
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARKS);
  if (tones !== null && tones.length > 1) return false;
  return SHAPE.test(decomposed.replace(TONE_MARKS, "").normalize("NFC"));
}
