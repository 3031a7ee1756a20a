/**
 * A benchmark corpus: `count` documents made from the seeds in corpus/, each copy unique
 * and deterministic. Copy i of a seed gets another province's name wherever the seed
 * names its own, its percentages shifted by a step of its own, and a pattern of trailing
 * spaces that spells i in binary over the first lines, so no two copies share a hash.
 * A shape then lays each copy out as another export would (`shapes`).
 */
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { provinces } from "../grammars/provinces.js";
import { slugify } from "../src/text/fold.js";

export interface Seed {
  name: string;
  text: string;
  province: string;
}

export async function readSeeds(corpus: string): Promise<Seed[]> {
  const names = (await readdir(corpus)).filter((n) => n.endsWith(".txt")).sort();
  const seeds: Seed[] = [];
  for (const name of names) {
    const text = await readFile(join(corpus, name), "utf8");
    // the seed's province: the official name it mentions most
    const counts = provinces.map((p) => [p, text.split(p).length - 1] as const).sort((a, b) => b[1] - a[1]);
    seeds.push({ name, text, province: counts[0][0] });
  }
  return seeds;
}

/** copy `i` of a seed, naming `province` (by default one picked by i) where the seed names its own */
export function variant(seed: Seed, i: number, province = provinces[(i * 7) % provinces.length]): { name: string; text: string } {
  const step = (i % 9) + 1;
  let text = seed.text.split(seed.province).join(province);
  // "80%" → "89%" (step 9): keeps the shape of every target, changes its value
  text = text.replace(/(?<![\d.,])(\d{1,2})(?=\s?%)/g, (n) => String((Number(n) + step) % 100));
  const lines = text.split("\n");
  for (let bit = 0; bit < 12 && bit < lines.length; bit++) if ((i >> bit) & 1) lines[bit] += " ";
  return { name: `${String(i).padStart(4, "0")}-${slugify(province)}.txt`, text: lines.join("\n") };
}

/**
 * The layouts a corpus may come in, so that a build's speed is measured on each: the
 * copies as they are; with an HTML comment appended (an editor's note, across a blank
 * line); with a markdown table of the document's lines that hold a percentage appended
 * (an appendix of targets); hard-wrapped at 80 columns, one line break per wrap.
 */
export const shapes = {
  plain: (text: string) => text,
  comment: (text: string) => `${text.replace(/\n*$/, "")}\n\n<!--\nNguồn: bản chuyển từ PDF, cổng thông tin điện tử tỉnh.\n\nNgười nhập: Văn phòng Tỉnh ủy; đã đối chiếu với bản chính.\n-->\n`,
  table: (text: string) => {
    const rows = text
      .split("\n")
      .map((l) => l.trim().replace(/[|*]/g, ""))
      .filter((l) => /\d\s?%/.test(l))
      .map((l, i) => `| ${i + 1} | ${l.length > 160 ? l.slice(0, 160) + "…" : l} |`);
    return `${text.replace(/\n*$/, "")}\n\nPHỤ LỤC\n\n| STT | Chỉ tiêu |\n| --- | --- |\n${rows.join("\n")}\n`;
  },
  wrapped: (text: string) => hardWrap(text, 80),
} satisfies Record<string, (text: string) => string>;
export type Shape = keyof typeof shapes;

/** every line longer than `width` broken at the last space before the column (the space dropped) */
export function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      const pieces: string[] = [];
      let rest = line;
      while (rest.length > width) {
        let cut = rest.lastIndexOf(" ", width);
        if (cut <= 0) cut = rest.indexOf(" ", width);
        if (cut <= 0) break;
        pieces.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      pieces.push(rest);
      return pieces.join("\n");
    })
    .join("\n");
}

/** writes `count` documents of a shape into `dir` (emptied first); returns their total size in bytes */
export async function generateCorpus(seedDir: string, dir: string, count: number, shape: Shape = "plain"): Promise<{ files: number; bytes: number }> {
  const seeds = await readSeeds(seedDir);
  if (seeds.length === 0) throw new Error(`no seed documents (*.txt) in ${seedDir}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { name, text } = variant(seeds[i % seeds.length], i);
    const data = Buffer.from(shapes[shape](text), "utf8");
    bytes += data.length;
    await writeFile(join(dir, name), data);
  }
  return { files: count, bytes };
}
