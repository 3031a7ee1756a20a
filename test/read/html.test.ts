import { describe, expect, test } from "vitest";
import { readHtml } from "../../src/stages/read/html.js";

const page = (content: string) => `<!doctype html><html><head><title>Văn bản</title><script>var a = "100%";</script></head><body>
<nav class="main-menu"><a href="/">Trang chủ</a> <a href="/vb">Văn bản 2025</a></nav>
<div class="breadcrumb">Trang chủ &gt; Văn bản</div>
<b>Warning</b>: Undefined variable $id in <b>/var/www/vb.php</b> on line <b>42</b><br>
<div class="content1"><div id="loading">Đang tải nội dung…</div>
<div class="toanvan">${content}</div></div>
<div class="vblienquan"><h3>Văn bản liên quan</h3><ul><li><a href="/1">Kế hoạch: 80% hồ sơ đến năm 2025</a></li></ul></div>
<footer>© 2021, điện thoại 0123 456 789</footer></body></html>`;

describe("readHtml: the document's body, without the site around it", () => {
  test("menus, breadcrumb, PHP warning, loading notice, related links and footer are dropped; bold kept as markdown", () => {
    const { text } = readHtml(page(`<p><b>II. MỤC TIÊU</b></p><p>- Kinh tế số chiếm <b>20%</b> GRDP.</p><p>- 90%\nhồ sơ   công việc.</p>`));
    expect(text).toBe("**II. MỤC TIÊU**\n\n- Kinh tế số chiếm **20%** GRDP.\n\n- 90% hồ sơ công việc.\n");
  });

  test("a table is a pipe table: header row, separator, cells escaped, spans filled", () => {
    const { text, tables } = readHtml(
      page(`<p>Phụ lục</p><table><tr><th>TT</th><th>Chỉ tiêu</th><th>Năm 2025</th><th>Năm 2030</th></tr>
<tr><td colspan="4"><b>I</b> Chính quyền số</td></tr>
<tr><td rowspan="2">1</td><td>Hồ sơ | trực tuyến</td><td>≥ 80</td><td>100</td></tr>
<tr><td>Dịch vụ công</td><td>50</td><td>80</td></tr></table>`),
    );
    expect(tables).toBe(1);
    expect(text).toBe(
      [
        "Phụ lục",
        "",
        "| TT | Chỉ tiêu | Năm 2025 | Năm 2030 |",
        "| --- | --- | --- | --- |",
        "| **I** Chính quyền số |  |  |  |",
        "| 1 | Hồ sơ \\| trực tuyến | ≥ 80 | 100 |",
        "|  | Dịch vụ công | 50 | 80 |",
        "",
      ].join("\n"),
    );
  });

  test("a leading two-column table without headings is the header block, a column at a time", () => {
    const { text, tables } = readHtml(
      page(`<table><tr><td><b>TỈNH ỦY NGHỆ AN</b><br>*<br>Số 09-NQ/TU</td><td><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br><i>Nghệ An, ngày 1 tháng 2 năm 2022</i></td></tr></table><p><b>NGHỊ QUYẾT</b></p>`),
    );
    expect(tables).toBe(0);
    expect(text).toBe("**TỈNH ỦY NGHỆ AN**\n\n*\n\nSố 09-NQ/TU\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nNghệ An, ngày 1 tháng 2 năm 2022\n\n**NGHỊ QUYẾT**\n");
  });

  test("a numbered list keeps its numbers (Word's numbering, through mammoth)", () => {
    expect(readHtml(`<ol><li>Mục tiêu</li><li>Nhiệm vụ</li></ol>`).text).toBe("1. Mục tiêu\n\n2. Nhiệm vụ\n");
  });

  test("a page without a content element: the body, its chrome dropped", () => {
    expect(readHtml(`<body><nav>Menu 1 2 3</nav><p>Đang tải nội dung...</p><p>Đạt 100% xã.</p></body>`).text).toBe("Đạt 100% xã.\n");
  });
});
