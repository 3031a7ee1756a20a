/**
 * Bodies of the implementation section: the subjects of each numbered item ("Ban cán sự
 * đảng UBND tỉnh chỉ đạo …") and the bodies they lead ("… lãnh đạo UBND tỉnh ban hành").
 * A subject is a list of names joined by "," or "và"; it ends where the verb begins.
 */
import { rule } from "../src/grammar/rule.js";

/** names that contain what would otherwise end them (a comma, a verb-like word) */
export const fixedBodyName = rule({
  name: "fixed-body-name",
  pattern:
    `^(?:(?:Các|các)\\s+)?(?:cơ quan (?:chuyên trách )?tham mưu, giúp việc(?:\\s+(?:Tỉnh ủy|Thành ủy|Huyện ủy))?` +
    `|(?:tổ chức|đoàn thể) chính trị - xã hội(?:\\s+(?:tỉnh|các cấp|trong tỉnh|cấp tỉnh))?` +
    `|tổ chức chính trị - xã hội - nghề nghiệp` +
    // the catch-all a decision's last article ends with
    `|(?:cơ quan|tổ chức), (?:đơn vị|cá nhân)(?: có liên quan| liên quan)?)`,
  examples: [
    {
      text: "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy theo chức năng",
      match: "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy",
    },
    { text: "các tổ chức chính trị - xã hội tỉnh, Ban Thường vụ", match: "các tổ chức chính trị - xã hội tỉnh" },
    { text: "các đoàn thể chính trị - xã hội xây dựng", match: "các đoàn thể chính trị - xã hội" },
    { text: "các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành", match: "các tổ chức, cá nhân có liên quan" },
    { text: "Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm", after: "Thủ trưởng ", match: "các cơ quan, đơn vị có liên quan" },
  ],
  counterexamples: ["Ban Tuyên giáo Tỉnh ủy", "tổ chức quán triệt", "tổ chức, triển khai thực hiện"],
});

