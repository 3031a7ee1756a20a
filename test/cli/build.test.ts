// `nghiquyet build` over a batch with bad files: one compiler-style line per problem, the
// rest of the batch as usual, documented exit codes, and no stale or half-written output.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { extract } from "../../src/pipeline.js";
import { cli, resolution, seed, tree, workspace } from "./helpers.js";

const BINARY = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);

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
const targetsOf = (bytes: string | Uint8Array) => extract(typeof bytes === "string" ? Buffer.from(bytes) : bytes).document.targets.length;

describe("a batch with bad files", () => {
  test("each bad file gets its line, the others are built as usual (exit 1)", async () => {
    const files: Record<string, string | Uint8Array> = {
      "atlantis.txt": resolution({ province: "Atlantis" }),
      "empty.txt": "",
      "nghe-an.txt": seed("nghe-an.txt"),
      "notes.txt": "Ghi chú cuộc họp: nói chuyện về thời tiết.\nKhông có mục nào.\n",
      "scan.pdf": BINARY,
      "short.txt": resolution({ objectives: false, implementation: false }),
      "z-copy.txt": seed("nghe-an.txt"),
    };
    const w = ws(files);
    const { code, stderr, stdout } = await cli(w.dir, "build");
    expect(code).toBe(1);
    expect(stdout).toBe("");

    // what the pipeline says of each file, as the CLI must print it, plus the build's own line
    const expected: string[] = [];
    const ruleIds: Record<string, string[]> = {};
    for (const [name, bytes] of Object.entries(files)) {
      const messages = extract(typeof bytes === "string" ? Buffer.from(bytes) : bytes, { path: name }).document.messages.filter((m) => m.severity !== "info");
      ruleIds[name] = messages.map((m) => `${m.severity} ${m.ruleId}`);
      for (const m of messages)
        expected.push(`corpus/${name}:${m.place!.start.line}:${m.place!.start.column}: ${m.severity}: ${m.reason} [${m.ruleId}]`);
    }
    expected.push("corpus/z-copy.txt:1:1: warning: same content as nghe-an.txt [duplicate-content]");
    const seedTargets = targetsOf(seed("nghe-an.txt"));
    expect(seedTargets).toBeGreaterThan(20);
    const total = 2 * seedTargets + targetsOf(resolution({ province: "Atlantis" }));
    expected.push(`4 documents, ${total} targets → output (3 errors, 4 warnings; 3 files without a document)`);
    expect(lines(stderr)).toEqual(expected);

    // the kinds of problem this batch is made of, each named by its rule
    expect(ruleIds).toMatchObject({
      "atlantis.txt": ["warning province-unknown"],
      "empty.txt": ["error decode-empty"],
      "nghe-an.txt": [],
      "scan.pdf": ["error decode-binary"],
      "short.txt": ["warning structure-no-objectives", "warning structure-no-implementation"],
    });
    expect(ruleIds["notes.txt"]).toHaveLength(1);
    expect(ruleIds["notes.txt"][0]).toMatch(/^error (?:structure-no-sections|not-a-resolution)$/);
    expect(lines(stderr)[0]).toBe("corpus/atlantis.txt:2:18: warning: 'Atlantis' is not a known province name [province-unknown]");

    expect(readdirSync(join(w.out, "documents")).sort()).toEqual(["atlantis.json", "nghe-an.json", "short.json", "z-copy.json"]);
    // the duplicate's document is the original's plus the warning
    const copy = JSON.parse(readFileSync(join(w.out, "documents", "z-copy.json"), "utf8"));
    const original = JSON.parse(readFileSync(join(w.out, "documents", "nghe-an.json"), "utf8"));
    expect(copy.targets).toEqual(original.targets);
    expect(copy.messages.at(-1)).toEqual({ reason: "same content as nghe-an.txt", ruleId: "duplicate-content", source: "nghiquyet", severity: "warning", place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } });
    const manifest = JSON.parse(readFileSync(join(w.out, "manifest.json"), "utf8"));
    expect(manifest.documents.map((d: { source: string; output: string | null; errors: number; warnings: number }) => [d.source, d.output, d.errors, d.warnings])).toEqual([
      ["atlantis.txt", "documents/atlantis.json", 0, 1],
      ["empty.txt", null, 1, 0],
      ["nghe-an.txt", "documents/nghe-an.json", 0, 0],
      ["notes.txt", null, 1, 0],
      ["scan.pdf", null, 1, 0],
      ["short.txt", "documents/short.json", 0, 2],
      ["z-copy.txt", "documents/z-copy.json", 0, 1],
    ]);
    const csv = readFileSync(join(w.out, "targets.csv"), "utf8").trimEnd().split("\n");
    expect(csv).toHaveLength(1 + total);
    expect(csv.filter((row) => row.includes(",z-copy.txt,"))).toHaveLength(seedTargets);
  });

  test("warnings only: exit 0; --strict prints them as errors and exits 1", async () => {
    const w = ws({ "short.txt": resolution({ objectives: false }) });
    const plain = await cli(w.dir, "build");
    expect(plain.code).toBe(0);
    expect(lines(plain.stderr)).toEqual([
      "corpus/short.txt:1:1: warning: no objectives section (MỤC TIÊU) [structure-no-objectives]",
      "1 document, 0 targets → output (0 errors, 1 warning)",
    ]);
    const strict = await cli(w.dir, "build", "--strict");
    expect(strict.code).toBe(1);
    expect(lines(strict.stderr)).toEqual([
      "corpus/short.txt:1:1: error: no objectives section (MỤC TIÊU) [structure-no-objectives]",
      "1 document, 0 targets → output (1 error, 0 warnings)",
    ]);
  });

  test("a clean corpus: exit 0, nothing but the summary", async () => {
    const w = ws({ "thanh-hoa.txt": seed("thanh-hoa.txt"), "a.txt": resolution() });
    const { code, stderr } = await cli(w.dir, "build", "--out", "dataset");
    expect(code).toBe(0);
    const total = targetsOf(seed("thanh-hoa.txt")) + targetsOf(resolution());
    expect(stderr).toBe(`2 documents, ${total} targets → dataset (0 errors, 0 warnings)\n`);
    const files = tree(join(w.dir, "dataset"));
    expect(files.filter((f) => !f.startsWith("report/"))).toEqual([
      "comparison.csv",
      "comparison.json",
      "comparison.schema.json",
      "datapackage.json",
      "documents/a.json",
      "documents/thanh-hoa.json",
      "manifest.json",
      "report.html",
      "schema.json",
      "targets.csv",
    ]);
    // the report's other pages: the full table, each indicator, each province, each document's text
    const report = files.filter((f) => f.startsWith("report/"));
    expect(report).toContain("report/matrix.html");
    expect(report.filter((f) => f.startsWith("report/province-"))).toHaveLength(2);
    expect(report.filter((f) => f.startsWith("report/source-"))).toEqual(["report/source-a.html", "report/source-thanh-hoa.html"]);
    expect(readFileSync(join(w.dir, "dataset/report/source-a.html"), "utf8")).toMatch(/<mark id="t-/);
  });

  test("an unreadable file is one error; the others are built", async () => {
    const w = ws({ "a.txt": resolution(), "b.txt": resolution({ province: "Lào Cai" }) });
    if (process.getuid?.() === 0) {
      // root reads anything: a folder where a file should be fails the read instead
      rmSync(join(w.corpus, "b.txt"));
      mkdirSync(join(w.corpus, "b.txt"));
      writeFileSync(join(w.corpus, "c.txt"), resolution({ province: "Lào Cai" }));
      chmodSync(join(w.corpus, "c.txt"), 0o000);
    } else chmodSync(join(w.corpus, "b.txt"), 0o000);
    const { code, stderr } = await cli(w.dir, "build");
    // a sub-folder is not a corpus file: named, not read, not an error
    if (process.getuid?.() === 0) {
      expect(code).toBe(0);
      expect(lines(stderr)).toEqual([
        "corpus/b.txt:1:1: warning: a folder: not read (the build reads the files at the top of the corpus folder; move its files up to read them) [corpus-not-a-file]",
        "2 documents, 2 targets → output (0 errors, 1 warning)",
      ]);
    } else {
      expect(code).toBe(1);
      expect(lines(stderr)).toEqual(["corpus/b.txt:1:1: error: cannot read file: permission denied [read-failed]", "1 document, 1 target → output (1 error, 0 warnings; 1 file without a document)"]);
    }
  });
});

