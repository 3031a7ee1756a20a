/** A corpus as users have it: a web page beside the text files, a folder, a dangling link, a README. */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildDataset } from "../../src/dataset/build.js";

const root = mkdtempSync(join(tmpdir(), "nghiquyet-read-build-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PAGE = `<!doctype html><html><body><nav class="menu">Trang chủ</nav><div class="noidung">
<p><b>NGHỊ QUYẾT</b></p><p><b>về chuyển đổi số tỉnh Nghệ An đến năm 2025</b></p>
<p><b>I. MỤC TIÊU</b></p><p>1. Đến năm 2025, kinh tế số chiếm 20% GRDP của tỉnh.</p>
<p><b>II. TỔ CHỨC THỰC HIỆN</b></p><p>1. Ban cán sự đảng UBND tỉnh lãnh đạo triển khai.</p></div></body></html>`;

describe("build: files that are not plain text", () => {
  test("the text read is written beside the documents, hashed in the manifest, cited by the document; nothing is skipped silently", async () => {
    const corpus = join(root, "corpus");
    const out = join(root, "out");
    mkdirSync(corpus);
    copyFileSync("corpus/thanh-hoa.txt", join(corpus, "thanh-hoa.txt"));
    writeFileSync(join(corpus, "nghe-an.html"), PAGE);
    writeFileSync(join(corpus, "README.md"), "# what this folder is\n");
    writeFileSync(join(corpus, "thanh-hoa.txt.gold.json"), '{ "targets": [{ "literal": "90%", "quote": "Đến năm 2025 đạt 90%" }] }\n');
    mkdirSync(join(corpus, "drafts"));
    symlinkSync(join(root, "gone.pdf"), join(corpus, "gone.pdf"));
    const skipped: string[] = [];
    const results = await buildDataset({ corpus, out, workers: 0, onSkip: (file, _reason, ruleId = "corpus-output-skipped", severity = "warning") => skipped.push(`${file} ${ruleId} ${severity}`) });
    expect(skipped).toEqual(["README.md corpus-readme-skipped info", "drafts corpus-not-a-file warning", "gone.pdf corpus-not-a-file warning", "thanh-hoa.txt.gold.json corpus-data-skipped info"]);
    expect(results.map((r) => r.path)).toEqual(["nghe-an.html", "thanh-hoa.txt"]);

    const document = JSON.parse(readFileSync(join(out, "documents", "nghe-an.json"), "utf8"));
    expect(document.source).toMatchObject({ format: "html", text: "text/nghe-an.txt" });
    const text = readFileSync(join(out, "text", "nghe-an.txt"), "utf8");
    for (const t of document.targets) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.literal);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.documents[0]).toMatchObject({ source: "nghe-an.html", text: "text/nghe-an.txt", textSha256: createHash("sha256").update(text).digest("hex") });
    // a text file has no text written, and no format
    expect(manifest.documents[1].text).toBeUndefined();
    expect(JSON.parse(readFileSync(join(out, "documents", "thanh-hoa.json"), "utf8")).source.format).toBeUndefined();

    // the page gone from the corpus, its text goes too
    rmSync(join(corpus, "nghe-an.html"));
    await buildDataset({ corpus, out, workers: 0 });
    expect(existsSync(join(out, "text", "nghe-an.txt"))).toBe(false);
  });
});
