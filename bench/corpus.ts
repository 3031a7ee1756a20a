/**
 * A benchmark corpus: `count` documents made from the seeds in corpus/, each copy unique
 * and deterministic. Copy i of a seed gets another province's name wherever the seed
 * names its own, its percentages shifted by a step of its own, and a pattern of trailing
 * spaces that spells i in binary over the first lines, so no two copies share a hash.
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

/** copy `i` of a seed */
export function variant(seed: Seed, i: number): { name: string; text: string } {
  const province = provinces[(i * 7) % provinces.length];
  const step = (i % 9) + 1;
  let text = seed.text.split(seed.province).join(province);
  // "80%" → "89%" (step 9): keeps the shape of every target, changes its value
  text = text.replace(/(?<![\d.,])(\d{1,2})(?=\s?%)/g, (n) => String((Number(n) + step) % 100));
  const lines = text.split("\n");
  for (let bit = 0; bit < 12 && bit < lines.length; bit++) if ((i >> bit) & 1) lines[bit] += " ";
  return { name: `${String(i).padStart(4, "0")}-${slugify(province)}.txt`, text: lines.join("\n") };
}

/** writes `count` documents into `dir` (emptied first); returns their total size in bytes */
export async function generateCorpus(seedDir: string, dir: string, count: number): Promise<{ files: number; bytes: number }> {
  const seeds = await readSeeds(seedDir);
  if (seeds.length === 0) throw new Error(`no seed documents (*.txt) in ${seedDir}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { name, text } = variant(seeds[i % seeds.length], i);
    const data = Buffer.from(text, "utf8");
    bytes += data.length;
    await writeFile(join(dir, name), data);
  }
  return { files: count, bytes };
}
