/**
 * VNI-Windows: a font encoding on top of Windows-1252. A Vietnamese letter is an ASCII
 * base letter followed by one Windows-1252 character that draws the vowel modifier
 * and/or the tone ("á" = "a" + "ù", "ấ" = "a" + "á", "ắ" = "a" + "é"), or a single
 * Windows-1252 character for the letters without an ASCII base ("ư" = "ö", "ơ" = "ô",
 * "đ" = "ñ", the toned "i": "ỉ" = "æ", "ĩ" = "ó", "ị" = "ò", and "ỵ" = "î").
 *
 * The modifiers, lower case / upper case:
 *   tone alone   sắc ù/Ù  huyền ø/Ø  hỏi û/Û  ngã õ/Õ  nặng ï/Ï
 *   circumflex   â/Â  + sắc á/Á  huyền à/À  hỏi å/Å  ngã ã/Ã  nặng ä/Ä
 *   breve        ê/Ê  + sắc é/É  huyền è/È  hỏi ú/Ú  ngã ü/Ü  nặng ë/Ë
 * This is the table of the VNI fonts as commonly documented and as converters
 * (Unikey, vietuni) use it. The rows checked against known VNI text are the frequent
 * ones ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Ñoäc laäp - Töï do - Haïnh phuùc",
 * "naêm", "baèng", "ñaëc", "TÆNH", "ÑÒNH"); least sure are the rare hỏi/ngã with breve
 * ("ẳ" = "aú", "ẵ" = "aü") and the upper-case "Ỵ" = "Î" and "Ỳ" = "YØ".
 *
 * All 134 non-ASCII Vietnamese letters, lower case then upper case.
 */
import iconv from "iconv-lite";

export const VNI_TABLE: ReadonlyArray<readonly [letter: string, vni: string]> = [
  ["à", "aø"], ["á", "aù"], ["ả", "aû"], ["ã", "aõ"], ["ạ", "aï"], ["ă", "aê"],
  ["ằ", "aè"], ["ắ", "aé"], ["ẳ", "aú"], ["ẵ", "aü"], ["ặ", "aë"], ["â", "aâ"],
  ["ầ", "aà"], ["ấ", "aá"], ["ẩ", "aå"], ["ẫ", "aã"], ["ậ", "aä"], ["è", "eø"],
  ["é", "eù"], ["ẻ", "eû"], ["ẽ", "eõ"], ["ẹ", "eï"], ["ê", "eâ"], ["ề", "eà"],
  ["ế", "eá"], ["ể", "eå"], ["ễ", "eã"], ["ệ", "eä"], ["ì", "ì"], ["í", "í"],
  ["ỉ", "æ"], ["ĩ", "ó"], ["ị", "ò"], ["ò", "oø"], ["ó", "où"], ["ỏ", "oû"],
  ["õ", "oõ"], ["ọ", "oï"], ["ô", "oâ"], ["ồ", "oà"], ["ố", "oá"], ["ổ", "oå"],
  ["ỗ", "oã"], ["ộ", "oä"], ["ơ", "ô"], ["ờ", "ôø"], ["ớ", "ôù"], ["ở", "ôû"],
  ["ỡ", "ôõ"], ["ợ", "ôï"], ["ù", "uø"], ["ú", "uù"], ["ủ", "uû"], ["ũ", "uõ"],
  ["ụ", "uï"], ["ư", "ö"], ["ừ", "öø"], ["ứ", "öù"], ["ử", "öû"], ["ữ", "öõ"],
  ["ự", "öï"], ["ỳ", "yø"], ["ý", "yù"], ["ỷ", "yû"], ["ỹ", "yõ"], ["ỵ", "î"],
  ["đ", "ñ"], ["À", "AØ"], ["Á", "AÙ"], ["Ả", "AÛ"], ["Ã", "AÕ"], ["Ạ", "AÏ"],
  ["Ă", "AÊ"], ["Ằ", "AÈ"], ["Ắ", "AÉ"], ["Ẳ", "AÚ"], ["Ẵ", "AÜ"], ["Ặ", "AË"],
  ["Â", "AÂ"], ["Ầ", "AÀ"], ["Ấ", "AÁ"], ["Ẩ", "AÅ"], ["Ẫ", "AÃ"], ["Ậ", "AÄ"],
  ["È", "EØ"], ["É", "EÙ"], ["Ẻ", "EÛ"], ["Ẽ", "EÕ"], ["Ẹ", "EÏ"], ["Ê", "EÂ"],
  ["Ề", "EÀ"], ["Ế", "EÁ"], ["Ể", "EÅ"], ["Ễ", "EÃ"], ["Ệ", "EÄ"], ["Ì", "Ì"],
  ["Í", "Í"], ["Ỉ", "Æ"], ["Ĩ", "Ó"], ["Ị", "Ò"], ["Ò", "OØ"], ["Ó", "OÙ"],
  ["Ỏ", "OÛ"], ["Õ", "OÕ"], ["Ọ", "OÏ"], ["Ô", "OÂ"], ["Ồ", "OÀ"], ["Ố", "OÁ"],
  ["Ổ", "OÅ"], ["Ỗ", "OÃ"], ["Ộ", "OÄ"], ["Ơ", "Ô"], ["Ờ", "ÔØ"], ["Ớ", "ÔÙ"],
  ["Ở", "ÔÛ"], ["Ỡ", "ÔÕ"], ["Ợ", "ÔÏ"], ["Ù", "UØ"], ["Ú", "UÙ"], ["Ủ", "UÛ"],
  ["Ũ", "UÕ"], ["Ụ", "UÏ"], ["Ư", "Ö"], ["Ừ", "ÖØ"], ["Ứ", "ÖÙ"], ["Ử", "ÖÛ"],
  ["Ữ", "ÖÕ"], ["Ự", "ÖÏ"], ["Ỳ", "YØ"], ["Ý", "YÙ"], ["Ỷ", "YÛ"], ["Ỹ", "YÕ"],
  ["Ỵ", "Î"], ["Đ", "Ñ"],
];

