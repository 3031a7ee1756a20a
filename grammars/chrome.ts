/**
 * What a web page of a legal database or portal wraps around a document and is not the
 * document: loading notices, server warnings, the links and buttons of the site. The HTML
 * reader drops an element whose class or id names site furniture, and a line that is
 * one of these phrases.
 */
import { rule } from "../src/grammar/rule.js";

/** a line that is a page's own words, not the document's */
const chromeLine = rule({
  name: "chrome-line",
  pattern: String.raw`^(?:Đang tải(?: nội dung| dữ liệu| văn bản)?\s*(?:…|\.{3})?|Loading\s*(?:…|\.{3})?|(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards):\s.{0,400}\son line\s\d+|In(?: văn bản| trang)?|Tải về|Tải văn bản|Chia sẻ|Lưu trữ|Theo dõi văn bản|Báo lỗi|Gửi liên kết|Xem thêm|Văn bản liên quan|Bản in|Đăng nhập|Đăng ký|Trang chủ(?:\s*[>›»/].{0,200})?)$`,
  examples: [
    { text: "Đang tải nội dung…", match: "Đang tải nội dung…" },
    { text: "Đang tải văn bản...", match: "Đang tải văn bản..." },
    { text: "Warning: Undefined variable $id in /var/www/html/vanban.php on line 42", match: "Warning: Undefined variable $id in /var/www/html/vanban.php on line 42" },
    { text: "Notice: Trying to access array offset in /srv/index.php on line 7", match: "Notice: Trying to access array offset in /srv/index.php on line 7" },
    { text: "Trang chủ > Văn bản > Nghị quyết", match: "Trang chủ > Văn bản > Nghị quyết" },
    { text: "Văn bản liên quan", match: "Văn bản liên quan" },
    { text: "Tải về", match: "Tải về" },
  ],
  counterexamples: [
    "Đang tải nội dung các văn bản lên Cổng thông tin điện tử của tỉnh đạt 100%",
    "In ấn, phát hành tài liệu tuyên truyền",
    "Warning: không có số liệu",
    "Chia sẻ dữ liệu giữa các cơ quan nhà nước đạt 100%",
    "Trang chủ của Cổng thông tin điện tử tỉnh được nâng cấp",
  ],
});

/** a class or id that names site furniture: menus, banners, breadcrumbs, related links, sharing */
const chromeName = rule({
  name: "chrome-name",
  pattern: String.raw`(?:^|[\s_-])(?:menu|nav|navbar|navigation|banner|breadcrumbs?|footer|sidebar|side-?bar|related|lienquan|vblienquan|share|social|comment|comments|advert|ads|quangcao|login|search|timkiem|toolbar|topbar|header-top|cookie|popup|modal)(?:$|[\s_-])`,
  examples: [
    { text: "main-menu", match: "-menu" },
    { text: "site-footer", match: "-footer" },
    { text: "box vblienquan", match: " vblienquan" },
    { text: "breadcrumb", match: "breadcrumb" },
  ],
  counterexamples: ["content", "noidung", "toanvan", "doc-content", "vanban-body", "menubar-less"],
});

/** a class or id that names the document itself: the candidate the reader keeps */
const contentName = rule({
  name: "content-name",
  pattern: String.raw`(?:content|noi-?dung|toan-?van|van-?ban|fulltext|document|doc-?body|article|entry|main)`,
  examples: [
    { text: "content1", match: "content" },
    { text: "toanvan", match: "toanvan" },
    { text: "noidung-vanban", match: "noidung" },
  ],
  counterexamples: ["menu", "footer", "sidebar"],
});

export const chrome = { chromeLine, chromeName, contentName };
