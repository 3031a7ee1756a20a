/**
 * Tables: what a column is for, read from its heading ("TT | Chỉ tiêu | Đơn vị | Mục tiêu |
 * Cơ quan chủ trì", "Năm 2025 | Năm 2030", "Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời hạn"), what a unit column says, and the signs a value cell compares with ("≥ 55").
 * A heading cell is read whole; the first role whose rule matches it is its role.
 */
import { rule } from "../src/grammar/rule.js";
import type { Comparator, Unit } from "../src/schema/document.js";

export type ColumnRole =
  | "index"
  | "lead"
  | "partner"
  | "deadline"
  | "unit"
  | "note"
  | "target"
  | "past"
  | "year"
  | "indicator"
  | "task";

/** "TT", "STT", "Số TT", "Số thứ tự": the row's number */
export const indexColumn = rule({
  name: "table-index-column",
  pattern: `^\\s*(?:s?tt|số\\s+tt|số\\s+thứ\\s+tự)\\s*(?:\\.\\s*)?$`,
  examples: [
    { text: "TT", match: "TT" },
    { text: "STT", match: "STT" },
    { text: "Số TT", match: "Số TT" },
  ],
  counterexamples: ["Thời hạn", "Chỉ tiêu", "TTTT"],
});

/** the body answerable: "Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì", "Cơ quan thực hiện" */
export const leadColumn = rule({
  name: "table-lead-column",
  pattern: `{{WS}}(?:chủ trì|(?:cơ quan|đơn vị)\\s+(?:thực hiện|chịu trách nhiệm|đầu mối|phụ trách))(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Cơ quan chủ trì", match: "chủ trì" },
    { text: "Đơn vị chủ trì thực hiện", match: "chủ trì" },
    { text: "Cơ quan thực hiện", match: "Cơ quan thực hiện" },
  ],
  counterexamples: ["Cơ quan phối hợp", "Chỉ tiêu", "Thời gian thực hiện"],
});

/** the bodies that help: "Cơ quan phối hợp", "Đơn vị phối hợp" */
export const partnerColumn = rule({
  name: "table-partner-column",
  pattern: `{{WS}}phối hợp(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Cơ quan phối hợp", match: "phối hợp" },
    { text: "Đơn vị phối hợp", match: "phối hợp" },
  ],
  counterexamples: ["Cơ quan chủ trì", "Thời hạn"],
});

/** when a task is due: "Thời hạn", "Thời gian hoàn thành", "Tiến độ" */
export const deadlineColumn = rule({
  name: "table-deadline-column",
  pattern: `{{WS}}(?:thời hạn|thời gian(?:\\s+(?:hoàn thành|thực hiện|triển khai))?|tiến độ|năm hoàn thành)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Thời hạn hoàn thành", match: "Thời hạn" },
    { text: "Thời gian thực hiện", match: "Thời gian thực hiện" },
    { text: "Tiến độ", match: "Tiến độ" },
  ],
  counterexamples: ["Mục tiêu", "Năm 2025", "Cơ quan thực hiện"],
});

/** the unit column: "Đơn vị", "Đơn vị tính", "ĐVT" (the whole cell: "Đơn vị chủ trì" is a body) */
export const unitColumn = rule({
  name: "table-unit-column",
  pattern: `^\\s*(?:đơn vị(?:\\s+(?:tính|đo))?|đvt)\\s*(?:\\.\\s*)?$`,
  examples: [
    { text: "Đơn vị", match: "Đơn vị" },
    { text: "Đơn vị tính", match: "Đơn vị tính" },
    { text: "ĐVT", match: "ĐVT" },
  ],
  counterexamples: ["Đơn vị chủ trì", "Đơn vị phối hợp"],
});

/** what the table says besides its figures: "Ghi chú", "Sản phẩm", "Kết quả dự kiến" */
export const noteColumn = rule({
  name: "table-note-column",
  pattern: `{{WS}}(?:ghi chú|sản phẩm|kết quả dự kiến|kết quả đầu ra|căn cứ|nguồn)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Ghi chú", match: "Ghi chú" },
    { text: "Sản phẩm", match: "Sản phẩm" },
    { text: "Kết quả dự kiến", match: "Kết quả dự kiến" },
  ],
  counterexamples: ["Mục tiêu", "Kết quả thực hiện"],
});

