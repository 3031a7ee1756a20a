#!/usr/bin/env node
/**
 * Renders documents of the corpus (markdown-ish text) in the forms provinces publish them,
 * to measure that each form gives the targets the text gives (test/read/formats.test.ts,
 * scripts/measure-formats.ts):
 *
 *   NAME.pdf       an HTML rendering with an administrative layout (A4, serif 13 pt, the
 *                  issuer and the motto side by side in a header table, justified
 *                  paragraphs with a first-line indent, a running header, page numbers)
 *                  printed by headless Chromium
 *   NAME.scan.pdf  that PDF rasterized at 200 dpi (poppler's pdftoppm, grey) and printed
 *                  back as pages that are only images: a scan
 *   NAME.docx      a Word document (OOXML written here, zipped with fflate): paragraphs,
 *                  bold runs, the header table, tables
 *   NAME.html      a page as a legal database serves it: menus, a breadcrumb, a loading
 *                  notice, a PHP warning, related documents and a footer around the text
 *
 *   node scripts/render-formats.mjs [--out DIR] [--forms pdf,scan,docx,html] [FILE.txt …]
 *
 * Needs /usr/bin/chromium (.ci/install-chromium.sh) for pdf and scan, pdftoppm
 * (.ci/install-ocr.sh) for scan.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { zipSync, strToU8 } from "fflate";

const CHROMIUM = "/usr/bin/chromium";
const SCAN_DPI = 200;

// ---- the text's blocks -------------------------------------------------------------------

/** inline markdown: runs of text, bold or not */
function runs(line) {
  const out = [];
  const re = /\*\*\*(.+?)\*\*\*|\*\*(.+?)\*\*|\*(.+?)\*|([^*]+|\*)/g;
  let m;
  while ((m = re.exec(line))) {
    if (m[1] !== undefined) out.push({ text: m[1], bold: true, italic: true });
    else if (m[2] !== undefined) out.push({ text: m[2], bold: true });
    else if (m[3] !== undefined) out.push({ text: m[3], italic: true });
    else out.push({ text: m[4] });
  }
  return out.map((r) => ({ ...r, text: r.text.replace(/\\([*_\\])/g, "$1") })).filter((r) => r.text !== "");
}

/**
 * the document as blocks: { kind: "p", lines: [runs…] }, { kind: "table", rows: [[cell…]] },
 * and the header block { kind: "header", left: [lines], right: [lines] } made of the
 * lines above the title (a date line goes right, under the motto)
 */
export function blocks(text) {
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  const out = [];
  const dateLines = [];
  let titleSeen = false;
  for (const para of paragraphs) {
    const lines = para.split("\n").map((l) => l.replace(/^#{1,6}\s+/, "").replace(/\s+$/, "")).filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    if (lines.every((l) => /^\s*-{3,}\s*$/.test(l))) continue;
    if (lines.every((l) => l.trim().startsWith("|"))) {
      const rows = lines.filter((l) => !/^\s*\|[\s:|-]+\|\s*$/.test(l)).map((l) => l.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((c) => c.trim()));
      out.push({ kind: "table", rows });
      continue;
    }
    if (!titleSeen && /NGHỊ QUYẾT|KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH/.test(lines[0])) titleSeen = true;
    if (!titleSeen && lines.length === 1 && /ngày\s+\d+\s+tháng/.test(lines[0])) {
      dateLines.push(lines[0]);
      continue;
    }
    // bold that runs over a line break is closed at the end of the line and opened again
    let open = false;
    const balanced = lines.map((l) => {
      let line = (open ? "**" : "") + l.trim();
      const odd = (line.match(/\*\*/g) ?? []).length % 2 === 1;
      if (odd) line += "**";
      open = odd;
      return line;
    });
    out.push({ kind: "p", lines: balanced.map((l) => runs(l)) });
  }
  const province = /(?:tỉnh|thành phố)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)/u.exec(text)?.[1] ?? "";
  out.unshift({
    kind: "header",
    left: [[{ text: `TỈNH ỦY ${province.toUpperCase()}`.trim(), bold: true }], [{ text: "*" }]],
    right: [[{ text: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true }], ...dateLines.map((l) => runs(l))],
  });
  return out;
}

// ---- HTML --------------------------------------------------------------------------------

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const htmlRuns = (rs) => rs.map((r) => { const t = r.italic ? `<i>${esc(r.text)}</i>` : esc(r.text); return r.bold ? `<b>${t}</b>` : t; }).join("");
const htmlCell = (cell) => htmlRuns(runs(cell.replace(/\\\|/g, "|")));

function htmlBody(doc) {
  return doc
    .map((b) => {
      if (b.kind === "header")
        return `<table class="header"><tr><td>${b.left.map(htmlRuns).join("<br>")}</td><td>${b.right.map(htmlRuns).join("<br>")}</td></tr></table>`;
      if (b.kind === "table")
        return `<table class="grid">${b.rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${htmlCell(c)}</th>` : `<td>${htmlCell(c)}</td>`)).join("")}</tr>`).join("")}</table>`;
      const centred = b.lines.every((l) => l.every((r) => r.bold) || l.map((r) => r.text).join("").length < 60) && b.lines.length <= 5 && !/^[-+•]|^\d|^[a-zđ][).]/.test(b.lines[0].map((r) => r.text).join(""));
      return `<p${centred ? ' class="c"' : ""}>${b.lines.map(htmlRuns).join("<br>")}</p>`;
    })
    .join("\n");
}

