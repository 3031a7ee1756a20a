/** What a top-level section is for, read from its title. */
import { rule } from "../src/grammar/rule.js";

export type SectionRole = "situation" | "objectives" | "tasks" | "implementation" | "other";

export const sectionRole = rule<{ role: SectionRole }>({
  name: "section-role",
  pattern: `(?<implementation>TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN|CHỊU TRÁCH NHIỆM THI HÀNH|TRÁCH NHIỆM THI HÀNH)|(?<objectives>MỤC TIÊU|CHỈ TIÊU|MỤC ĐÍCH)|(?<tasks>NHIỆM VỤ|GIẢI PHÁP)|(?<situation>TÌNH HÌNH|ĐÁNH GIÁ|THỰC TRẠNG|KẾT QUẢ|BỐI CẢNH|SỰ CẦN THIẾT)`,
  read: (m) => {
    const g = m.groups!;
    const role: SectionRole = g.implementation
      ? "implementation"
      : g.objectives
        ? "objectives"
        : g.tasks
          ? "tasks"
          : g.situation
            ? "situation"
            : "other";
    return { role };
  },
  examples: [
    { text: "TÌNH HÌNH VÀ NGUYÊN NHÂN", match: "TÌNH HÌNH", reads: { role: "situation" } },
    { text: "QUAN ĐIỂM CHỈ ĐẠO, MỤC TIÊU", match: "MỤC TIÊU", reads: { role: "objectives" } },
    { text: "NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM", match: "NHIỆM VỤ", reads: { role: "tasks" } },
    { text: "TỔ CHỨC THỰC HIỆN", match: "TỔ CHỨC THỰC HIỆN", reads: { role: "implementation" } },
    { text: "Đánh giá tình hình", match: "Đánh giá", reads: { role: "situation" } },
    // a plan's aims, and the article of a decision that says who carries it out
    { text: "MỤC ĐÍCH, YÊU CẦU", match: "MỤC ĐÍCH", reads: { role: "objectives" } },
    {
      text: "Chánh Văn phòng UBND tỉnh, Giám đốc các sở … chịu trách nhiệm thi hành Quyết định này",
      match: "chịu trách nhiệm thi hành",
      reads: { role: "implementation" },
    },
  ],
  counterexamples: ["QUAN ĐIỂM CHỈ ĐẠO", "PHỤ LỤC", "Hiệu lực thi hành", "KINH PHÍ THỰC HIỆN"],
});

/** Which role a section has: the first cue in its title decides, implementation first. */
export function roleOf(title: string): SectionRole {
  const cues = sectionRole.all(title).map((m) => m.reading.role);
  for (const role of ["implementation", "objectives", "tasks", "situation"] as const) if (cues.includes(role)) return role;
  return "other";
}

/**
 * A heading that opens with "Mục tiêu" or "Chỉ tiêu" ("Về các mục tiêu cụ thể",
 * "2.2. Mục tiêu phấn đấu đến năm 2025", after its marker): the items below it set targets.
 */
export const objectivesTitle = rule({
  name: "objectives-title",
  pattern: `^(?:về\\s+)?(?:các\\s+)?(?:mục tiêu|chỉ tiêu)`,
  examples: [
    { text: "Mục tiêu cụ thể đến năm 2025", match: "Mục tiêu" },
    { text: "Về các mục tiêu cụ thể", match: "Về các mục tiêu" },
    { text: "Các chỉ tiêu chủ yếu", match: "Các chỉ tiêu" },
    { text: "MỤC TIÊU TỔNG QUÁT", match: "MỤC TIÊU" },
  ],
  counterexamples: ["Quan điểm và mục tiêu", "Đến năm 2025, mục tiêu là", "Nhiệm vụ"],
});

/** what makes an objectives heading the general aim ("Mục tiêu tổng quát", "Mục tiêu chung"), not its targets */
export const generalAim = rule({
  name: "general-aim",
  pattern: `tổng quát|chung`,
  examples: [
    { text: "Mục tiêu tổng quát", match: "tổng quát" },
    { text: "1. Mục tiêu chung", match: "chung" },
  ],
  counterexamples: ["Mục tiêu cụ thể đến năm 2025", "Chỉ tiêu phấn đấu"],
});

/** an objectives heading says what it heads in a few words; a longer line that opens so is a sentence */
export const OBJECTIVES_HEADING_MAX_WORDS = 12;

/** "Mục tiêu cụ thể", "2.2. Mục tiêu phấn đấu" (the item's title): a heading for targets, not the general aim */
export function objectivesHeading(title: string): boolean {
  return objectivesTitle.at(title, 0) !== null && generalAim.first(title) === null && title.split(/\s+/).length <= OBJECTIVES_HEADING_MAX_WORDS;
}
