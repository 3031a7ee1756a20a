/**
 * What a target counts: the noun right after its number ("01 – 02 cơ sở giáo dục",
 * "3.000 lượt doanh nghiệp", "100% cơ sở dữ liệu dùng chung"). Two targets of one indicator,
 * scope and year that count different things (schools and trainees; shared and specialised
 * databases) are not one measure and are not compared with each other: the comparison
 * gives each measure a row of its own. Nouns that name the same thing share an id
 * ("người dân", "dân số"); a noun not listed here reads as no measure stated.
 */
import { rule } from "../src/grammar/rule.js";
import type { Label } from "../src/compare/labels.js";

export interface MeasureNoun {
  id: string;
  label: Label;
  /** the nouns as written (pattern source; a space is any run of spaces), longest first where one begins another */
  nouns: string[];
}

/** the things counted */
export const measureNouns: MeasureNoun[] = [
  { id: "database", label: { vi: "cơ sở dữ liệu", en: "databases" }, nouns: ["cơ sở dữ liệu", "CSDL"] },
  { id: "school", label: { vi: "cơ sở giáo dục", en: "schools" }, nouns: ["cơ sở giáo dục", "cơ sở đào tạo", "trường học", "trường(?!\\s+hợp)"] },
  { id: "trainee", label: { vi: "học viên", en: "trainees" }, nouns: ["học viên", "sinh viên", "học sinh"] },
  { id: "turn", label: { vi: "lượt", en: "turns (people or firms, counted each time)" }, nouns: ["lượt"] },
  { id: "firm", label: { vi: "doanh nghiệp", en: "firms" }, nouns: ["doanh nghiệp", "hợp tác xã"] },
  { id: "person", label: { vi: "người dân", en: "people" }, nouns: ["người dân", "dân số", "công dân", "người"] },
  { id: "official", label: { vi: "cán bộ, công chức", en: "officials" }, nouns: ["cán bộ", "công chức", "viên chức"] },
  { id: "record", label: { vi: "hồ sơ", en: "records" }, nouns: ["hồ sơ"] },
  { id: "procedure", label: { vi: "thủ tục hành chính", en: "administrative procedures" }, nouns: ["thủ tục hành chính", "thủ tục"] },
  { id: "service", label: { vi: "dịch vụ công", en: "public services" }, nouns: ["dịch vụ công", "dịch vụ"] },
];

/** kinds of a thing that are not the same measure: "cơ sở dữ liệu dùng chung" / "… chuyên ngành" */
export const measureKinds: MeasureNoun[] = [
  { id: "shared", label: { vi: "dùng chung", en: "shared" }, nouns: ["dùng chung"] },
  { id: "specialised", label: { vi: "chuyên ngành", en: "specialised" }, nouns: ["chuyên ngành"] },
  { id: "national", label: { vi: "quốc gia", en: "national" }, nouns: ["quốc gia"] },
];

const alternatives = (list: MeasureNoun[], prefix: string) =>
  list.map((m) => `(?<${prefix}${m.id}>${m.nouns.map((n) => n.replace(/ /g, "\\s+")).join("|")})`).join("|");

export type MeasureReading = {
  noun: string;
  kind: string | null;
};

/** the noun right after the number (and the kind right after the noun), in the text after it */
export const measureNoun = rule<MeasureReading>({
  name: "measure-noun",
  pattern: `^[\\s%]*(?:trở lên\\s+)?(?:(?:các|số|tổng số|những|mỗi)\\s+)?(?:${alternatives(measureNouns, "n_")})(?:\\s+(?:${alternatives(measureKinds, "k_")}))?{{WE}}`,
  read: (m) => {
    const g = m.groups!;
    const noun = measureNouns.find((n) => g[`n_${n.id}`] !== undefined);
    if (!noun) return null;
    return { noun: noun.id, kind: measureKinds.find((k) => g[`k_${k.id}`] !== undefined)?.id ?? null };
  },
  examples: [
    { text: "có từ 01 đến 02 cơ sở giáo dục triển khai đào tạo", after: "02", match: " cơ sở giáo dục", reads: { noun: "school", kind: null } },
    { text: "đào tạo cho 3.000 lượt doanh nghiệp, hợp tác xã", after: "3.000", match: " lượt", reads: { noun: "turn" } },
    { text: "100% cơ sở dữ liệu dùng chung của tỉnh", after: "100%", match: " cơ sở dữ liệu dùng chung", reads: { noun: "database", kind: "shared" } },
    { text: "80% cơ sở dữ liệu chuyên ngành được kết nối", after: "80%", match: " cơ sở dữ liệu chuyên ngành", reads: { noun: "database", kind: "specialised" } },
    { text: "80% cơ sở dữ liệu của các ban, sở, ngành", after: "80%", match: " cơ sở dữ liệu", reads: { noun: "database", kind: null } },
    { text: "trên 50% dân số trưởng thành", after: "50%", match: " dân số", reads: { noun: "person" } },
    { text: "90% hồ sơ công việc tại cấp tỉnh", after: "90%", match: " hồ sơ", reads: { noun: "record" } },
    { text: "đạt 80% trở lên số doanh nghiệp", after: "80%", match: " trở lên số doanh nghiệp", reads: { noun: "firm" } },
  ],
  counterexamples: [
    { text: "đạt 90% được xử lý trên môi trường mạng", after: "90%" },
    { text: "tỷ lệ người dân có điện thoại thông minh đạt 80%", after: "80%" },
    { text: "100% trường hợp", after: "100%" },
    { text: "có 20 xã", after: "20" },
  ],
});