const PRINT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.3; }
p { margin: 0 0 6pt; text-align: justify; text-indent: 1.27cm; }
p.c { text-align: center; text-indent: 0; }
table.header { width: 100%; border-collapse: collapse; margin-bottom: 18pt; }
table.header td { width: 50%; text-align: center; vertical-align: top; font-size: 13pt; }
table.grid { width: 100%; border-collapse: collapse; margin: 6pt 0; }
table.grid th, table.grid td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; font-size: 12pt; }
`;

function printHtml(doc, title) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${PRINT_CSS}</style></head><body>\n${htmlBody(doc)}\n</body></html>`;
}

/** a page as a legal database serves it: the document inside the site */
function databasePage(doc, title) {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)} - Cơ sở dữ liệu văn bản</title>
<script>window.dataLayer = [{ page: "van-ban", so: "100%" }];</script>
<style>.main-menu li { display: inline; }</style></head>
<body>
<div class="header-top"><a href="/">Đăng nhập</a> | <a href="/">Đăng ký</a></div>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/vb">Văn bản pháp luật</a></li><li><a href="/hd">Hỏi đáp: 30 năm chuyển đổi số</a></li></ul></nav>
<div class="breadcrumb">Trang chủ &gt; Văn bản &gt; Nghị quyết</div>
<br />
<b>Warning</b>:  Undefined variable $id in <b>/var/www/html/vanban.php</b> on line <b>42</b><br />
<div class="banner"><img src="/banner.png" alt="Cổng thông tin 2025"></div>
<div id="main">
<div class="content1">
<div class="toolbar"><a href="#">In</a> <a href="#">Tải về</a> <a href="#">Chia sẻ</a></div>
<div id="loading">Đang tải nội dung…</div>
<div class="toanvan">
${htmlBody(doc)}
</div>
</div>
<div class="vblienquan"><h3>Văn bản liên quan</h3><ul>
<li><a href="/vb/1">Kế hoạch 15/KH-UBND: 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng đến năm 2025</a></li>
<li><a href="/vb/2">Quyết định 749/QĐ-TTg: kinh tế số chiếm 20% GDP</a></li>
</ul></div>
</div>
<footer class="site-footer">© 2021 Cơ sở dữ liệu văn bản. Giấy phép số 27/GP-TTĐT. Điện thoại 0123 456 789.</footer>
</body></html>
`;
}

// ---- DOCX --------------------------------------------------------------------------------

const xmlEsc = (s) => esc(s).replace(/"/g, "&quot;");
const wRuns = (rs) =>
  rs.map((r) => `<w:r>${r.bold || r.italic ? `<w:rPr>${r.bold ? "<w:b/>" : ""}${r.italic ? "<w:i/>" : ""}</w:rPr>` : ""}<w:t xml:space="preserve">${xmlEsc(r.text)}</w:t></w:r>`).join("");
const wLines = (lines) => lines.map((l, i) => (i > 0 ? "<w:r><w:br/></w:r>" : "") + wRuns(l)).join("");
const wPara = (lines, centred) => `<w:p>${centred ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '<w:pPr><w:jc w:val="both"/><w:ind w:firstLine="720"/></w:pPr>'}${wLines(lines)}</w:p>`;
const wCell = (content) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${content}</w:tc>`;

