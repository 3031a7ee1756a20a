import { describe, expect, test } from "vitest";
import { detectFormat } from "../../src/stages/read/detect.js";

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("detectFormat: the bytes first, the extension second", () => {
  test.each([
    ["%PDF-1.7\n%âãÏÓ\n", "a.txt", "pdf"],
    ["\n\n%PDF-1.4\n", "scan", "pdf"],
    [bytes([0x50, 0x4b, 0x03, 0x04], "\0\0\0\0word/document.xml"), "x.bin", "docx"],
    [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "\0\0"), "nq.docx", "doc"],
    [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "a.txt", "image"],
    [bytes([0xff, 0xd8, 0xff, 0xe0]), "a", "image"],
    [bytes([0x49, 0x49, 0x2a, 0x00]), "a.tif", "image"],
    ["<!DOCTYPE html><html><body>x</body></html>", "page", "html"],
    ["\ufeff  <!-- saved --> <html lang=vi>", "page.txt", "html"],
    ["NGHỊ QUYẾT\nvề chuyển đổi số", "nq.html", "html"],
    ["NGHỊ QUYẾT\nvề chuyển đổi số", "nq.md", "markdown"],
    ["NGHỊ QUYẾT <b>x</b>", "nq.txt", "text"],
  ])("%j named %s is %s", (content, name, format) => {
    expect(detectFormat(typeof content === "string" ? Buffer.from(content, "utf8") : content, name).format).toBe(format);
  });

  test("a zip that is not a Word document, an .rtf: unknown, said in words", () => {
    expect(detectFormat(bytes([0x50, 0x4b, 0x03, 0x04], "\0content.xml"), "a.odt")).toEqual({ format: "unknown", what: "an OpenDocument file (.odt)" });
    expect(detectFormat(Buffer.from("{\\rtf1\\ansi x}"), "a.rtf")).toEqual({ format: "unknown", what: "a Rich Text file (.rtf)" });
  });
});
