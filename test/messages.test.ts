// One way to report: every stage reports a Problem through report(), every message has a
// rule id, a place and the source "nghiquyet", and one printer prints them all, escaped.
import { describe, expect, test } from "vitest";
import { VFile } from "vfile";
import { asMessage, fileStart, formatProblem, printable, report, type Problem } from "../src/messages.js";
import { decode } from "../src/stages/decode/index.js";
import { normalize } from "../src/stages/normalize/index.js";
import { segment } from "../src/stages/segment/index.js";
import { validate } from "../src/stages/validate.js";
import { extract } from "../src/pipeline.js";
import { LineIndex } from "../src/text/location.js";
import { toSource } from "../src/text/mapped-text.js";
import type { Document, Position } from "../src/schema/document.js";
import { resolution, TITLE, utf8 } from "./support/resolution.js";

const at = (line: number, column: number, offset: number): Position => ({
  start: { line, column, offset },
  end: { line, column, offset },
});

/** each message of the file: its rule id, its place as line:column, its source */
function described(file: VFile): string[] {
  return file.messages.map((m) => {
    const place = m.place && "start" in m.place ? m.place.start : null;
    return `${m.ruleId}@${place ? `${place.line}:${place.column}` : "none"} ${m.source}`;
  });
}

describe("report", () => {
  test("a problem becomes a vfile message with its rule id, place, source and severity", () => {
    const file = new VFile({ path: "a.txt", value: "x\ny" });
    report(file, { ruleId: "r-error", severity: "error", reason: "bad", place: at(2, 1, 2) });
    report(file, { ruleId: "r-warning", severity: "warning", reason: "odd" });
    report(file, { ruleId: "r-info", severity: "info", reason: "fyi", place: null });
    expect(file.messages.map((m) => [m.reason, m.ruleId, m.source, m.fatal, m.line, m.column])).toEqual([
      ["bad", "r-error", "nghiquyet", true, 2, 1],
      ["odd", "r-warning", "nghiquyet", false, 1, 1],
      ["fyi", "r-info", "nghiquyet", undefined, 1, 1],
    ]);
  });

  test("asMessage: the same problem as a document message, for the build that has no file", () => {
    expect(asMessage({ ruleId: "duplicate-content", severity: "warning", reason: "same content as a.txt" })).toEqual({
      reason: "same content as a.txt",
      ruleId: "duplicate-content",
      source: "nghiquyet",
      severity: "warning",
      place: fileStart(),
    });
  });
});