/** words that open a body's name */
export const bodyHead = rule({
  name: "body-head",
  pattern:
    `^(?:(?:Các|các|Toàn thể|toàn thể)\\s+)?(?:cấp ủy|cấp uỷ|chính quyền|Mặt trận|MTTQ|tổ chức (?:chính trị|đảng|cơ sở đảng|xã hội|kinh tế|hội)|đoàn thể|Đảng đoàn|Đảng ủy|Đảng uỷ|Ban|BCS|BTV|Ủy ban|UBND|Hội đồng|HĐND|Văn phòng|Sở|sở|cơ quan|Tỉnh đoàn|Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|tỉnh ủy|huyện ủy|thị ủy|thành ủy|quận ủy|đảng ủy(?: trực thuộc)?|ban(?!\\s+hành)|Hội|Đoàn|Công an|Bộ Chỉ huy|Thường trực|Liên đoàn|Báo|Đài|Viện|Trường|Trung tâm|ngành|địa phương|đơn vị|Người đứng đầu|người đứng đầu|Ủy viên|Chi bộ|Kho bạc|Ngân hàng|Cục|Chi cục|Chánh Văn phòng|Giám đốc|Thủ trưởng|Chủ tịch|Bộ trưởng|Bộ|bộ|Chính phủ|Thủ tướng|Tổ(?=\\s+(?:đại biểu|công tác|giúp việc))|Cổng|Bưu điện|Viettel|VNPT|MobiFone|Mobifone|Liên minh|Hiệp hội|Công ty|Tổng công ty|Tập đoàn|Bệnh viện|Học viện|Đại học|Bảo hiểm xã hội|Thanh tra|Tòa án|doanh nghiệp|Doanh nghiệp|[Đđ]ại biểu(?=\\s+(?:Hội đồng nhân dân|HĐND|Quốc hội)))(?![\\p{L}\\p{M}])`,
  caseSensitive: true,
  examples: [
    { text: "Các cấp ủy đảng, chính quyền", match: "Các cấp ủy" },
    { text: "Ban cán sự đảng UBND tỉnh", match: "Ban" },
    { text: "Đảng đoàn Hội đồng nhân dân tỉnh", match: "Đảng đoàn" },
    { text: "Mặt trận Tổ quốc và các tổ chức", match: "Mặt trận" },
    { text: "Văn phòng Tỉnh ủy chủ trì", match: "Văn phòng" },
    { text: "UBND tỉnh ban hành", match: "UBND" },
    // the officers a decision's last article names, and the ministries of a national document
    { text: "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở", match: "Chánh Văn phòng" },
    { text: "Thủ trưởng các sở, ban, ngành", match: "Thủ trưởng" },
    { text: "Bộ Khoa học và Công nghệ chủ trì", match: "Bộ" },
    { text: "Các bộ, ngành, địa phương", match: "Các bộ" },
    { text: "huyện ủy, thị ủy, thành ủy", match: "huyện ủy" },
    { text: "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", match: "Các tỉnh ủy" },
    { text: "ban, ngành, đoàn thể", match: "ban" },
    { text: "các tổ chức chính trị - xã hội", match: "các tổ chức chính trị" },
    // the firms and outlets a plan gives work to
    { text: "Các doanh nghiệp viễn thông, công nghệ thông tin trên địa bàn tỉnh phối hợp", match: "Các doanh nghiệp" },
    { text: "Cổng Thông tin điện tử tỉnh đẩy mạnh tuyên truyền", match: "Cổng" },
    { text: "Bưu điện tỉnh, Viettel Lạng Sơn, VNPT Lạng Sơn hỗ trợ", match: "Bưu điện" },
    { text: "Liên minh Hợp tác xã tỉnh, Hội Doanh nhân trẻ tỉnh", match: "Liên minh" },
    // who an HĐND resolution's last article sets to watch over it
    { text: "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh", match: "các Tổ" },
    { text: "đại biểu Hội đồng nhân dân tỉnh giám sát", match: "đại biểu" },
    { text: "Đại biểu Quốc hội tỉnh", match: "Đại biểu" },
  ],
  counterexamples: [
    "Nghị quyết này phổ biến",
    "tổ chức quán triệt",
    "Tăng cường sự lãnh đạo",
    "xem xét, ban hành",
    "ban hành chương trình",
    "Tổ chức thực hiện",
    "Tổ quốc",
    "Cổngthông tin",
    "đại biểu tham dự",
  ],
});

/**
 * Where the predicate begins: the verbs and adverbs that open the task of an item.
 * "tổ chức" is a verb unless a kind of organisation follows it.
 */
export const predicateStart = rule({
  name: "predicate-start",
  pattern:
    `^(?:là|chỉ đạo|lãnh đạo|tập trung|xây dựng|hướng dẫn|chủ trì|tham mưu|theo dõi|theo chức năng|đẩy mạnh|có trách nhiệm|chịu trách nhiệm|căn cứ|thực hiện|triển khai|phối hợp|ban hành|quán triệt|kịp thời|tuyên truyền|nghiên cứu|rà soát|bố trí|thường xuyên|định kỳ|giám sát|kiểm tra|vận động|phát huy|nâng cao|ưu tiên|cụ thể hóa|xem xét|đề xuất|tăng cường|chủ động|khẩn trương|sớm|cần|phải|được giao|có kế hoạch|làm tốt|tiếp tục|bảo đảm|đảm bảo|huy động|cân đối|nghiêm túc|hằng năm|hàng năm|trực tiếp|quan tâm|tham gia|đôn đốc|đưa|hỗ trợ|cung cấp|tổng hợp|đánh giá|hoàn thiện|chuẩn bị|lồng ghép|tích cực|cập nhật|khảo sát|duy trì|bổ sung|phổ biến|tập huấn|bồi dưỡng|vận hành|giao(?=\\s+(?:cho\\s+)?(?:\\p{Lu}|các\\s))|tổ chức(?!\\s+(?:chính trị|đảng|cơ sở|xã hội|kinh tế|hội|đoàn))|theo(?=\\s+(?:dõi|chức năng|thẩm quyền|nhiệm vụ)))(?![\\p{L}\\p{M}])`,
  caseSensitive: true,
  examples: [
    { text: "chỉ đạo rà soát", match: "chỉ đạo" },
    { text: "lãnh đạo UBND tỉnh", match: "lãnh đạo" },
    { text: "tổ chức quán triệt", match: "tổ chức" },
    { text: "theo chức năng, nhiệm vụ", match: "theo chức năng" },
    { text: "tập trung lãnh đạo", match: "tập trung" },
    { text: "tham gia giám sát", match: "tham gia" },
    { text: "giao Văn phòng Tỉnh ủy theo dõi", match: "giao" },
    { text: "theo thẩm quyền, nhiệm vụ", match: "theo" },
    { text: "là cơ quan thường trực, chủ trì", match: "là" },
    { text: "đưa nội dung chuyển đổi số vào chương trình", match: "đưa" },
    { text: "hỗ trợ người dân", match: "hỗ trợ" },
  ],
  counterexamples: ["tổ chức chính trị - xã hội", "Tỉnh ủy", "tỉnh", "Việt Nam", "theo kịp", "giao thông", "Giao thông", "làm việc", "Đưa", "Hỗ trợ"],
});