describe("bad usage: exit 2, nothing written", () => {
  test.each([
    [["build", "--corpus", "missing"], "nghiquyet build: cannot read --corpus 'missing': no such folder"],
    [["build", "--corpus", "corpus/a.txt"], "nghiquyet build: cannot read --corpus 'corpus/a.txt': not a folder"],
    [["build", "--corpus", "empty"], "nghiquyet build: no corpus files in --corpus 'empty'"],
    [["build", "--jobs", "many"], "nghiquyet build: --jobs expects a whole number from 0 to 64, not 'many'"],
    [["build", "--colour"], "nghiquyet build: Unknown option '--colour'"],
  ])("%j", async (argv, first) => {
    const w = ws({ "a.txt": resolution() });
    mkdirSync(join(w.dir, "empty"));
    const { code, stderr } = await cli(w.dir, ...argv);
    expect(code).toBe(2);
    expect(lines(stderr)[0].startsWith(first), lines(stderr)[0]).toBe(true);
    expect(lines(stderr)[1]).toMatch(/^usage: nghiquyet build /);
    expect(existsSync(w.out)).toBe(false);
  });

  test("an empty --corpus does not empty an existing dataset", async () => {
    const w = ws({ "a.txt": resolution() });
    expect((await cli(w.dir, "build")).code).toBe(0);
    mkdirSync(join(w.dir, "empty"));
    expect((await cli(w.dir, "build", "--corpus", "empty")).code).toBe(2);
    expect(readdirSync(join(w.out, "documents"))).toEqual(["a.json"]);
  });

  test("extract: a missing FILE is exit 2 with a compiler-style line", async () => {
    const w = ws({});
    const { code, stderr, stdout } = await cli(w.dir, "extract", "nowhere.txt");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("nowhere.txt:1:1: error: cannot read file: no such file or folder [read-failed]\n");
  });

  test("extract: errors exit 1, warnings exit 0 unless --strict", async () => {
    const w = ws({ "empty.txt": "", "short.txt": resolution({ implementation: false }) });
    const empty = await cli(w.dir, "extract", "corpus/empty.txt");
    expect([empty.code, empty.stderr]).toEqual([1, "corpus/empty.txt:1:1: error: file is empty [decode-empty]\n"]);
    expect(JSON.parse(empty.stdout).targets).toEqual([]);
    const short = await cli(w.dir, "extract", "corpus/short.txt");
    expect([short.code, short.stderr]).toEqual([0, "corpus/short.txt:1:1: warning: no implementation section (TỔ CHỨC THỰC HIỆN) [structure-no-implementation]\n"]);
    const strict = await cli(w.dir, "extract", "corpus/short.txt", "--strict");
    expect([strict.code, strict.stderr]).toEqual([1, "corpus/short.txt:1:1: error: no implementation section (TỔ CHỨC THỰC HIỆN) [structure-no-implementation]\n"]);
  });
});