describe("formatProblem, the one printer", () => {
  const problem: Problem = { ruleId: "deadline-missing", severity: "warning", reason: "objectives heading without a year", place: at(41, 3, 900) };

  test("prints the compiler form, and the whole-file form, --strict and a problem about no file", () => {
    expect(formatProblem("corpus/kien-giang.txt", problem)).toBe("corpus/kien-giang.txt:41:3: warning: objectives heading without a year [deadline-missing]");
    expect(formatProblem("corpus/kien-giang.txt", problem, { strict: true })).toBe("corpus/kien-giang.txt:41:3: error: objectives heading without a year [deadline-missing]");
    expect(formatProblem("corpus/empty.txt", asMessage({ ruleId: "decode-empty", severity: "error", reason: "file is empty" }))).toBe("corpus/empty.txt:1:1: error: file is empty [decode-empty]");
    expect(formatProblem("output/documents", { ruleId: "documents-empty", severity: "error", reason: "no document JSON" })).toBe("output/documents: error: no document JSON [documents-empty]");
    expect(formatProblem(null, { ruleId: "compare-unknown-province", severity: "warning", reason: "no document for 'x'" })).toBe("warning: no document for 'x' [compare-unknown-province]");
  });

  test("escapes control characters in the file name, the reason and the rule id: one line, no terminal codes", () => {
    const line = formatProblem("corpus/x\u001b[2Jy\nz.txt", { ruleId: "rule\r", severity: "error", reason: "a\tb\u0007\u007f\u009b", place: at(1, 1, 0) });
    expect(line).toBe("corpus/x\\u001b[2Jy\\u000az.txt:1:1: error: a\\u0009b\\u0007\\u007f\\u009b [rule\\u000d]");
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  test("escapes the other non-printables: separators, bidi and zero-width format characters, lone surrogates", () => {
    expect(printable("a\u2028b\u2029c")).toBe("a\\u2028b\\u2029c");
    expect(printable("'\u202egnp.exe'")).toBe("'\\u202egnp.exe'");
    expect(printable("x\u200by\ufeffz\u2066")).toBe("x\\u200by\\ufeffz\\u2066");
    expect(printable("\ud800 \udc00")).toBe("\\ud800 \\udc00");
    expect(printable("tag\u{e0041}")).toBe("tag\\u{e0041}");
  });

  test("leaves printable text as it is: Vietnamese letters, symbols, paired surrogates, backslashes", () => {
    const text = "Tỉnh Thanh Hóa: ≥ 80% «hồ sơ» 😀 C:\\corpus\\a.txt";
    expect(printable(text)).toBe(text);
  });
});

/** every message a stage leaves on the file has a rule id, a place and the source */
function expectWellFormed(file: VFile): void {
  expect(file.messages.length).toBeGreaterThan(0);
  for (const m of file.messages) {
    expect(m.ruleId).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(m.source).toBe("nghiquyet");
    expect(m.place).toMatchObject({ start: { line: expect.any(Number), column: expect.any(Number), offset: expect.any(Number) } });
  }
}

describe("every stage's messages carry a rule id, a place and the source", () => {
  test("decode: problems with rule ids, placed in the decoded text where they are about a place", () => {
    const bytes = new Uint8Array([...utf8("Nghị quyết\nsố "), 0xff, ...utf8(" năm 2025")]);
    const decoded = decode(bytes);
    expect(decoded.problems).toEqual([
      { ruleId: "decode-invalid-utf8", severity: "warning", reason: expect.stringMatching(/^1 ill-formed UTF-8 sequence \(first at byte/), place: at(2, 4, 14) },
    ]);
    expect(decoded.text.slice(14, 15)).toBe("\ufffd");
    expect(decode(new Uint8Array()).problems).toEqual([{ ruleId: "decode-empty", severity: "error", reason: "file is empty" }]);
    // through the pipeline, the same place on the file
    const { file } = extract(bytes, { path: "bad.txt" });
    expectWellFormed(file);
    expect(described(file)[0]).toBe("decode-invalid-utf8@2:4 nghiquyet");
  });

  test("normalize", () => {
    const raw = "Vie\u0323\u0302t\u200B Nam\n\nTrang 2\n";
    const file = new VFile({ value: raw });
    normalize(raw, file);
    expectWellFormed(file);
    expect(described(file).sort()).toEqual(["normalize-invisible@1:1 nghiquyet", "normalize-nfc@1:1 nghiquyet", "normalize-page-number@1:1 nghiquyet"]);
  });

  test("segment: the skipped numeral is placed at its heading", () => {
    const raw = `${TITLE}\nI. TÌNH HÌNH\n\nx.\n\nIII. NHIỆM VỤ VÀ GIẢI PHÁP\n\ny.\n`;
    const file = new VFile({ value: raw });
    const normalized = normalize(raw);
    const lines = new LineIndex(raw);
    segment(normalized, file, (start, end) => lines.position(...toSource(normalized, start, end)));
    expectWellFormed(file);
    expect(described(file)).toEqual(["section-numbering@8:1 nghiquyet"]);
    expect(file.messages[0].fatal).toBe(false);
  });

  test("validate", () => {
    const file = new VFile({ value: "" });
    const { document } = extract(utf8(resolution()), { path: "a.txt" });
    validate({ ...document, schemaVersion: 1 } as unknown as Document, file);
    expectWellFormed(file);
    expect(described(file)).toEqual(["schema-invalid@1:1 nghiquyet"]);
    expect(file.messages[0].fatal).toBe(true);
  });

  test("the whole pipeline: document messages keep rule id, place and source", () => {
    const head = TITLE.replace("Quảng Ngãi", "Atlantis");
    const raw = resolution({ head }).replace("IV. TỔ CHỨC THỰC HIỆN", "IV. PHỤ LỤC");
    const { document, file } = extract(utf8(raw), { path: "a.txt" });
    expectWellFormed(file);
    // the province is placed at "tỉnh Atlantis" in the title's line
    const column = head.split("\n")[2].indexOf("tỉnh Atlantis") + 1;
    expect(described(file)).toEqual(["structure-no-implementation@1:1 nghiquyet", `province-unknown@3:${column} nghiquyet`, "targets-none@1:1 nghiquyet"]);
    for (const m of document.messages) {
      expect(m.source).toBe("nghiquyet");
      expect(m.place).not.toBeNull();
    }
  });
});