/** a column of targets by name: "Mục tiêu", "Kết quả / Mục tiêu", "Kế hoạch năm 2025", "Phấn đấu", "Hằng năm" */
export const targetColumn = rule({
  name: "table-target-column",
  pattern: `{{WS}}(?:mục tiêu|kế hoạch|phấn đấu|giá trị mục tiêu|hằng năm|hàng năm|mỗi năm)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Mục tiêu", match: "Mục tiêu" },
    { text: "Kết quả / Mục tiêu", match: "Mục tiêu" },
    { text: "Kế hoạch năm 2025", match: "Kế hoạch" },
    { text: "Hằng năm", match: "Hằng năm" },
  ],
  counterexamples: ["Kết quả thực hiện năm 2024", "Chỉ tiêu", "Năm 2030"],
});

/** a column of past figures: "Kết quả thực hiện", "Thực hiện năm 2024", "Hiện trạng", "Ước thực hiện" */
export const pastColumn = rule({
  name: "table-past-column",
  pattern: `{{WS}}(?:thực hiện|kết quả|hiện trạng|hiện nay|ước đạt|ước|năm gốc|số liệu năm|đã đạt)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Kết quả thực hiện", match: "Kết quả" },
    { text: "Thực hiện năm 2024", match: "Thực hiện" },
    { text: "Hiện trạng năm 2020", match: "Hiện trạng" },
  ],
  counterexamples: ["Mục tiêu", "Năm 2025", "Chỉ tiêu"],
});

/**
 * a column named by its year: "Năm 2025", "2030", "Đến năm 2030", "Giai đoạn 2026 - 2030",
 * "Chỉ tiêu năm 2025"; whether its figures are targets or past depends on the year
 */
export const yearColumn = rule({
  name: "table-year-column",
  pattern: `(?:^|{{WS}}(?:năm|đến|giai đoạn|chỉ tiêu)\\s+)(?:năm\\s+)?(?:19|20)\\d{2}(?![\\p{N}])`,
  examples: [
    { text: "Năm 2025", match: "Năm 2025" },
    { text: "2030", match: "2030" },
    { text: "Đến năm 2030", match: "Đến năm 2030" },
    { text: "Chỉ tiêu 2025", match: "Chỉ tiêu 2025" },
  ],
  counterexamples: ["Chỉ tiêu", "Đơn vị", "TT"],
});