describe("no stale documents", () => {
  test("a file that breaks between two builds loses its document; a removed file too", async () => {
    const w = ws({ "a.txt": resolution(), "b.txt": resolution({ province: "Lào Cai" }), "c.txt": resolution({ province: "Yên Bái" }) });
    expect((await cli(w.dir, "build")).code).toBe(0);
    expect(readdirSync(join(w.out, "documents")).sort()).toEqual(["a.json", "b.json", "c.json"]);
    writeFileSync(join(w.corpus, "b.txt"), Uint8Array.from([0, 1, 2, 0, 0, 3]));
    rmSync(join(w.corpus, "c.txt"));
    const second = await cli(w.dir, "build");
    expect(second.code).toBe(1);
    expect(lines(second.stderr)[0]).toBe("corpus/b.txt:1:1: error: file looks binary (NUL bytes or many control bytes), not text [decode-binary]");
    expect(readdirSync(join(w.out, "documents"))).toEqual(["a.json"]);
    const manifest = JSON.parse(readFileSync(join(w.out, "manifest.json"), "utf8"));
    expect(manifest.documents.map((d: { source: string; output: string | null }) => [d.source, d.output])).toEqual([
      ["a.txt", "documents/a.json"],
      ["b.txt", null],
    ]);
    expect(readFileSync(join(w.out, "targets.csv"), "utf8")).not.toContain("Lào Cai");
  });

  test("two names with one slug get two documents and a warning", async () => {
    const w = ws({ "a b.txt": resolution(), "a-b.txt": resolution({ province: "Lào Cai" }) });
    const { code, stderr } = await cli(w.dir, "build");
    expect(code).toBe(0);
    expect(lines(stderr)[0]).toBe("corpus/a-b.txt:1:1: warning: 'a b.txt' has the same output name; writing documents/a-b-2.json [output-name-collision]");
    expect(readdirSync(join(w.out, "documents")).sort()).toEqual(["a-b-2.json", "a-b.json"]);
    expect(JSON.parse(readFileSync(join(w.out, "documents", "a-b-2.json"), "utf8")).source.path).toBe("a-b.txt");
  });

  test("temp files and folders of a killed build are removed, those of a running process kept", async () => {
    const w = ws({ "a.txt": resolution() });
    mkdirSync(join(w.out, "documents"), { recursive: true });
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
    writeFileSync(join(w.out, "documents", `a.json.${dead}-1.tmp`), "{ half");
    writeFileSync(join(w.out, `targets.csv.${dead}-7.tmp`), "half");
    // the folder where a large build's comparison waited (src/compare/spill.ts)
    mkdirSync(join(w.out, `.comparison.${dead}-2.tmp`));
    writeFileSync(join(w.out, `.comparison.${dead}-2.tmp`, "0.spill"), "half");
    // the parent of this test process is alive: its temp file may be a write in flight
    writeFileSync(join(w.out, "documents", `b.json.${process.ppid}-3.tmp`), "{ in flight elsewhere");
    // one of this process that is not in flight is a leftover
    writeFileSync(join(w.out, "documents", `c.json.${process.pid}-999999.tmp`), "{ half");
    expect((await cli(w.dir, "build")).code).toBe(0);
    expect(tree(w.out).filter((n) => n.includes(".tmp"))).toEqual([`documents/b.json.${process.ppid}-3.tmp`]);
  });
});

