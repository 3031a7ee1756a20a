import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { main } from "../../src/cli.js";
import type { Io } from "../../src/commands/command.js";

export const CORPUS = join(import.meta.dirname, "..", "..", "corpus");

export function sink(isTTY = false) {
  let text = "";
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, cb) {
        text += chunk.toString();
        cb();
      },
    }),
    { isTTY, columns: 80 },
  );
  return { stream, text: () => text };
}

/** runs the CLI in-process with `cwd` as its working folder */
export async function cli(cwd: string, ...argv: string[]) {
  const out = sink();
  const err = sink();
  const io: Io = { stdout: out.stream, stderr: err.stream, cwd };
  const code = await main(argv, io);
  return { code, stdout: out.text(), stderr: err.text() };
}

/** a temp folder with a `corpus/` of the given files (name → bytes or text) */
export function workspace(files: Record<string, string | Uint8Array>): { dir: string; corpus: string; out: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "nghiquyet-cli-"));
  const corpus = join(dir, "corpus");
  mkdirSync(corpus);
  for (const [name, data] of Object.entries(files)) writeFileSync(join(corpus, name), data);
  return { dir, corpus, out: join(dir, "output"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function seed(name: string): Buffer {
  return readFileSync(join(CORPUS, name));
}

export function copyCorpus(to: string): void {
  for (const name of readdirSync(CORPUS).filter((n) => n.endsWith(".txt"))) cpSync(join(CORPUS, name), join(to, name));
}

/** every file under `dir`, relative, sorted; the build's cache (`.cache/`, not part of the dataset) left out */
export function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && e.name === ".cache" && prefix === "") continue;
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(prefix + e.name);
    }
  };
  walk(dir, "");
  return out.sort();
}

/** a short resolution: sections I–IV with the given roles left out */
export function resolution(options: { province?: string; objectives?: boolean; implementation?: boolean } = {}): string {
  const lines = [
    "NGHỊ QUYẾT",
    `về chuyển đổi số tỉnh ${options.province ?? "Nghệ An"} đến năm 2025`,
    "",
    "I. TÌNH HÌNH",
    "Chuyển đổi số bước đầu đạt kết quả.",
  ];
  if (options.objectives !== false) lines.push("II. MỤC TIÊU", "1. Mục tiêu cụ thể đến năm 2025", "- 100% cơ quan nhà nước kết nối mạng.");
  lines.push(`${options.objectives !== false ? "III" : "II"}. NHIỆM VỤ, GIẢI PHÁP`, "1. Phát triển hạ tầng số.");
  if (options.implementation !== false)
    lines.push(`${options.objectives !== false ? "IV" : "III"}. TỔ CHỨC THỰC HIỆN`, "1. Ban cán sự đảng UBND tỉnh chỉ đạo xây dựng kế hoạch.");
  return lines.join("\n") + "\n";
}