/** an item may open by assigning: "Giao Ban cán sự đảng …", "Đề nghị Đoàn đại biểu Quốc hội …" */
export const assigns = rule({
  name: "assigns",
  pattern: `^(?:Giao cho|Giao|Đề nghị|Yêu cầu)\\s+(?=\\p{Lu}|các\\s)`,
  caseSensitive: true,
  examples: [
    { text: "Giao Ban cán sự đảng UBND tỉnh chỉ đạo", match: "Giao " },
    { text: "Đề nghị Đoàn đại biểu Quốc hội tỉnh", match: "Đề nghị " },
    { text: "Yêu cầu các cấp ủy", match: "Yêu cầu " },
    { text: "Giao cho Ủy ban nhân dân tỉnh", match: "Giao cho " },
  ],
  counterexamples: ["Giao thông vận tải", "giao cho các"],
});

/**
 * the leading verbs after which a named body is the one being led, or given the work:
 * "… lãnh đạo UBND tỉnh …", "Ban Thường vụ Tỉnh ủy giao Văn phòng Tỉnh ủy theo dõi"
 */
export const leads = rule({
  name: "leads",
  pattern: `^(?:lãnh đạo|chỉ đạo|giao cho|giao)\\s+(?=\\p{Lu}|các\\s)`,
  caseSensitive: true,
  examples: [
    { text: "lãnh đạo UBND tỉnh", match: "lãnh đạo " },
    { text: "chỉ đạo Hội đồng nhân dân tỉnh", match: "chỉ đạo " },
    { text: "giao Văn phòng Tỉnh ủy", match: "giao " },
    { text: "giao cho các ban", match: "giao cho " },
  ],
  counterexamples: ["chủ trì", "tham mưu cho"],
});

/** what joins two bodies of a subject: "A, B", "A, và B", "A và B", "A cùng B", "A; B" (a decision's last article) */
export const bodySeparator = rule({
  name: "body-separator",
  caseSensitive: true,
  pattern: `^\\s*(?:[,;]\\s*(?:và\\s+)?|và\\s+|cùng\\s+)`,
  examples: [
    { text: ", Ban Tuyên giáo Tỉnh ủy", match: ", " },
    { text: "; Giám đốc các sở; Chủ tịch Ủy ban nhân dân", match: "; " },
    { text: " và Mặt trận Tổ quốc", match: " và " },
    { text: ", và các tổ chức", match: ", và " },
    { text: " cùng các sở, ngành", match: " cùng " },
  ],
  counterexamples: ["chủ trì", " vàng", ": Ban"],
});

