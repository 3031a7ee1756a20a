/**
 * Small hand-written resolutions for stage tests: a title block, the four usual
 * Roman-numeral sections and a closing, each part given as text. Also the helpers the
 * tests share: run the whole pipeline on a string, find the 1-based line of a needle.
 */
import { extract } from "../../src/pipeline.js";
import type { Document, Position } from "../../src/schema/document.js";

export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));

/** the whole pipeline over a UTF-8 string */
export function run(text: string): Document {
  return extract(utf8(text), { path: "test.txt" }).document;
}

export const TITLE = [
  "NGHỊ QUYẾT",
  "CỦA BAN THƯỜNG VỤ TỈNH ỦY",
  "về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030",
].join("\n");

export interface Parts {
  head?: string;
  situation?: string;
  objectives?: string;
  tasks?: string;
  implementation?: string;
  closing?: string;
}

/** a resolution with the given section bodies; absent sections get one neutral sentence */
export function resolution(parts: Parts = {}): string {
  return [
    parts.head ?? TITLE,
    "I. TÌNH HÌNH VÀ NGUYÊN NHÂN",
    parts.situation ?? "Công tác chuyển đổi số bước đầu đạt kết quả.",
    "II. QUAN ĐIỂM, MỤC TIÊU",
    parts.objectives ?? "Chuyển đổi số là nhiệm vụ trọng tâm.",
    "III. NHIỆM VỤ, GIẢI PHÁP",
    parts.tasks ?? "Đẩy mạnh tuyên truyền về chuyển đổi số.",
    "IV. TỔ CHỨC THỰC HIỆN",
    parts.implementation ?? "1. Ban Tuyên giáo Tỉnh ủy hướng dẫn quán triệt Nghị quyết.",
    parts.closing ?? "Nơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nBùi Thị Quỳnh Vân",
  ].join("\n\n") + "\n";
}

/** 1-based line of the `nth` (0-based) occurrence of `needle` in `text` */
export function lineOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${nth + 1} times`);
  }
  return text.slice(0, at).split(/\r\n|\r|\n/).length;
}

/** the raw text a position spans */
export const slice = (raw: string, p: Position): string => raw.slice(p.start.offset, p.end.offset);