/** what a row counts: "Chỉ tiêu", "Tên chỉ tiêu", "Nội dung chỉ tiêu", "Tiêu chí", "Chỉ số" */
export const indicatorColumn = rule({
  name: "table-indicator-column",
  pattern: `{{WS}}(?:chỉ tiêu|tiêu chí|chỉ số)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Chỉ tiêu", match: "Chỉ tiêu" },
    { text: "Tên chỉ tiêu", match: "chỉ tiêu" },
    { text: "Nội dung chỉ tiêu", match: "chỉ tiêu" },
  ],
  counterexamples: ["Nhiệm vụ", "Cơ quan chủ trì", "Đơn vị"],
});

/** what a row asks done: "Nhiệm vụ", "Nội dung", "Tên nhiệm vụ", "Nội dung công việc", "Đề án, dự án" */
export const taskColumn = rule({
  name: "table-task-column",
  pattern: `{{WS}}(?:nhiệm vụ|nội dung|công việc|hoạt động|đề án|dự án|giải pháp)(?![\\p{L}\\p{M}])`,
  examples: [
    { text: "Nhiệm vụ", match: "Nhiệm vụ" },
    { text: "Nội dung công việc", match: "Nội dung" },
    { text: "Tên đề án, dự án", match: "đề án" },
  ],
  counterexamples: ["Chỉ tiêu", "Cơ quan chủ trì", "Thời hạn"],
});

/** the column rules in the order they are tried: the first that matches a heading names its role */
export const COLUMN_ROLES: ReadonlyArray<readonly [ColumnRole, typeof indexColumn]> = [
  ["index", indexColumn],
  ["lead", leadColumn],
  ["partner", partnerColumn],
  ["deadline", deadlineColumn],
  ["unit", unitColumn],
  ["note", noteColumn],
  ["target", targetColumn],
  ["past", pastColumn],
  ["year", yearColumn],
  ["indicator", indicatorColumn],
  ["task", taskColumn],
];

/** a unit cell: "%", "Tỷ lệ %", "Thứ bậc", "Xếp hạng", "Nhóm"; any other word counts things */
export const unitCell = rule<{ unit: Unit }>({
  name: "table-unit-cell",
  pattern: `(?<percent>%|phần trăm)|{{WS}}(?<rank>thứ bậc|thứ hạng|hạng|xếp hạng|nhóm|top|vị trí|vị thứ)(?![\\p{L}\\p{M}])`,
  read: (m) => ({ unit: m.groups!.percent !== undefined ? "percent" : "rank" }),
  examples: [
    { text: "%", match: "%", reads: { unit: "percent" } },
    { text: "Tỷ lệ %", match: "%", reads: { unit: "percent" } },
    { text: "Thứ bậc", match: "Thứ bậc", reads: { unit: "rank" } },
    { text: "Xếp hạng", match: "Xếp hạng", reads: { unit: "rank" } },
  ],
  counterexamples: ["Doanh nghiệp", "Người", "Xã, phường"],
});

/** a sign before a number in a cell: "≥ 55", ">= 30", "≤ 3", "> 90", "~ 20" */
export const comparatorSign = rule<{ comparator: Comparator }>({
  name: "table-comparator-sign",
  pattern: `(?:(?<gte>≥|>=|=>|⩾)|(?<lte>≤|<=|=<|⩽)|(?<gt>>)|(?<lt><)|(?<approx>~|≈|∼))\\s*$`,
  read: (m) => {
    const g = m.groups!;
    const comparator = (["gte", "lte", "gt", "lt", "approx"] as const).find((k) => g[k] !== undefined);
    return comparator ? { comparator } : null;
  },
  examples: [
    { text: "≥ 55", before: "55", match: "≥ ", reads: { comparator: "gte" } },
    { text: ">= 30", before: "30", match: ">= ", reads: { comparator: "gte" } },
    { text: "≤ 3 Đông Nam Á", before: "3", match: "≤ ", reads: { comparator: "lte" } },
    { text: "> 90%", before: "90%", match: "> ", reads: { comparator: "gt" } },
    { text: "<5", before: "5", match: "<", reads: { comparator: "lt" } },
    { text: "~ 20", before: "20", match: "~ ", reads: { comparator: "approx" } },
  ],
  counterexamples: [{ text: "90", before: "90" }, { text: "tối thiểu 80", before: "80" }, { text: "≥ 55; 60", before: "60" }],
});

/** where one figure of a cell ends and the next begins: "≤ 3 Đông Nam Á; ≤ 50 Thế giới" */
export const cellFigureSeparator = rule({
  name: "table-cell-figure-separator",
  pattern: `[;\\n]|<br\\s*\\/?>`,
  examples: [
    { text: "≤ 3 Đông Nam Á; ≤ 50 Thế giới", match: ";" },
    { text: "80 (2025)<br>100 (2030)", match: "<br>" },
  ],
  counterexamples: ["≥ 55", "25 - 30"],
});

/** the words an indicator cell opens with that say how it is measured, not what: "Tỷ lệ", "Số lượng" */
export const measureWords = rule({
  name: "table-measure-words",
  pattern: `^\\s*(?:(?:tỷ lệ|tỉ lệ|tỷ trọng|số lượng|tổng số|số)\\s+)+`,
  examples: [
    { text: "Tỷ lệ hồ sơ công việc cấp xã", match: "Tỷ lệ " },
    { text: "Số lượng doanh nghiệp số", match: "Số lượng " },
  ],
  counterexamples: ["Hồ sơ công việc", "Kinh tế số"],
});
