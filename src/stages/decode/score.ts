/**
 * How Vietnamese does a decoded text look? Used to choose among legacy code pages.
 *
 * Only words with a non-ASCII letter are scored: ASCII reads the same in every
 * candidate, so it cannot tell them apart. A common word scores high, any other
 * well-formed syllable a little, a malformed word and a control or stray symbol
 * character count against.
 */
import { isSyllable } from "./syllable.js";

/** Frequent words of resolutions with a non-ASCII letter (NFC, lower case). */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  "của", "và", "các", "năm", "tỉnh", "người", "được", "những", "có", "với", "là", "để", "đến",
  "đã", "về", "một", "này", "không", "thực", "hiện", "phát", "triển", "số", "chuyển", "đổi",
  "nghị", "quyết", "cấp", "xã", "huyện", "đầu", "tư", "dịch", "vụ", "quản", "lý", "nhà", "nước",
  "dữ", "liệu", "tế", "hội", "chính", "quyền", "nghiệp", "công", "nghệ", "thông", "mục", "tiêu",
  "đạt", "trên", "tăng", "cường", "nâng", "hệ", "thống", "xây", "dựng", "điện", "tử", "số",
  "đảng", "ủy", "ban", "thường", "vụ", "chỉ", "đạo", "trình", "giải", "pháp", "nhiệm", "hướng",
  "định", "lĩnh", "vực", "nguồn", "lực", "cơ", "sở", "hạ", "tầng", "đồng", "bộ", "hoạt", "động",
  "kết", "quả", "trở", "lên", "tối", "thiểu", "bảo", "đảm", "phục", "ứng", "dụng", "địa", "bàn",
  "trực", "tuyến", "mức", "độ", "tổ", "chức", "cán", "viên", "sự", "đơn", "vị", "ngành", "đề",
  "án", "giai", "đoạn", "từ", "đó", "tại", "trọng", "tâm", "bước", "đột", "phá", "hóa", "hoá",
  "hòa", "hoà", "văn", "việt", "tháng", "ngày", "điều", "lãnh", "đạt", "tỷ", "lệ", "học",
]);

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[\p{L}\p{M}]+/gu;
/** C0/C1 controls other than tab and line ends, and the replacement character */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/g;
/** Latin-1 symbols a Vietnamese text rarely has, and a wrong code page produces a lot ("¸", "µ", "¬") */
const STRAY = /[\u00a1-\u00bf\u00d7\u00f7\u02c6\u02dc\u2020\u2021\u2030\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192]/g;

export interface Score {
  /** (good - bad) per scored item: ≥ 1 reads well, ≤ 0 is mojibake */
  value: number;
  /** words with a non-ASCII letter that were scored */
  words: number;
}

export function scoreVietnamese(text: string): Score {
  const nfc = text.normalize("NFC");
  let total = 0;
  let items = 0;
  let words = 0;
  const seen = new Map<string, number>();
  for (const [word] of nfc.matchAll(WORD)) {
    if (!NON_ASCII.test(word)) continue;
    words++;
    items++;
    let value = seen.get(word);
    if (value === undefined) {
      value = !isSyllable(word) ? -2 : COMMON_WORDS.has(word.toLowerCase()) ? 4 : 1;
      seen.set(word, value);
    }
    total += value;
  }
  const controls = nfc.match(CONTROL)?.length ?? 0;
  const strays = nfc.match(STRAY)?.length ?? 0;
  total -= 4 * controls + strays;
  items += controls + strays;
  return { value: items === 0 ? 0 : total / items, words };
}