/** "và" inside a subject: it joins two bodies, or belongs to one name ("Sở Thông tin và Truyền thông") */
export const bodyAnd = rule({
  name: "body-and",
  caseSensitive: true,
  pattern: `^và\\s+`,
  examples: [{ text: "và Truyền thông", match: "và " }],
  counterexamples: ["vào", "Và"],
});

/** a word of a body's name: letters and digits, "&" and "/" ("TT&TT"), or a hyphen between words ("chính trị - xã hội") */
export const bodyNameWord = rule({
  name: "body-name-word",
  caseSensitive: true,
  pattern: `^(?:[\\p{L}\\p{M}\\p{N}&/]+|-)`,
  examples: [
    { text: "TT&TT tỉnh", match: "TT&TT" },
    { text: "- xã hội", match: "-" },
    { text: "Khu 1/5", match: "Khu" },
  ],
  counterexamples: ["(Tỉnh ủy)", "“Ban”"],
});

/**
 * a comma inside a name: between administrative units of one body ("Ủy ban nhân dân các
 * huyện, thị xã, thành phố", "các tỉnh, thành phố trực thuộc trung ương"), read from the
 * last word of the name so far
 */
export const unitListContinues = rule({
  name: "unit-list-continues",
  caseSensitive: true,
  pattern: `^(?:tỉnh|huyện|xã|quận|phường|trấn|phố)\\s*,\\s*(?=(?:thị xã|thành phố|thị trấn|quận|huyện|phường|xã)(?![\\p{L}\\p{M}]))`,
  examples: [
    { text: "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng", after: "các ", match: "huyện, " },
    { text: "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng", after: "thị ", match: "xã, " },
    { text: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", after: "các ", match: "tỉnh, " },
    { text: "Ủy ban nhân dân các xã, phường triển khai", after: "các ", match: "xã, " },
  ],
  counterexamples: [
    { text: "Ủy ban nhân dân tỉnh, Sở Tài chính", after: "dân " },
    { text: "Các sở, ban, ngành", after: "Các " },
    { text: "các huyện ủy, thị ủy", after: "các " },
    { text: "Ủy ban nhân dân các huyện, thị xã", after: "các huyện" },
  ],
});

/** what ends a body's name wherever it stands: punctuation */
export const BODY_NAME_ENDS = ",;:.()";

/** words before a name that a canonical name drops: "các", "toàn thể" */
export const bodyDeterminer = rule({
  name: "body-determiner",
  pattern: `^(?:các|toàn thể)\\s+`,
  examples: [
    { text: "các sở, ngành", match: "các " },
    { text: "Toàn thể cán bộ", match: "Toàn thể " },
  ],
  counterexamples: ["cácsở", "Ban các"],
});

/** abbreviations in body names and what they stand for */
export const abbreviations: Array<[string, string]> = [
  ["UBND", "Ủy ban nhân dân"],
  ["HĐND", "Hội đồng nhân dân"],
  ["MTTQ", "Mặt trận Tổ quốc"],
  ["BCS", "Ban cán sự"],
  ["BTV", "Ban Thường vụ"],
  ["BCH", "Ban Chấp hành"],
  ["TW", "Trung ương"],
  ["VPTU", "Văn phòng Tỉnh ủy"],
  ["CNTT", "công nghệ thông tin"],
  ["TT&TT", "Thông tin và Truyền thông"],
];

/** how terms are written in canonical names, whatever the document's capitals */
export const canonicalTerms: Array<[string, string]> = [
  ["ban cán sự đảng", "Ban cán sự đảng"],
  ["cấp ủy đảng", "cấp ủy đảng"],
  ["cấp uỷ", "cấp ủy"],
  ["đảng đoàn", "Đảng đoàn"],
  ["ban thường vụ", "Ban Thường vụ"],
  ["tỉnh ủy", "Tỉnh ủy"],
  ["ủy ban nhân dân", "Ủy ban nhân dân"],
  ["hội đồng nhân dân", "Hội đồng nhân dân"],
  ["mặt trận tổ quốc", "Mặt trận Tổ quốc"],
];
