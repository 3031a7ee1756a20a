import { stripDiacritics } from "../src/text/fold.js";

/**
 * Vietnam's provinces and centrally-governed cities as they are officially written
 * (the 63 units before the 2025 merger, which include all 34 after it). A name in a
 * document matches whatever its tone placement or case; the official spelling is output.
 */
export const provinces: string[] = [
  "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
  "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
  "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
  "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh",
  "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng",
  "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
  "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
  "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Trà Vinh",
  "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];

/** spelling variants that are not tone placement: "Đắc Lắc", "Bà Rịa-Vũng Tàu", "TP. Hồ Chí Minh" */
export const provinceAliases: Record<string, string> = {
  "Đắc Lắc": "Đắk Lắk",
  "Daklak": "Đắk Lắk",
  "Đăk Nông": "Đắk Nông",
  "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu",
  "Thành phố Hồ Chí Minh": "Hồ Chí Minh",
  "Bắc Cạn": "Bắc Kạn",
};

const key = (s: string) => stripDiacritics(s).toLowerCase().replace(/[\s-]+/g, " ").trim();
const BY_KEY = new Map<string, string>([
  ...provinces.map((p) => [key(p), p] as [string, string]),
  ...Object.entries(provinceAliases).map(([alias, p]) => [key(alias), p] as [string, string]),
]);

/** the official name of the province a text starts with, written any way, or null */
export function resolveProvince(written: string): string | null {
  const words = written.split(/\s+/);
  // "Quảng Ngãi đến năm 2025" → the longest prefix that is a province
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const hit = BY_KEY.get(key(words.slice(0, n).join(" ").replace(/[,.;:)]+$/u, "")));
    if (hit) return hit;
  }
  return null;
}
