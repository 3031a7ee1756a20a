/** What a top-level section is for, read from its title. */
import { rule } from "../src/grammar/rule.js";

export type SectionRole = "situation" | "objectives" | "tasks" | "implementation" | "other";

export const sectionRole = rule<{ role: SectionRole }>({
  name: "section-role",
  pattern: `(?<implementation>TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN)|(?<objectives>MỤC TIÊU|CHỈ TIÊU)|(?<tasks>NHIỆM VỤ|GIẢI PHÁP)|(?<situation>TÌNH HÌNH|ĐÁNH GIÁ|THỰC TRẠNG|KẾT QUẢ|BỐI CẢNH|SỰ CẦN THIẾT)`,
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
  ],
  counterexamples: ["QUAN ĐIỂM CHỈ ĐẠO", "PHỤ LỤC"],
});

/** Which role a section has: the first cue in its title decides, implementation first. */
export function roleOf(title: string): SectionRole {
  const cues = sectionRole.all(title).map((m) => m.reading.role);
  for (const role of ["implementation", "objectives", "tasks", "situation"] as const) if (cues.includes(role)) return role;
  return "other";
}
