import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { UsageError, type Io } from "../../src/commands/command.js";
import { compareCommand } from "../../src/commands/compare.js";
import { diffCommand } from "../../src/commands/diff.js";
import { SMALL_DIR } from "./helpers.js";

function sink() {
  let text = "";
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += chunk.toString();
      cb();
    },
  });
  return { stream, text: () => text };
}

async function run(command: typeof compareCommand, args: string[], columns?: number) {
  const out = sink();
  const err = sink();
  const io: Io = { stdout: Object.assign(out.stream, { columns }), stderr: err.stream, cwd: "/" };
  const code = await command.run(args, io);
  return { code, stdout: out.text(), stderr: err.text() };
}

describe("nghiquyet compare", () => {
  it("prints a table of at most 100 columns by default, with a legend", async () => {
    const { code, stdout, stderr } = await run(compareCommand, ["--docs", SMALL_DIR]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("3 provinces, 29 rows; national reference: Quyết định 749/QĐ-TTg, 03/6/2020");
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(lines.at(-1)).toMatch(/^▲ highest · ▼ lowest/);
  });

  it("filters by province, indicator and year and renders every format", async () => {
    const args = ["--docs", SMALL_DIR, "--province", "lao-cai", "--province", "ha-giang", "--indicator", "digital_economy_grdp", "--year", "2025"];
    const csv = await run(compareCommand, [...args, "--format", "csv"]);
    expect(csv.stdout.trimEnd().split("\n").map((l) => l.split(",").slice(0, 9).join(","))).toEqual([
      "indicator,indicator_vi,indicator_en,scope,year,unit,province,province_name,label",
      "digital_economy_grdp,Kinh tế số trong GRDP,Digital economy share of GRDP,,2025,percent,ha-giang,Hà Giang,~ 20%",
      "digital_economy_grdp,Kinh tế số trong GRDP,Digital economy share of GRDP,,2025,percent,lao-cai,Lào Cai,≥ 25%",
      "digital_economy_grdp,Kinh tế số trong GRDP,Digital economy share of GRDP,,2025,percent,national,Quyết định 749/QĐ-TTg,20%",
    ]);
    const json = JSON.parse((await run(compareCommand, [...args, "--format", "json"])).stdout);
    expect(json.rows).toHaveLength(1);
    expect((await run(compareCommand, [...args, "--format", "md"])).stdout).toContain("| ~ 20% ▼= (ha-giang.txt:12) | ≥ 25% ▲+ (lao-cai.txt:9) | 20% |");
    // the report's overview: the one indicator kept, linked to its page, and the two provinces
    const html = (await run(compareCommand, [...args, "--format", "html"])).stdout;
    expect(html).toContain('<a href="report/indicator-digital-economy-grdp.html">Kinh tế số trong GRDP</a>');
    expect(html.match(/<a href="report\/province-[a-z-]+\.html">/g)).toEqual(['<a href="report/province-ha-giang.html">', '<a href="report/province-lao-cai.html">']);
  });

  it("refuses an unknown province or indicator (a usage error naming the known ones, nearest first)", async () => {
    await expect(run(compareCommand, ["--docs", SMALL_DIR, "--province", "lao-ca"])).rejects.toThrow(
      new UsageError("unknown --province 'lao-ca'; known: lao-cai, yen-bai, ha-giang"),
    );
    await expect(run(compareCommand, ["--docs", SMALL_DIR, "--indicator", "dti_rnk"])).rejects.toThrow(/^unknown --indicator 'dti_rnk'; known, nearest first: dti_rank, /);
  });

  it("a missing folder is bad usage; an invalid document is an error (exit 1), the rest is read", async () => {
    await expect(run(compareCommand, ["--docs", "/nonexistent/documents"])).rejects.toThrow(
      new UsageError("cannot read --docs '/nonexistent/documents': no such folder (run `nghiquyet build` first)"),
    );

    const dir = await mkdtemp(join(tmpdir(), "nghiquyet-docs-"));
    try {
      await writeFile(join(dir, "broken.json"), '{"schemaVersion":"1.0.0"}');
      await writeFile(join(dir, "ha-giang.json"), await import("node:fs/promises").then((fs) => fs.readFile(join(SMALL_DIR, "ha-giang.json"))));
      const r = await run(compareCommand, ["--docs", dir, "--format", "csv"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/broken\.json: error: not a document: .* \[document-invalid\]/);
      const provinces = r.stdout.trimEnd().split("\n").slice(1).map((l) => /,(?:percent|count|rank),([a-z-]+),/.exec(l)?.[1]);
      expect(new Set(provinces)).toEqual(new Set(["ha-giang", "national"]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rejects bad usage", async () => {
    await expect(run(compareCommand, ["--format", "pdf"])).rejects.toThrow(UsageError);
    await expect(run(compareCommand, ["--year", "25"])).rejects.toThrow(/--year expects YYYY/);
    await expect(run(compareCommand, ["stray"])).rejects.toThrow(/unexpected argument 'stray'/);
  });
});

describe("nghiquyet diff", () => {
  it("prints what each province has alone and the shared rows, exit 0", async () => {
    const { code, stdout } = await run(diffCommand, ["ha-giang", "lao-cai", "--docs", SMALL_DIR]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Hà Giang (ha-giang) vs Lào Cai (lao-cai)");
    expect(lines[1]).toBe("only in ha-giang: 4 · only in lao-cai: 1 · in both: 4");
    expect(lines[2]).toBe("more ambitious where both set a target: ha-giang 1 · lao-cai 3 · same 0");
    expect(stdout).toContain("Only in Hà Giang (ha-giang): 4");
    expect(stdout).toContain("Only in Lào Cai (lao-cai): 1");
    expect(stdout).toContain("In both: 4");
    expect(stdout).toMatch(/Kinh tế số trong GRDP · 2025\s+~ 20% \(ha-giang\.txt:12\)\s+≥ 25% \(lao-cai\.txt:9\)\s+lao-cai/);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });

  it("prints JSON with --format json", async () => {
    const { code, stdout } = await run(diffCommand, ["lao-cai", "yen-bai", "--docs", SMALL_DIR, "--format", "json"]);
    expect(code).toBe(0);
    const d = JSON.parse(stdout);
    expect(d.a.slug).toBe("lao-cai");
    expect(d.shared.find((e: { key: string }) => e.key === "work_records_online|province|2025").more).toBe("same");
    expect(d.onlyB.map((e: { key: string }) => e.key)).toEqual(["inspections_digital|-|2030", "fiber_households|household|2025"]);
  });

  it("exits 2 for an unknown province, naming the known ones", async () => {
    await expect(run(diffCommand, ["ha-giang", "atlantis", "--docs", SMALL_DIR])).rejects.toThrow(/^unknown --province 'atlantis'; known: (?=.*ha-giang)(?=.*lao-cai)(?=.*yen-bai)/);
    await expect(run(diffCommand, ["ha-giang"])).rejects.toThrow(/two province slugs/);
  });
});