describe("messages print safely", () => {
  test("control characters in file names are escaped, not sent to the terminal", async () => {
    const w = ws({ "x\u001b[2Jy\nz.txt": "" });
    const { stderr } = await cli(w.dir, "build");
    expect(lines(stderr)[0]).toBe("corpus/x\\u001b[2Jy\\u000az.txt:1:1: error: file is empty [decode-empty]");
  });

  test("compare and diff print through the same printer: a folder name is escaped too", async () => {
    const w = ws({});
    for (const argv of [["compare"], ["diff", "a", "b"]]) {
      const { code, stderr } = await cli(w.dir, ...argv, "--docs", "no\u001b]0;owned\u0007where");
      expect(code).toBe(2);
      expect(lines(stderr)[0]).toBe(`nghiquyet ${argv[0]}: cannot read --docs 'no\\u001b]0;owned\\u0007where': no such folder (run \`nghiquyet build\` first)`);
      expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    }
  });

  test("a usage error quotes the argument escaped, and so does an unknown command", async () => {
    const w = ws({});
    const bad = await cli(w.dir, "compare", "x\u001b[31my");
    expect([bad.code, lines(bad.stderr)[0]]).toEqual([2, "nghiquyet compare: unexpected argument 'x\\u001b[31my'"]);
    const unknown = await cli(w.dir, "b\nuild");
    expect([unknown.code, lines(unknown.stderr)[0]]).toEqual([2, "nghiquyet: unknown command 'b\\u000auild' (did you mean 'build'?)"]);
  });

  test("manifest --check: a stale manifest is one compiler-style line about the whole file", async () => {
    const w = ws({ "a.txt": "x\n" });
    const { code, stderr } = await cli(w.dir, "manifest", "--check");
    expect([code, stderr]).toEqual([1, "corpus/manifest.json:1:1: error: cannot read the manifest: no such file or folder; run nghiquyet manifest [manifest-missing]\n"]);
  });
});