/** VNI sequence → letter; identity rows ("í" is "í" in both) are left out */
const DECODE = new Map(VNI_TABLE.filter(([letter, vni]) => letter !== vni).map(([letter, vni]) => [vni, letter]));
const ENCODE = new Map(VNI_TABLE.map(([letter, vni]) => [letter, vni]));

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
/** Windows-1252 reading of each byte */
const CP1252 = iconv.decode(ALL_BYTES, "windows1252");
const BYTE_OF = new Map([...CP1252].map((char, byte) => [char, byte]));

/** letter (UTF-16 unit) of each one-byte sequence, 0 if none */
const SINGLE = new Uint16Array(256);
/** letter of each two-byte sequence, indexed by first byte * 256 + second byte, 0 if none */
const PAIR = new Uint16Array(256 * 256);
for (const [vni, letter] of DECODE) {
  const bytes = [...vni].map((char) => BYTE_OF.get(char)!);
  if (bytes.length === 1) SINGLE[bytes[0]] = letter.charCodeAt(0);
  else PAIR[bytes[0] * 256 + bytes[1]] = letter.charCodeAt(0);
}

const UTF16LE = new TextDecoder("utf-16le", { ignoreBOM: true });

/**
 * VNI-Windows bytes to text, longest sequence first: at each byte, the pair it starts
 * ("a" + "ù" = "á"), else the byte alone ("ö" = "ư"), else its Windows-1252 character.
 * So "ngöôøi" reads "ö" (ư), then "ôø" (ờ): "người".
 */
export function decodeVni(bytes: Uint8Array): string {
  // UTF-16 LE bytes written one by one, then decoded natively
  const out = new Uint8Array(bytes.length * 2);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    let unit = i + 1 < bytes.length ? PAIR[b * 256 + bytes[i + 1]] : 0;
    if (unit !== 0) i++;
    else unit = SINGLE[b] || CP1252.charCodeAt(b);
    out[o++] = unit & 0xff;
    out[o++] = unit >> 8;
  }
  return UTF16LE.decode(out.subarray(0, o));
}

/** Unicode (NFC) to the Windows-1252 characters of VNI; characters without a VNI form are kept. */
export function unicodeToVni(text: string): string {
  let out = "";
  for (const char of text) out += ENCODE.get(char) ?? char;
  return out;
}