function documentXml(doc) {
  const body = doc
    .map((b) => {
      if (b.kind === "header")
        return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tr>${wCell(b.left.map((l) => wPara([l], true)).join(""))}${wCell(b.right.map((l) => wPara([l], true)).join(""))}</w:tr></w:tbl>`;
      if (b.kind === "table")
        return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${b.rows
          .map((r) => `<w:tr>${r.map((c) => wCell(wPara([runs(c.replace(/\\\|/g, "|"))], false))).join("")}</w:tr>`)
          .join("")}</w:tbl>`;
      return wPara(b.lines, false);
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

function docx(doc) {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
      "word/document.xml": strToU8(documentXml(doc)),
    },
    { mtime: new Date("2021-01-01T00:00:00Z") },
  );
}

// ---- PDF and scan ------------------------------------------------------------------------

async function withBrowser(fn) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

async function printPdf(browser, html, title) {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: "load" });
  const pdf = await page.pdf({
    format: "A4",
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:9pt;font-family:serif;width:100%;text-align:right;margin-right:15mm">${esc(title)}</div>`,
    footerTemplate: `<div style="font-size:10pt;font-family:serif;width:100%;text-align:center"><span class="pageNumber"></span></div>`,
  });
  await page.close();
  return pdf;
}

/** the PDF's pages as 200-dpi grey images, printed back one image to a page */
async function scanPdf(browser, pdf) {
  const dir = mkdtempSync(join(tmpdir(), "render-scan-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", String(SCAN_DPI), "-gray", "-png", join(dir, "in.pdf"), join(dir, "p")]);
    const images = readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")));
    const html = `<!doctype html><html><head><style>@page{size:A4;margin:0}body{margin:0}img{display:block;width:210mm;height:297mm;page-break-after:always}</style></head><body>${images
      .map((f) => `<img src="data:image/png;base64,${readFileSync(join(dir, f)).toString("base64")}">`)
      .join("")}</body></html>`;
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const scan = await page.pdf({ format: "A4", printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
    await page.close();
    return scan;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- main --------------------------------------------------------------------------------

export async function render(files, { out, forms }) {
  mkdirSync(out, { recursive: true });
  const written = [];
  const docs = files.map((file) => {
    const text = readFileSync(file, "utf8");
    const title = /(NGHỊ QUYẾT|KẾ HOẠCH)/.exec(text)?.[1] ?? "VĂN BẢN";
    return { name: basename(file).replace(/\.[^.]+$/, ""), doc: blocks(text), title: `${title[0]}${title.slice(1).toLowerCase()} về chuyển đổi số` };
  });
  for (const { name, doc, title } of docs) {
    if (forms.includes("docx")) written.push(write(join(out, `${name}.docx`), docx(doc)));
    if (forms.includes("html")) written.push(write(join(out, `${name}.html`), databasePage(doc, title)));
  }
  if (forms.includes("pdf") || forms.includes("scan"))
    await withBrowser(async (browser) => {
      for (const { name, doc, title } of docs) {
        const pdf = await printPdf(browser, printHtml(doc, title), title);
        if (forms.includes("pdf")) written.push(write(join(out, `${name}.pdf`), pdf));
        if (forms.includes("scan")) written.push(write(join(out, `${name}.scan.pdf`), await scanPdf(browser, pdf)));
      }
    });
  return written;
}

function write(path, bytes) {
  writeFileSync(path, bytes);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    options: { out: { type: "string", default: "/tmp/nghiquyet-forms" }, forms: { type: "string", default: "pdf,scan,docx,html" } },
    allowPositionals: true,
  });
  const files = positionals.length ? positionals : readdirSync("corpus").filter((f) => f.endsWith(".txt")).sort().map((f) => join("corpus", f));
  const written = await render(files, { out: values.out, forms: values.forms.split(",") });
  for (const w of written) console.log(w);
}
