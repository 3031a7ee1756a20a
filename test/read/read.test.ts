/** The read stage's messages for what it cannot read, and its cache. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { extractFile } from "../../src/pipeline.js";
import { readInput } from "../../src/stages/read/index.js";

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "nghiquyet-read-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const PAGE = `<!doctype html><html><body><nav class="menu">Trang chủ</nav><div class="noidung">
<p><b>NGHỊ QUYẾT</b></p><p><b>về chuyển đổi số tỉnh Nghệ An đến năm 2025</b></p>
<p><b>I. MỤC TIÊU</b></p><p>1. Đến năm 2025, kinh tế số chiếm 20% GRDP của tỉnh.</p>
<p><b>II. TỔ CHỨC THỰC HIỆN</b></p><p>1. Ban cán sự đảng UBND tỉnh lãnh đạo triển khai.</p></div></body></html>`;

describe("what cannot be read is one error naming the fix", () => {
  test("an old Word .doc", async () => {
    const read = await readInput(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { path: "nq.doc" });
    expect(read.problems).toEqual([{ ruleId: "read-doc-unsupported", severity: "error", reason: expect.stringContaining("save it as .docx") }]);
  });

  test("a zip that is not a Word document", async () => {
    const read = await readInput(Buffer.from("PK\x03\x04\0\0mimetypeapplication/epub+zip", "latin1"), { path: "a.zip" });
    expect(read.problems[0]).toMatchObject({ ruleId: "read-unsupported", severity: "error" });
    expect(read.problems[0].reason).toMatch(/^a zip archive, which cannot be read: save it as PDF, DOCX, HTML or text/);
  });

  test("a PDF pdf.js cannot open", async () => {
    const read = await readInput(Buffer.from("%PDF-1.7\nnot really a pdf"), { path: "a.pdf" });
    expect(read.problems[0]).toMatchObject({ ruleId: "read-pdf-damaged", severity: "error" });
  });

  test("an image without Tesseract on the machine: the one message names the install", async () => {
    const path = process.env.PATH;
    process.env.PATH = temp();
    try {
      const read = await readInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { path: "scan.png" });
      expect(read.problems).toEqual([
        { ruleId: "read-ocr-unavailable", severity: "error", reason: expect.stringMatching(/^an image \(PNG\) needs OCR to be read: Tesseract is not installed \(on Debian or Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils\)$/) },
      ]);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe("a page read through the pipeline", () => {
  test("its document says the format, cites the text read, and reads the targets", async () => {
    const { document, text } = await extractFile(Buffer.from(PAGE), { path: "nghe-an.html" });
    expect(document.source).toMatchObject({ path: "nghe-an.html", format: "html", encoding: "utf-8", bytes: Buffer.byteLength(PAGE) });
    expect(document.messages.filter((m) => m.ruleId === "read-format").map((m) => m.severity)).toEqual(["info"]);
    expect(document.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([["digital_economy_grdp", 20, 2025]]);
    const t = document.targets[0];
    expect(text!.slice(t.position.start.offset, t.position.end.offset)).toBe("20%");
    expect(t.page).toBeUndefined();
  });

  test("text and markdown are read as before: no text written, no format for text", async () => {
    const bytes = readFileSync("corpus/nghe-an.txt");
    const { document, text } = await extractFile(bytes, { path: "nghe-an.txt" });
    expect(text).toBeNull();
    expect(document.source.format).toBeUndefined();
    expect((await extractFile(bytes, { path: "nghe-an.md" })).document.source.format).toBe("markdown");
  });
});

describe("the cache: a reading is kept by the file's sha256 and the readers' versions", () => {
  test("a second read of the same bytes comes from the cache, not from parsing again", async () => {
    const cacheDir = temp();
    const first = await readInput(Buffer.from(PAGE), { path: "a.html", cacheDir });
    const [entry] = readdirSync(cacheDir);
    expect(entry).toMatch(/^[0-9a-f]{64}-[0-9a-f]{12}\.json$/);
    // what is in the cache is what is read: changed by hand, the change comes back
    const kept = JSON.parse(readFileSync(join(cacheDir, entry), "utf8"));
    writeFileSync(join(cacheDir, entry), JSON.stringify({ ...kept, text: "from the cache\n" }));
    expect((await readInput(Buffer.from(PAGE), { path: "a.html", cacheDir })).text).toBe("from the cache\n");
    expect((await readInput(Buffer.from(PAGE + " "), { path: "a.html", cacheDir })).text).toBe(first.text);
  });

  test("an error is not cached: installing Tesseract makes the next build read the scan", async () => {
    const cacheDir = temp();
    await readInput(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { path: "a.doc", cacheDir });
    await readInput(Buffer.from("%PDF-1.7\nbroken"), { path: "a.pdf", cacheDir });
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe("a scan's target read from words of low confidence", () => {
  test("gets its page, box and confidence, and a warning to check it on the page", async () => {
    const { extract } = await import("../../src/pipeline.js");
    const text = "NGHỊ QUYẾT\n\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025\n\nI. MỤC TIÊU\n\n1. Đến năm 2025, kinh tế số chiếm 20% GRDP của tỉnh.\n";
    const at = text.indexOf("20%");
    const layout = {
      pages: [{ width: 595, height: 842 }],
      spans: [
        { start: 0, end: at, page: 1, box: [85, 700, 500, 713] as [number, number, number, number], confidence: 95 },
        { start: at, end: at + 3, page: 1, box: [300, 600, 330, 613] as [number, number, number, number], confidence: 41 },
      ],
    };
    const { document } = extract(text, { path: "scan.pdf", read: { format: "pdf-scan", layout, problems: [] } });
    const [t] = document.targets;
    expect(t).toMatchObject({ literal: "20%", page: 1, bbox: [300, 600, 330, 613], confidence: 41 });
    expect(document.messages.filter((m) => m.ruleId === "read-low-confidence")).toEqual([
      expect.objectContaining({ severity: "warning", reason: "'20%' was read by OCR from words of low confidence (41 of 100): check it on page 1", place: t.position }),
    ]);
  });
});
