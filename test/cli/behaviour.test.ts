// The CLI as a Unix tool: help for every command, --version, a closed pipe, one exit-code
// rule, plain words, a build that never reads its own outputs.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { commands } from "../../src/commands/index.js";
import { cli, resolution, seed, workspace } from "./helpers.js";

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function ws(files: Record<string, string | Uint8Array>) {
  const w = workspace(files);
  cleanups.push(w.cleanup);
  return w;
}
const lines = (stderr: string) => stderr.trimEnd().split("\n");
const ROOT = join(import.meta.dirname, "..", "..");

describe("help and version", () => {
  test.each(commands.map((c) => [c.name]))("%s: --help, -h and `help CMD` print the same help, exit 0", async (name) => {
    const long = await cli(ROOT, name, "--help");
    const short = await cli(ROOT, name, "-h");
    const viaHelp = await cli(ROOT, "help", name);
    expect([long.code, short.code, viaHelp.code]).toEqual([0, 0, 0]);
    expect(short.stdout).toBe(long.stdout);
    expect(viaHelp.stdout).toBe(long.stdout);
    expect(long.stderr).toBe("");
    const text = long.stdout;
    expect(text.split("\n")[0]).toMatch(new RegExp(`^usage: nghiquyet ${name}\\b`));
    // every option of the usage line is explained on a line of its own
    const usage = text.split("\n")[0];
    const flags = [...usage.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]);
    for (const flag of new Set(flags)) expect(text, flag).toMatch(new RegExp(`^  ${flag}(?: [A-Z]+)? {2,}\\S`, "m"));
    expect(text).toMatch(/^ {2}-h, --help {2,}print this help and exit$/m);
    expect(text).toContain("exit codes: 0 clean or warnings only; 1 a file had an error");
  });

  test("every command is listed by --help; an unknown `help X` is bad usage", async () => {
    const top = await cli(ROOT, "--help");
    expect(top.code).toBe(0);
    for (const c of commands) expect(top.stdout).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[()]/g, "\\$&")}$`, "m"));
    const unknown = await cli(ROOT, "help", "bild");
    expect([unknown.code, lines(unknown.stderr)[0]]).toEqual([2, "nghiquyet: unknown command 'bild' (did you mean 'build'?)"]);
  });

  test("no command at all is bad usage: the help on stderr, exit 2", async () => {
    const none = await cli(ROOT);
    expect([none.code, none.stdout]).toEqual([2, ""]);
    expect(none.stderr).toBe((await cli(ROOT, "--help")).stdout);
  });

  test("--version prints the package's version", async () => {
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    for (const flag of ["--version", "-V"]) expect(await cli(ROOT, flag)).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("a closed pipe", () => {
  test("a reader that stops after one line ends the CLI quietly, exit 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "run-cli.ts"), "extract", "corpus/nghe-an.txt"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let first = "";
    const code = await new Promise<number | null>((done) => {
      child.stdout.on("data", (chunk: Buffer) => {
        first += chunk.toString();
        // `| head -1`: one line read, then the pipe is closed
        if (first.includes("\n")) child.stdout.destroy();
      });
      child.on("close", (status) => done(status));
    });
    expect(first.split("\n")[0]).toBe("{");
    // the JSON is larger than a pipe's buffer: the CLI did write into the closed pipe
    expect(readFileSync(join(ROOT, "output/documents/nghe-an.json")).length).toBeGreaterThan(1 << 16);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 30_000);
});

describe("one exit-code rule", () => {
  test.each([
    [["build", "--corpus", "nowhere"], "nghiquyet build: cannot read --corpus 'nowhere': no such folder"],
    [["manifest", "--corpus", "nowhere"], "nghiquyet manifest: cannot read --corpus 'nowhere': no such folder"],
    [["compare", "--docs", "nowhere"], "nghiquyet compare: cannot read --docs 'nowhere': no such folder (run `nghiquyet build` first)"],
    [["diff", "a", "b", "--docs", "nowhere"], "nghiquyet diff: cannot read --docs 'nowhere': no such folder (run `nghiquyet build` first)"],
    [["compare", "--docs", "empty"], "nghiquyet compare: cannot read --docs 'empty': no document JSON in the folder (run `nghiquyet build` first)"],
  ])("a missing folder is bad usage (exit 2): %j", async (argv, first) => {
    const w = ws({});
    mkdirSync(join(w.dir, "empty"));
    const { code, stdout, stderr } = await cli(w.dir, ...argv);
    expect([code, stdout, lines(stderr)[0]]).toEqual([2, "", first]);
  });

  test("an unknown --province or --indicator is bad usage, naming the known ones nearest first", async () => {
    const w = ws({ "nghe-an.txt": seed("nghe-an.txt"), "thanh-hoa.txt": seed("thanh-hoa.txt"), "quang-ngai.txt": seed("quang-ngai.txt") });
    expect((await cli(w.dir, "build", "--jobs", "0")).code).toBe(0);
    const province = await cli(w.dir, "compare", "--province", "thanh-hao");
    expect([province.code, province.stdout, lines(province.stderr)[0]]).toEqual([
      2,
      "",
      "nghiquyet compare: unknown --province 'thanh-hao'; known: thanh-hoa, quang-ngai, nghe-an",
    ]);
    const indicator = await cli(w.dir, "compare", "--indicator", "digital_economy_grpd");
    expect(indicator.code).toBe(2);
    expect(lines(indicator.stderr)[0]).toMatch(/^nghiquyet compare: unknown --indicator 'digital_economy_grpd'; known, nearest first: digital_economy_grdp, /);
    const diff = await cli(w.dir, "diff", "nghe-an", "atlantis");
    expect([diff.code, diff.stdout]).toEqual([2, ""]);
    expect(lines(diff.stderr)[0]).toMatch(/^nghiquyet diff: unknown --province 'atlantis'; known: /);
  });

  test("no raw error codes: a missing file and a folder are said in words", async () => {
    const w = ws({});
    const missing = await cli(w.dir, "extract", "nowhere.txt");
    expect([missing.code, missing.stderr]).toEqual([2, "nowhere.txt:1:1: error: cannot read file: no such file or folder [read-failed]\n"]);
    const folder = await cli(w.dir, "extract", "corpus");
    expect([folder.code, folder.stderr]).toEqual([2, "corpus:1:1: error: cannot read file: a folder, not a file [read-failed]\n"]);
  });

  test("an output folder that cannot be written: one line naming the file, in words, exit 1", async () => {
    const w = ws({ "a.txt": resolution() });
    mkdirSync(w.out);
    writeFileSync(join(w.out, "documents"), "a file where the documents folder goes");
    const { code, stderr } = await cli(w.dir, "build", "--jobs", "0");
    expect([code, stderr]).toEqual([1, "output/documents/a.json: error: cannot write the dataset: not a folder [write-failed]\n"]);
  });

  test("plurals: one error, one warning, one document, one target", async () => {
    const w = ws({ "a.txt": "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025\n\nI. MỤC TIÊU\n1. Mục tiêu cụ thể đến năm 2025\n- 100% cơ quan nhà nước kết nối mạng.\n", "b.txt": "" });
    const { code, stderr } = await cli(w.dir, "build");
    expect(code).toBe(1);
    expect(lines(stderr).at(-1)).toMatch(/^1 document, 1 target → output \(1 error, \d+ warnings?; 1 file without a document\)$/);
    expect(lines(stderr).at(-1)).not.toMatch(/\b1 (errors|warnings|documents|targets|files)\b/);
  });
});

describe("the build and its own outputs", () => {
  test.each([["corpus"], ["corpus/output"]])("--out %s (the corpus or inside it) is refused, exit 2, nothing written", async (out) => {
    const w = ws({ "a.txt": resolution() });
    const { code, stderr } = await cli(w.dir, "build", "--out", out);
    expect(code).toBe(2);
    expect(lines(stderr)[0]).toBe(
      `nghiquyet build: --out is the --corpus folder or inside it: the build would read its own outputs (--corpus 'corpus', --out '${out}')`,
    );
    expect(existsSync(join(w.corpus, "documents"))).toBe(false);
    expect(existsSync(join(w.corpus, "output"))).toBe(false);
  });

  test("a corpus folder holding a build's outputs: they are not read, and the build says so", async () => {
    const w = ws({ "thanh-hoa.txt": seed("thanh-hoa.txt") });
    const first = await cli(w.dir, "build");
    expect(first.code).toBe(0);
    const summary = lines(first.stderr).at(-1);
    // every file a build writes, copied into the corpus (as a build into it would leave them)
    const outputs = ["comparison.csv", "comparison.json", "datapackage.json", "report.html", "schema.json", "targets.csv"].filter((n) => existsSync(join(w.out, n)));
    expect(outputs.length).toBeGreaterThanOrEqual(5);
    for (const name of outputs) cpSync(join(w.out, name), join(w.corpus, name));
    cpSync(join(w.out, "documents"), join(w.corpus, "documents"), { recursive: true });
    const second = await cli(w.dir, "build");
    expect(second.code).toBe(0);
    expect(lines(second.stderr)).toEqual([
      ...outputs.map((n) => `corpus/${n}:1:1: warning: not read: a file the build writes, not a resolution [corpus-output-skipped]`),
      summary!.replace("0 warnings", `${outputs.length} warnings`),
    ]);
    const targets = readFileSync(join(w.out, "targets.csv"), "utf8").trimEnd().split("\n").length - 1;
    expect(summary).toContain(`1 document, ${targets} targets`);
    rmSync(join(w.corpus, "documents"), { recursive: true });
  });
});

describe("only resolutions of a province are compared", () => {
  test("an English text and a resolution naming no province never become a province column", async () => {
    const english = "Digital transformation strategy\n\nThis English text sets out goals: 80% of services online by 2025.\n";
    const noProvince = resolution().replace("tỉnh Nghệ An ", "");
    const w = ws({ "english.txt": english, "nghe-an.txt": seed("nghe-an.txt"), "untitled.txt": noProvince });
    const { code, stderr } = await cli(w.dir, "build");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^corpus\/english\.txt:\d+:\d+: error: .*\[not-a-resolution\]$/m);
    const comparison = JSON.parse(readFileSync(join(w.out, "comparison.json"), "utf8"));
    expect(comparison.provinces.map((p: { slug: string }) => p.slug)).toEqual(["nghe-an"]);
    expect(readFileSync(join(w.out, "comparison.csv"), "utf8")).not.toMatch(/english|untitled/);
    const compared = await cli(w.dir, "compare", "--format", "json");
    expect(JSON.parse(compared.stdout).provinces.map((p: { slug: string }) => p.slug)).toEqual(["nghe-an"]);
    expect(compared.stderr).toBe("untitled.txt: warning: not compared: no province named in the title [compare-not-a-province]\n");
  });
});

describe("manifest --check", () => {
  test("names each file that changed, appeared or disappeared", async () => {
    const w = ws({ "a.txt": resolution(), "b.txt": resolution({ province: "Lào Cai" }), "c.txt": resolution({ province: "Yên Bái" }) });
    expect((await cli(w.dir, "manifest")).code).toBe(0);
    expect(await cli(w.dir, "manifest", "--check")).toEqual({ code: 0, stdout: "", stderr: "" });
    writeFileSync(join(w.corpus, "a.txt"), resolution() + "\n");
    rmSync(join(w.corpus, "b.txt"));
    writeFileSync(join(w.corpus, "d.txt"), resolution({ province: "Hà Giang" }));
    const { code, stderr } = await cli(w.dir, "manifest", "--check");
    expect(code).toBe(1);
    const out = lines(stderr);
    expect(out[0]).toMatch(/^corpus\/a\.txt:1:1: error: content changed \(sha256 [0-9a-f]{12}… in the manifest, [0-9a-f]{12}… now\) \[manifest-changed\]$/);
    expect(out.slice(1)).toEqual([
      "corpus/b.txt:1:1: error: in the manifest but no longer in the corpus [manifest-disappeared]",
      "corpus/d.txt:1:1: error: not in the manifest: a new file [manifest-appeared]",
      "corpus/manifest.json:1:1: error: does not match the corpus (3 files); run nghiquyet manifest [manifest-stale]",
    ]);
  });
});

describe("indicators and provinces", () => {
  test("indicators lists ids and labels from grammars/indicators.ts, in three formats", async () => {
    const { indicators } = await import("../../grammars/indicators.js");
    const json = await cli(ROOT, "indicators", "--format", "json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(indicators.map((i) => ({ id: i.id, domain: i.domain, label_vi: i.label.vi, label_en: i.label.en })));
    const csv = (await cli(ROOT, "indicators", "--format", "csv")).stdout.trimEnd().split("\n");
    expect(csv[0]).toBe("id,domain,label_vi,label_en");
    expect(csv).toHaveLength(indicators.length + 1);
    const table = (await cli(ROOT, "indicators")).stdout.split("\n");
    expect(table[0]).toMatch(/^id +domain +label_vi +label_en$/);
    expect(table.some((l) => l.startsWith("digital_economy_grdp "))).toBe(true);
    expect((await cli(ROOT, "indicators", "--format", "xml")).code).toBe(2);
  });

  test("provinces lists slugs and names from grammars/provinces.ts, sorted by slug", async () => {
    const { provinces } = await import("../../grammars/provinces.js");
    const rows = JSON.parse((await cli(ROOT, "provinces", "--format", "json")).stdout) as Array<{ slug: string; name: string }>;
    expect(rows).toHaveLength(provinces.length);
    expect(rows).toContainEqual({ slug: "thanh-hoa", name: "Thanh Hóa" });
    expect(rows).toContainEqual({ slug: "ba-ria-vung-tau", name: "Bà Rịa - Vũng Tàu" });
    expect(rows.map((r) => r.slug)).toEqual(rows.map((r) => r.slug).sort());
    const csv = (await cli(ROOT, "provinces", "--format", "csv")).stdout.split("\n");
    expect(csv.slice(0, 2)).toEqual(["slug,name", "an-giang,An Giang"]);
  });
});
