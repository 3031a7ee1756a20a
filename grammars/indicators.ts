/**
 * The indicator taxonomy (ids of ../shared/gold/GUIDE.md). Each indicator lists cue
 * phrases with a weight (3: names the indicator on its own; 2: strong; 1: a hint), the
 * topics one of which must appear in the same clause, the units it takes, and examples:
 * clauses whose first number must be read as this indicator.
 *
 * Ids written "other:<slug>" are indicators the guide does not list but that recur in
 * resolutions; keeping them here gives them one id across provinces.
 */
import type { Unit } from "../src/schema/document.js";

export interface Cue {
  pattern: string;
  weight: 1 | 2 | 3;
}

export interface IndicatorSpec {
  id: string;
  domain: "government" | "economy" | "society";
  label: { vi: string; en: string };
  cues: Cue[];
  /** one of these must occur in the clause */
  topics?: string[];
  units?: Unit[];
  examples: string[];
  /** clauses whose first number must not be read as this indicator (what it is not) */
  counterexamples?: string[];
}

const c = (weight: 1 | 2 | 3, ...patterns: string[]): Cue[] => patterns.map((pattern) => ({ pattern, weight }));

export const indicators: IndicatorSpec[] = [
  // ---- digital government -------------------------------------------------------------
  {
    id: "online_services_full",
    domain: "government",
    label: { vi: "Dịch vụ công trực tuyến toàn trình", en: "Public services fully online" },
    cues: [
      ...c(3, "đủ điều kiện", "trực tuyến toàn trình", "dịch vụ công trực tuyến mức độ 4", "trực tuyến mức độ 4"),
      ...c(2, "toàn trình", "được cung cấp (?:dưới hình thức )?dịch vụ công trực tuyến"),
    ],
    units: ["percent"],
    examples: [
      "100% thủ tục hành chính có đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình",
      "100% hồ sơ thủ tục hành chính đủ điều kiện giải quyết trực tuyến mức độ 4 được cung cấp trên Cổng dịch vụ công của tỉnh",
    ],
  },
  {
    id: "online_applications",
    domain: "government",
    label: { vi: "Hồ sơ TTHC xử lý trực tuyến", en: "Applications handled online" },
    cues: [
      ...c(3, "xử lý hoàn toàn trực tuyến", "hồ sơ giải quyết", "tổng số hồ sơ", "hồ sơ (?:thủ tục hành chính )?(?:được )?(?:tiếp nhận|giải quyết|xử lý|nộp)(?:(?:,| và) (?:tiếp nhận|giải quyết|xử lý))? trực tuyến"),
      ...c(2, "hoàn toàn trực tuyến", "hồ sơ (?:thủ tục hành chính )?trực tuyến"),
    ],
    units: ["percent"],
    examples: [
      "tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến",
      "Tỷ lệ hồ sơ trực tuyến đạt trên 60%",
      "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt từ 50% trở lên",
      "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt từ 30% đến 40%",
    ],
  },
  {
    id: "work_records_online",
    domain: "government",
    label: { vi: "Hồ sơ công việc xử lý trên mạng", en: "Work files processed online" },
    cues: c(3, "hồ sơ công việc"),
    units: ["percent"],
    examples: ["90% hồ sơ công việc tại cấp tỉnh", "70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng"],
  },
  {
    id: "reports_online",
    domain: "government",
    label: { vi: "Báo cáo định kỳ trực tuyến", en: "Periodic reporting online" },
    cues: [...c(3, "chế độ báo cáo", "báo cáo định kỳ", "báo cáo thống kê"), ...c(2, "hệ thống thông tin báo cáo")],
    units: ["percent"],
    examples: ["100% chế độ báo cáo định kỳ, báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành"],
  },
  {
    id: "inspections_digital",
    domain: "government",
    label: { vi: "Kiểm tra qua môi trường số", en: "Inspections done digitally" },
    cues: c(3, "hoạt động (?:giám sát, )?kiểm tra", "hoạt động thanh tra, kiểm tra"),
    units: ["percent"],
    examples: [
      "Tối thiểu 50% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số",
      "tối thiểu 70% hoạt động giám sát, kiểm tra của cơ quan quản lý được thực hiện thông qua môi trường số",
    ],
  },
  {
    id: "eid_users",
    domain: "government",
    label: { vi: "Định danh, xác thực điện tử", en: "Users with e-identification" },
    cues: [...c(3, "định danh và xác thực", "xác thực điện tử thông suốt"), ...c(2, "được định danh")],
    units: ["percent"],
    examples: [
      "100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất",
      "100% dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng, được định danh và xác thực thông suốt",
    ],
  },
  {
    id: "satisfaction",
    domain: "government",
    label: { vi: "Mức độ hài lòng", en: "Satisfaction with procedures" },
    cues: c(3, "hài lòng", "SIPAS"),
    units: ["percent"],
    examples: ["tối thiểu 90% người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính", "Chỉ số SIPAS đạt trên 90%"],
  },
  {
    id: "officials_trained",
    domain: "government",
    label: { vi: "Cán bộ được đào tạo kỹ năng số", en: "Officials trained in digital skills" },
    cues: [
      ...c(2, "(?:cán bộ|công chức|viên chức)[^;%]{0,40}?(?:đào tạo|bồi dưỡng|tập huấn|phổ cập)"),
      ...c(1, "cán bộ, công chức"),
    ],
    units: ["percent"],
    examples: [
      "100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng hoặc tự bồi dưỡng kiến thức và kỹ năng số",
      "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản",
    ],
  },
  {
    id: "other:officials_data_skills",
    domain: "government",
    label: { vi: "Cán bộ được đào tạo phân tích dữ liệu", en: "Officials trained in data analysis" },
    cues: c(3, "(?:cán bộ|công chức|viên chức)[^;%]{0,60}?(?:kỹ năng phân tích|phân tích, khai thác dữ liệu|khai thác dữ liệu)"),
    units: ["percent"],
    examples: ["50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số"],
  },
  {
    id: "other:officials_digital_id",
    domain: "government",
    label: { vi: "Công chức có định danh số", en: "Officials with a digital ID at work" },
    cues: c(3, "(?:cán bộ|công chức)[^;%]{0,20}?định danh số"),
    units: ["percent"],
    examples: ["100% công chức được gắn định danh số trong xử lý công việc"],
  },
  {
    id: "shared_databases",
    domain: "government",
    label: { vi: "Cơ sở dữ liệu kết nối, chia sẻ", en: "Shared databases connected" },
    cues: [
      ...c(2, "cơ sở dữ liệu (?:dùng chung|quốc gia|chuyên ngành)", "cơ sở dữ liệu[^;%]{0,40}?(?:kết nối|chia sẻ|liên thông)"),
      ...c(1, "cơ sở dữ liệu"),
    ],
    units: ["percent"],
    examples: [
      "100% cơ sở dữ liệu dùng chung của tỉnh được triển khai trên nền tảng điện toán đám mây",
      "cơ sở dữ liệu mở của tỉnh kết nối liên thông trên 80% cơ sở dữ liệu của các ban, sở, ngành",
      "100% hệ thống thông tin, cơ sở dữ liệu dùng chung, cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ",
    ],
  },
  {
    id: "open_data_agencies",
    domain: "government",
    label: { vi: "Cơ quan tham gia mở dữ liệu", en: "Agencies in open data" },
    cues: c(3, "tham gia mở dữ liệu", "mở dữ liệu", "cung cấp dữ liệu mở"),
    units: ["percent"],
    examples: ["100% các sở, ban, ngành, huyện, thành phố tham gia mở dữ liệu và cung cấp dữ liệu mở"],
  },
  {
    id: "dedicated_network",
    domain: "government",
    label: { vi: "Cơ quan kết nối mạng chuyên dùng", en: "Agencies on the dedicated network" },
    cues: c(3, "mạng truyền số liệu chuyên dùng", "mạng chuyên dùng"),
    units: ["percent"],
    examples: ["100% cơ quan đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội kết nối mạng truyền số liệu chuyên dùng"],
  },
  {
    id: "it_staff",
    domain: "government",
    label: { vi: "Cơ quan có cán bộ phụ trách CNTT", en: "Agencies with IT staff" },
    cues: c(3, "(?:phụ trách|chuyên trách) (?:về )?công nghệ thông tin", "cán bộ (?:phụ trách|chuyên trách)"),
    units: ["percent"],
    examples: ["100% cơ quan cấp tỉnh, cấp huyện có cán bộ phụ trách công nghệ thông tin"],
  },
  {
    id: "internal_ops_digital",
    domain: "government",
    label: { vi: "Điều hành, quản trị nội bộ trên mạng", en: "Internal administration done digitally" },
    cues: [...c(3, "quản trị nội bộ"), ...c(2, "hoạt động chỉ đạo, điều hành")],
    units: ["percent"],
    examples: ["100% hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan Nhà nước được thực hiện trên nền tảng quản trị tổng thể"],
  },
  {
    id: "other:e_documents_signed",
    domain: "government",
    label: { vi: "Văn bản điện tử ký số", en: "Digitally signed official documents" },
    cues: c(3, "văn bản (?:trao đổi|điện tử|đi, đến)"),
    units: ["percent"],
    examples: ["100% văn bản trao đổi giữa các cơ quan Nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng"],
  },
  {
    id: "other:data_analytics_platform",
    domain: "government",
    label: { vi: "Cơ quan có nền tảng phân tích dữ liệu", en: "Agencies with a data analytics platform" },
    cues: c(3, "nền tảng phân tích"),
    units: ["percent"],
    examples: ["100% cơ quan Nhà nước cấp tỉnh có nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung"],
  },
  {
    id: "other:sso_systems",
    domain: "government",
    label: { vi: "Hệ thống xác thực tập trung (SSO)", en: "Systems with single sign-on" },
    cues: c(3, "xác thực tập trung", "SSO"),
    units: ["percent"],
    examples: ["100% các hệ thống dùng chung và chuyên ngành đều được xác thực tập trung (SSO)"],
  },
  {
    id: "dti_rank",
    domain: "government",
    label: { vi: "Xếp hạng chuyển đổi số (DTI)", en: "Digital transformation (DTI) ranking" },
    cues: c(3, "chuyển đổi số", "DTI", "chỉ số cao"),
    units: ["rank"],
    examples: [
      "phấn đấu luôn giữ vị trí thuộc nhóm 25 - 30 tỉnh, thành phố có chỉ số cao về chuyển đổi số",
      "trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số",
    ],
  },
  {
    id: "other:digital_government_rank",
    domain: "government",
    label: { vi: "Xếp hạng chính quyền số", en: "Digital government ranking" },
    cues: c(3, "về chính quyền số", "chính quyền số", "chính quyền điện tử"),
    units: ["rank"],
    examples: ["trong nhóm 5 tỉnh, thành phố dẫn đầu về chính quyền số"],
  },
  {
    id: "digital_budget_share",
    domain: "government",
    label: { vi: "Tỷ lệ chi ngân sách cho chuyển đổi số", en: "Budget share for digital transformation" },
    cues: [
      ...c(3, "chi (?:ngân sách )?(?:cho|dành cho) (?:thực hiện )?(?:chuyển đổi số|công nghệ thông tin)"),
      // what the share is of, not what is spent: "… khoa học, công nghệ … đạt 3% tổng chi ngân sách"
      ...c(1, "tỷ lệ chi", "tổng chi (?:thường xuyên|ngân sách)", "chi thường xuyên", "ngân sách"),
    ],
    units: ["percent"],
    examples: [
      "bảo đảm tỷ lệ chi cho chuyển đổi số hằng năm đạt tối thiểu là 0,5% tổng chi thường xuyên ngân sách cấp tỉnh",
      "Phân đấu tỷ lệ chi cho chuyển đổi số, phát triển chính quyền điện tử, chính quyền số chiếm 1% tổng chi ngân sách nhà nước hằng năm của tỉnh",
    ],
    counterexamples: ["Chi ngân sách hằng năm cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đạt tối thiểu 3% tổng chi ngân sách nhà nước"],
  },
  // ---- digital economy ----------------------------------------------------------------
  {
    id: "digital_economy_grdp",
    domain: "economy",
    label: { vi: "Kinh tế số trong GRDP", en: "Digital economy share of GRDP" },
    cues: [...c(3, "GRDP", "GDP", "tổng sản phẩm"), ...c(2, "tỷ trọng kinh tế số", "kinh tế số chiếm")],
    // a share of GDP is the digital economy's only when the clause names it: R&D spending is a share of GDP too
    topics: ["kinh tế số"],
    units: ["percent"],
    examples: [
      "Phấn đấu tỷ trọng kinh tế số đạt khoảng 20% tổng sản phẩm trên địa bàn (GRDP)",
      "Kinh tế số chiếm 20% trở lên trong GRDP của tỉnh",
    ],
  },
  {
    id: "digital_economy_sector",
    domain: "economy",
    label: { vi: "Kinh tế số trong từng ngành", en: "Digital economy share in each sector" },
    cues: c(3, "(?:trong )?(?:từng|mỗi|các) ngành, lĩnh vực", "từng ngành"),
    units: ["percent"],
    examples: ["Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%"],
  },
  {
    id: "productivity_growth",
    domain: "economy",
    label: { vi: "Tăng năng suất lao động", en: "Labour productivity growth" },
    cues: c(3, "năng suất lao động"),
    units: ["percent"],
    examples: ["Năng suất lao động hằng năm tăng tối thiểu 7%", "Năng suất lao động tăng bình quân từ 7%/năm"],
  },
  {
    id: "sme_digital",
    domain: "economy",
    label: { vi: "Doanh nghiệp dùng nền tảng số", en: "Firms using digital platforms" },
    cues: [
      ...c(3, "doanh nghiệp (?:nhỏ và vừa|vừa và nhỏ)", "doanh nghiệp chuyển đổi số"),
      ...c(2, "doanh nghiệp[^;%]{0,30}?(?:sử dụng|ứng dụng|tham gia)[^;%]{0,20}?(?:nền tảng số|chuyển đổi số|nền tảng công nghệ số)"),
      ...c(2, "doanh nghiệp[^;%]{0,40}?(?:chuyển dịch|chuyển đổi|chuyển|đưa hoạt động) lên (?:các )?nền tảng số"),
      // what the share is of, not what it counts: "… đổi mới sáng tạo đạt trên 40% tổng số doanh nghiệp"
      ...c(1, "hộ kinh doanh", "tổng số doanh nghiệp"),
    ],
    units: ["percent"],
    examples: [
      "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%",
      "Doanh nghiệp chuyển đổi số chiếm 50% trở lên tổng số doanh nghiệp có phát sinh thuế",
      "100% hộ kinh doanh cá thể, doanh nghiệp nhỏ và vừa sử dụng các nền tảng công nghệ số phục vụ sản xuất",
      "trên 50% doanh nghiệp vừa và nhỏ trên địa bàn tỉnh hoàn thành chuyển dịch lên nền tảng số",
      "trên 50% doanh nghiệp trên địa bàn tỉnh hoàn thành chuyển dịch lên nền tảng số",
    ],
    counterexamples: ["phấn đấu 100% doanh nghiệp nhà nước thuộc tỉnh và trên 50% doanh nghiệp vừa và nhỏ hoàn thành chuyển dịch lên nền tảng số"],
  },
  {
    id: "industrial_enterprises_digital",
    domain: "economy",
    label: { vi: "Doanh nghiệp KCN ứng dụng công nghệ số", en: "Industrial-zone firms going digital" },
    cues: c(3, "khu kinh tế", "khu công nghiệp", "cụm công nghiệp"),
    units: ["percent"],
    examples: ["100% doanh nghiệp trong các khu kinh tế, khu công nghiệp, cụm công nghiệp ứng dụng công nghệ số"],
  },
  {
    id: "ecommerce_training",
    domain: "economy",
    label: { vi: "Đào tạo thương mại điện tử", en: "E-commerce training" },
    cues: c(3, "(?:đào tạo|tập huấn)[^;%]{0,120}?thương mại điện tử"),
    examples: [
      "có ít nhất từ 01 đến 02 cơ sở giáo dục triển khai đào tạo về thương mại điện tử",
      "trên 3.000 lượt doanh nghiệp, hợp tác xã, làng nghề, hộ kinh doanh, cán bộ công chức, viên chức, sinh viên, thanh niên khởi nghiệp được tham gia các chương trình đào tạo, tập huấn về thực thi pháp luật và kỹ năng ứng dụng thương mại điện tử",
    ],
  },
  {
    id: "farm_households_digitized",
    domain: "economy",
    label: { vi: "Hộ sản xuất nông nghiệp được số hóa", en: "Farm households digitized" },
    cues: c(3, "hộ sản xuất nông nghiệp", "hộ nông dân"),
    units: ["percent"],
    examples: ["100% hộ sản xuất nông nghiệp được lập danh sách và chuẩn hóa, số hóa dữ liệu"],
  },
  {
    id: "sector_databases_bigdata",
    domain: "economy",
    label: { vi: "Cơ sở dữ liệu ngành trên dữ liệu lớn", en: "Sector databases on big data" },
    cues: c(3, "dữ liệu lớn", "big ?data"),
    units: ["percent"],
    examples: [
      "đến năm 2025 có 80% cơ sở dữ liệu của lĩnh vực nông, lâm nghiệp, thủy sản được xây dựng, cập nhật trên hệ thống dữ liệu lớn",
    ],
  },
  // ---- digital society ----------------------------------------------------------------
  {
    id: "fiber_households",
    domain: "society",
    label: { vi: "Cáp quang đến hộ gia đình", en: "Fibre to households" },
    cues: c(3, "hộ gia đình", "hộ dân"),
    topics: ["cáp quang", "băng rộng cố định", "internet băng rộng"],
    units: ["percent"],
    examples: [
      "Hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình",
      "Trên 90% hộ gia đình được bao phủ hạ tầng mạng băng rộng cáp quang",
    ],
  },
  {
    id: "fiber_villages",
    domain: "society",
    label: { vi: "Cáp quang đến thôn, xã", en: "Fibre to villages and communes" },
    cues: c(3, "thôn", "bản", "cụm dân cư", "khu dân cư", "cấp xã", "xã", "phường", "thị trấn"),
    topics: ["cáp quang", "băng rộng cố định"],
    units: ["percent"],
    examples: ["100% thôn và trên 80% hộ gia đình được bao phủ hạ tầng mạng băng rộng cáp quang"],
  },
  {
    id: "mobile_coverage",
    domain: "society",
    label: { vi: "Phủ sóng di động 4G/5G", en: "4G/5G coverage" },
    cues: c(3, "thôn", "bản", "cụm dân cư", "khu dân cư", "cấp xã", "xã", "phường", "thị trấn", "dân số", "diện tích"),
    topics: ["di động", "4G", "5G", "phủ sóng"],
    units: ["percent"],
    examples: ["dịch vụ mạng thông tin di động công nghệ 4G phủ đến 100% thôn, bản, cụm dân cư"],
  },
  {
    id: "smartphone_adults",
    domain: "society",
    label: { vi: "Dân số có điện thoại thông minh", en: "Adults with smartphones" },
    cues: c(3, "điện thoại (?:di động )?thông minh", "smartphone"),
    units: ["percent"],
    examples: [
      "Trên 80% dân số trưởng thành có điện thoại thông minh, có tài khoản giao dịch thanh toán",
      "100% hộ gia đình có ít nhất 02 điện thoại thông minh",
    ],
  },
  {
    id: "payment_accounts",
    domain: "society",
    label: { vi: "Dân số có tài khoản thanh toán", en: "People with a payment account" },
    cues: c(3, "tài khoản"),
    units: ["percent"],
    examples: [
      "Từ 80% người dân 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác",
      "Tỷ lệ dân số có tài khoản thanh toán điện tử đạt 50% trở lên",
    ],
  },
  {
    id: "e_payment_users",
    domain: "society",
    label: { vi: "Người dân dùng thanh toán điện tử", en: "Adults using e-payment" },
    // people who pay so; a share of transactions is cashless_transactions
    cues: c(3, "sử dụng (?:các )?(?:dịch vụ )?thanh toán (?:điện tử|không dùng tiền mặt)", "(?:người|dân)[^;%]{0,30}?giao dịch thanh toán không dùng tiền mặt"),
    units: ["percent"],
    examples: ["50% người dân trưởng thành sử dụng dịch vụ thanh toán điện tử"],
  },
  {
    id: "digital_signature",
    domain: "society",
    label: { vi: "Chữ ký số cá nhân", en: "Adults with a digital signature" },
    cues: c(3, "chữ ký số", "chữ ký điện tử"),
    units: ["percent"],
    examples: ["Trên 50% dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân"],
  },
  {
    id: "digital_skills_workforce",
    domain: "society",
    label: { vi: "Người lao động có kỹ năng số", en: "Workforce with digital skills" },
    cues: [...c(3, "độ tuổi lao động"), ...c(2, "người dân[^;%]{0,40}?kỹ năng số"), ...c(1, "kỹ năng số")],
    units: ["percent"],
    examples: ["Trên 60% người dân trong độ tuổi lao động được đào tạo kỹ năng số, kỹ năng an toàn thông tin cơ bản"],
  },
  {
    id: "digital_identity",
    domain: "society",
    label: { vi: "Danh tính số, hồ sơ sức khỏe điện tử", en: "Digital identity / health record" },
    cues: c(3, "danh tính số", "hồ sơ (?:số về )?sức khỏe", "sức khỏe điện tử", "bệnh án điện tử"),
    units: ["percent"],
    examples: ["100% người dân có danh tính số kèm theo mã QR code, có hồ sơ số về sức khỏe cá nhân"],
  },
  {
    id: "other:student_digital_records",
    domain: "society",
    label: { vi: "Học sinh, sinh viên có hồ sơ số", en: "Students with digital records" },
    cues: c(3, "học sinh, sinh viên", "học sinh"),
    units: ["percent"],
    examples: ["100% học sinh, sinh viên có hồ sơ số về việc học tập cá nhân"],
  },
  {
    id: "smart_service_users",
    domain: "society",
    label: { vi: "Người dùng dịch vụ thông minh", en: "Users of smart services" },
    cues: c(
      3,
      "thiết bị đầu cuối thông minh",
      "dịch vụ đô thị thông minh",
      // people who use digital services to deal with the authorities: "… để tương tác với chính quyền"
      "(?:tương tác|giao tiếp) với (?:chính quyền|cơ quan nhà nước)",
    ),
    units: ["percent"],
    examples: [
      "Trên 50% người dùng thiết bị đầu cuối thông minh được tiếp cận, sử dụng các dịch vụ chính quyền điện tử",
      "tỷ lệ dân số sử dụng các ứng dụng, dịch vụ số để tương tác với chính quyền đạt trên 80%",
    ],
    counterexamples: ["Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%"],
  },
  {
    id: "telemedicine_facilities",
    domain: "society",
    label: { vi: "Cơ sở y tế khám chữa bệnh từ xa", en: "Health facilities with telemedicine" },
    cues: [...c(3, "(?:khám|chữa) (?:chữa )?bệnh từ xa", "khám bệnh từ xa"), ...c(2, "cơ sở y tế")],
    units: ["percent"],
    examples: ["đến năm 2025 có 100% cơ sở y tế có bộ phận hỗ trợ khám bệnh từ xa"],
  },
  {
    id: "units_transformed",
    domain: "society",
    label: { vi: "Huyện, xã hoàn thành chuyển đổi số", en: "Districts and communes transformed" },
    cues: c(3, "hoàn thành chuyển đổi số", "đạt chuẩn chuyển đổi số"),
    examples: [
      "Có 06 huyện, thị xã, thành phố trở lên và 300 xã, phường, thị trấn trở lên hoàn thành chuyển đổi số",
      "100% các huyện, thị xã, thành phố và 80% trở lên các xã, phường, thị trấn hoàn thành chuyển đổi số",
    ],
  },
  {
    id: "smart_traffic_cameras",
    domain: "society",
    label: { vi: "Tuyến đường có giám sát thông minh", en: "Main roads with smart surveillance" },
    cues: c(3, "tuyến đường", "giao thông thông minh", "camera"),
    units: ["percent"],
    examples: ["100% tuyến đường chính tại trung tâm các huyện, thành phố được lắp đặt hệ thống quản lý, điều hành giao thông thông minh"],
  },
  {
    id: "other:heritage_digital_presence",
    domain: "society",
    label: { vi: "Di sản có hiện diện số", en: "Heritage sites with a digital presence" },
    cues: c(3, "di sản", "di tích"),
    units: ["percent"],
    examples: ["100% di sản của tỉnh có hiện diện số"],
  },
  // ---- added for national and 2026–2030 documents (GUIDE.md, schema 2) ---------------
  {
    id: "rnd_spending_gdp",
    domain: "economy",
    label: { vi: "Chi nghiên cứu và phát triển (% GDP)", en: "R&D spending, share of GDP" },
    cues: [
      // the amount spent on R&D, whatever it is a share of: it is never the digital economy
      ...c(3, "(?:kinh phí|chi|chi tiêu|đầu tư|tổng chi)(?: chi)? (?:cho )?(?:hoạt động )?nghiên cứu (?:và )?phát triển", "(?:kinh phí|chi|đầu tư) (?:cho )?R&D"),
      ...c(2, "nghiên cứu (?:và )?phát triển \\(R&D\\)", "R&D"),
    ],
    units: ["percent"],
    examples: [
      "Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GDP",
      "Tổng chi cho nghiên cứu và phát triển đạt 1,5% GRDP của tỉnh",
    ],
    counterexamples: ["Quy mô kinh tế số đạt tối thiểu 30% GDP", "Tỷ trọng kinh tế số đạt 20% GRDP"],
  },
  {
    id: "rnd_private_share",
    domain: "economy",
    label: { vi: "Chi R&D từ xã hội, doanh nghiệp", en: "R&D spending from firms and society" },
    cues: [
      // "trong đó kinh phí từ xã hội chiếm hơn 60%": the part of that spending that is not the state's
      ...c(3, "kinh phí (?:từ|của) (?:xã hội|khu vực (?:tư nhân|ngoài nhà nước)|doanh nghiệp)", "(?:nguồn )?(?:vốn|kinh phí|chi) (?:ngoài|không thuộc) ngân sách"),
      ...c(2, "(?:từ|của) xã hội"),
    ],
    topics: ["nghiên cứu", "R&D", "khoa học", "kinh phí từ xã hội"],
    units: ["percent"],
    examples: ["trong đó kinh phí từ xã hội chiếm hơn 60%", "kinh phí từ doanh nghiệp chiếm trên 50% tổng chi cho nghiên cứu khoa học"],
    counterexamples: ["Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GDP", "100% người dân có tài khoản"],
  },
  {
    id: "science_budget_share",
    domain: "government",
    label: { vi: "Ngân sách cho khoa học, công nghệ", en: "Budget share for science and innovation" },
    cues: [
      // "ít nhất 3% tổng chi ngân sách hằng năm cho … khoa học": longer than the budget cue at the same place, so it wins
      ...c(3, "(?:tổng )?chi ngân sách[^;%]{0,40}?(?:cho|dành cho) (?:phát triển |hoạt động )?khoa học", "ngân sách[^;%]{0,40}?(?:cho|dành cho) (?:phát triển )?khoa học, công nghệ"),
      ...c(3, "chi (?:ngân sách )?(?:hằng năm )?(?:cho|dành cho) (?:phát triển |hoạt động )?khoa học"),
      ...c(2, "ngân sách (?:cho |dành cho )?khoa học, công nghệ"),
    ],
    units: ["percent"],
    examples: [
      "Bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
      "Dành tối thiểu 2% ngân sách của tỉnh cho khoa học, công nghệ và đổi mới sáng tạo",
      "Chi ngân sách hằng năm cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đạt tối thiểu 3% tổng chi ngân sách nhà nước",
      "Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đạt tối thiểu 3% tổng chi ngân sách địa phương hằng năm",
    ],
    counterexamples: ["Bảo đảm tỷ lệ chi cho chuyển đổi số hằng năm đạt tối thiểu là 0,5% tổng chi thường xuyên ngân sách cấp tỉnh"],
  },
  {
    id: "other:strategic_tech_research_share",
    domain: "government",
    label: { vi: "Ngân sách KHCN cho công nghệ chiến lược", en: "Science budget for strategic tech" },
    // a share of the science budget, not of the whole: longer than science_budget_share's cue at the same place, so it wins
    cues: c(3, "ngân sách[^;%]{0,40}?(?:cho|dành cho) khoa học, công nghệ để (?:thực hiện )?nghiên cứu (?:các )?công nghệ chiến lược"),
    units: ["percent"],
    examples: [
      "Dành tối thiểu 15% ngân sách nhà nước chi cho khoa học, công nghệ để thực hiện nghiên cứu các công nghệ chiến lược",
      "Mỗi năm bố trí tối thiểu 15% ngân sách nhà nước chi cho khoa học, công nghệ để nghiên cứu các công nghệ chiến lược",
    ],
  },
  {
    id: "other:sector_digital_economy_share",
    domain: "economy",
    label: { vi: "Kinh tế số các ngành / quy mô KTS", en: "Sectors' share of the digital economy" },
    // a share of the digital economy's size, where digital_economy_sector is a share of each sector
    cues: c(3, "quy mô (?:của )?(?:nền )?kinh tế số"),
    topics: ["ngành, lĩnh vực", "từng ngành", "các ngành"],
    units: ["percent"],
    examples: ["Tỷ trọng kinh tế số trong các ngành, lĩnh vực đạt tối thiểu 70% quy mô kinh tế số"],
    counterexamples: ["Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%"],
  },
  {
    id: "tfp_contribution",
    domain: "economy",
    label: { vi: "Đóng góp của TFP vào tăng trưởng", en: "TFP contribution to growth" },
    cues: c(3, "TFP", "năng suất (?:các )?nhân tố tổng hợp"),
    units: ["percent"],
    examples: [
      "Đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế trên 55%",
      "Tỷ lệ đóng góp của TFP vào tăng trưởng GRDP đạt 50%",
    ],
    counterexamples: ["Năng suất lao động tăng bình quân từ 7%/năm"],
  },
  {
    id: "hightech_exports",
    domain: "economy",
    label: { vi: "Sản phẩm công nghệ cao trong xuất khẩu", en: "High-tech share of exports" },
    cues: [
      ...c(3, "xuất khẩu (?:các )?sản phẩm công nghệ cao", "sản phẩm công nghệ cao[^;%]{0,30}?xuất khẩu"),
      ...c(2, "hàng hóa xuất khẩu", "giá trị xuất khẩu"),
    ],
    units: ["percent"],
    examples: [
      "Tỷ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hoá xuất khẩu đạt tối thiểu 50%",
      "Giá trị sản phẩm công nghệ cao chiếm 40% giá trị xuất khẩu của tỉnh",
    ],
    counterexamples: ["Kinh tế số chiếm 20% trở lên trong GRDP của tỉnh"],
  },
  {
    id: "innovative_firms",
    domain: "economy",
    label: { vi: "Doanh nghiệp có đổi mới sáng tạo", en: "Firms with innovation activity" },
    cues: [
      ...c(3, "doanh nghiệp (?:có )?(?:hoạt động )?đổi mới sáng tạo", "doanh nghiệp đổi mới sáng tạo"),
      ...c(2, "hoạt động đổi mới sáng tạo"),
    ],
    units: ["percent"],
    examples: [
      "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40% tổng số doanh nghiệp",
      "trên 30% doanh nghiệp có hoạt động đổi mới sáng tạo",
    ],
    counterexamples: ["Doanh nghiệp chuyển đổi số chiếm 50% trở lên tổng số doanh nghiệp có phát sinh thuế"],
  },
  {
    id: "cashless_transactions",
    domain: "economy",
    label: { vi: "Giao dịch không dùng tiền mặt", en: "Cashless transactions" },
    // a share of transactions, where e_payment_users is a share of people
    cues: c(
      3,
      "(?:tỷ lệ|tỉ lệ) (?:giao dịch )?(?:thanh toán )?không (?:dùng|sử dụng) tiền mặt",
      "giao dịch (?:thanh toán )?không (?:dùng|sử dụng) tiền mặt",
    ),
    units: ["percent"],
    examples: [
      "Tỷ lệ giao dịch không dùng tiền mặt đạt 80%",
      "giao dịch thanh toán không dùng tiền mặt chiếm tối thiểu 70% tổng số giao dịch",
      "Tỷ lệ thanh toán không dùng tiền mặt đạt 50% vào năm 2025",
    ],
    counterexamples: ["50% người dân trưởng thành sử dụng dịch vụ thanh toán điện tử"],
  },
  {
    id: "digital_tech_firms",
    domain: "economy",
    label: { vi: "Doanh nghiệp công nghệ số", en: "Digital-technology firms" },
    // "of a stated standing": "doanh nghiệp công nghệ ngang tầm các nước tiên tiến", with or without "số"
    cues: c(3, "doanh nghiệp công nghệ số", "doanh nghiệp công nghệ (?:số )?ngang tầm"),
    units: ["count"],
    examples: [
      "Có ít nhất 5 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến",
      "Phát triển 1.000 doanh nghiệp công nghệ số trên địa bàn tỉnh",
      "Có ít nhất 10 doanh nghiệp công nghệ ngang tầm các nước tiên tiến",
    ],
    counterexamples: ["Thu hút được thêm ít nhất 3 tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở tại Việt Nam"],
  },
  {
    id: "other:digital_tech_firm_density",
    domain: "economy",
    label: { vi: "Doanh nghiệp công nghệ số trên 1.000 dân", en: "Digital-tech firms per 1,000 people" },
    // longer than digital_tech_firms' cue at the same place: the density wins
    cues: c(3, "doanh nghiệp công nghệ số ?(?:\\/|trên|mỗi) ?(?:1\\.000|một nghìn|một ngàn|nghìn) (?:người )?dân"),
    units: ["count"],
    examples: ["Đạt 1 doanh nghiệp công nghệ số trên 1.000 dân", "Phấn đấu có 1,5 doanh nghiệp công nghệ số/1.000 dân"],
  },
  {
    id: "competitiveness_rank",
    domain: "government",
    label: { vi: "Xếp hạng quốc tế", en: "International ranking" },
    // a rank among countries: "nhóm 3 nước dẫn đầu Đông Nam Á", "nhóm 50 quốc gia đứng đầu thế giới"
    cues: [
      ...c(3, "(?:nước|quốc gia) (?:dẫn đầu|đứng đầu|hàng đầu)", "Đông Nam Á", "ASEAN", "thế giới", "năng lực cạnh tranh số", "GII"),
      ...c(2, "(?:chỉ số )?phát triển Chính phủ điện tử", "trí tuệ nhân tạo", "an toàn thông tin mạng", "đổi mới sáng tạo toàn cầu"),
    ],
    units: ["rank"],
    examples: [
      "Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á về năng lực cạnh tranh số",
      "thuộc nhóm 30 nước dẫn đầu thế giới về đổi mới sáng tạo, chuyển đổi số",
    ],
    counterexamples: ["trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "thuộc nhóm 25 - 30 tỉnh, thành phố có chỉ số cao về chuyển đổi số"],
  },
  {
    id: "researchers_per_capita",
    domain: "society",
    label: { vi: "Cán bộ nghiên cứu trên một vạn dân", en: "Researchers per 10,000 people" },
    cues: c(3, "nhân lực nghiên cứu", "(?:cán bộ|nhân lực|người) (?:làm )?nghiên cứu", "nghiên cứu viên", "nhà khoa học"),
    units: ["count"],
    examples: [
      "Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo đạt 12 người trên một vạn dân",
      "Số cán bộ nghiên cứu đạt 10 người/vạn dân",
    ],
    counterexamples: ["Đạt 15 bác sĩ trên một vạn dân"],
  },
  {
    id: "online_services_usage",
    domain: "government",
    label: { vi: "Người dùng dịch vụ công trực tuyến", en: "People and firms using online services" },
    // who uses the services; online_services_full is what is offered
    cues: [
      ...c(3, "(?:tỷ lệ|tỉ lệ)[^;%]{0,40}?sử dụng dịch vụ công trực tuyến", "(?:tỷ lệ|tỉ lệ) (?:người dân[^;%]{0,30}?)?(?:sử dụng|dùng) dịch vụ công"),
      // a hint: "100% người dân sử dụng dịch vụ công trực tuyến được định danh …" measures the identification
      ...c(1, "sử dụng dịch vụ công trực tuyến"),
    ],
    units: ["percent"],
    examples: [
      "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%",
      "Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến đạt tối thiểu 80%",
      "Trên 80% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến",
    ],
    counterexamples: [
      "100% thủ tục hành chính có đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình",
      "100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất",
      "100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực điện tử thông suốt, hợp nhất",
    ],
  },
  {
    id: "online_payment_procedures",
    domain: "government",
    label: { vi: "Thủ tục thanh toán trực tuyến", en: "Procedures paid online" },
    cues: c(3, "thanh toán trực tuyến", "thanh toán (?:phí, lệ phí|nghĩa vụ tài chính)[^;%]{0,20}?trực tuyến"),
    units: ["percent"],
    examples: ["Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công đạt 80%"],
    counterexamples: ["50% người dân trưởng thành sử dụng dịch vụ thanh toán điện tử"],
  },
  {
    id: "paperless_records",
    domain: "government",
    label: { vi: "Hồ sơ, kết quả giải quyết điện tử", en: "Files and results issued electronically" },
    cues: c(3, "kết quả giải quyết (?:thủ tục hành chính|TTHC)", "số hóa hồ sơ"),
    units: ["percent"],
    examples: [
      "100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
      "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%",
      "100% kết quả giải quyết thủ tục hành chính được cấp dưới dạng điện tử",
    ],
    counterexamples: ["tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến"],
  },
  {
    id: "other:hdi",
    domain: "society",
    label: { vi: "Chỉ số phát triển con người (HDI)", en: "Human Development Index (HDI)" },
    cues: c(3, "HDI", "chỉ số phát triển con người"),
    units: ["index"],
    examples: ["Chỉ số phát triển con người (HDI) duy trì trên 0,7", "HDI của tỉnh đạt 0,75"],
  },
  {
    id: "other:pci",
    domain: "economy",
    label: { vi: "Điểm năng lực cạnh tranh cấp tỉnh (PCI)", en: "Provincial competitiveness (PCI) score" },
    cues: c(3, "PCI", "năng lực cạnh tranh cấp tỉnh"),
    units: ["index"],
    examples: ["Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 70 điểm trở lên"],
  },
  {
    id: "other:papi",
    domain: "government",
    label: { vi: "Điểm quản trị và hành chính công (PAPI)", en: "Governance (PAPI) score" },
    cues: c(3, "PAPI", "hiệu quả quản trị và hành chính công"),
    units: ["index"],
    examples: ["Chỉ số PAPI đạt trên 45 điểm"],
  },
  {
    id: "other:par_index",
    domain: "government",
    label: { vi: "Điểm cải cách hành chính (PAR INDEX)", en: "Administrative reform (PAR) score" },
    cues: c(3, "PAR ?INDEX", "chỉ số cải cách hành chính"),
    units: ["index"],
    examples: ["Chỉ số cải cách hành chính (PAR INDEX) đạt 90 điểm trở lên"],
  },
  {
    id: "other:digital_industry_revenue",
    domain: "economy",
    label: { vi: "Doanh thu công nghiệp công nghệ số", en: "Digital-technology industry revenue" },
    cues: c(3, "doanh thu (?:ngành )?công nghiệp (?:công nghệ số|ICT|công nghệ thông tin)"),
    units: ["money"],
    examples: ["Doanh thu công nghiệp công nghệ số đạt tối thiểu 500 triệu USD"],
  },
  {
    id: "other:grdp_per_capita",
    domain: "economy",
    label: { vi: "GRDP bình quân đầu người", en: "GRDP per capita" },
    cues: c(3, "(?:GRDP|GDP|thu nhập) bình quân đầu người"),
    units: ["money"],
    examples: ["GRDP bình quân đầu người đạt 150 triệu đồng/người/năm"],
  },
  {
    id: "other:soe_digital",
    domain: "economy",
    label: { vi: "Doanh nghiệp nhà nước lên nền tảng số", en: "State-owned firms on digital platforms" },
    cues: c(3, "doanh nghiệp nhà nước"),
    units: ["percent"],
    examples: ["phấn đấu 100% doanh nghiệp nhà nước thuộc tỉnh hoàn thành chuyển dịch lên nền tảng số"],
  },
  {
    id: "other:leading_tech_firms_attracted",
    domain: "economy",
    label: { vi: "Doanh nghiệp công nghệ hàng đầu thu hút", en: "World-leading tech firms attracted" },
    cues: c(3, "(?:tổ chức, )?doanh nghiệp công nghệ hàng đầu", "hàng đầu thế giới"),
    units: ["count"],
    examples: ["Thu hút được thêm ít nhất 3 tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở, đầu tư nghiên cứu, sản xuất tại Việt Nam"],
  },
  {
    id: "other:publications_growth",
    domain: "society",
    label: { vi: "Công bố khoa học quốc tế (tăng mỗi năm)", en: "Scientific publications, yearly growth" },
    cues: c(3, "công bố (?:bài báo )?khoa học", "bài báo khoa học"),
    units: ["percent", "count"],
    examples: ["Số lượng công bố bài báo khoa học quốc tế tăng trung bình 10%/năm"],
  },
  {
    id: "other:patent_applications_growth",
    domain: "society",
    label: { vi: "Đơn đăng ký sáng chế (tăng mỗi năm)", en: "Patent applications, yearly growth" },
    cues: c(3, "đơn đăng ký sáng chế", "văn bằng bảo hộ", "đăng ký (?:bảo hộ )?sáng chế"),
    units: ["percent", "count"],
    examples: ["Số lượng đơn đăng ký sáng chế và văn bằng bảo hộ sáng chế tăng trung bình 16 - 18%/năm"],
  },
  {
    id: "other:patent_commercialisation",
    domain: "society",
    label: { vi: "Sáng chế được khai thác thương mại", en: "Patents commercialised" },
    cues: c(3, "khai thác thương mại", "thương mại hóa"),
    units: ["percent"],
    examples: ["tỉ lệ khai thác thương mại đạt 8 - 10%", "Tỷ lệ sáng chế được thương mại hóa đạt 10%"],
  },
  {
    id: "other:ranked_science_organisations",
    domain: "society",
    label: { vi: "Tổ chức KH&CN được xếp hạng quốc tế", en: "Science bodies ranked internationally" },
    cues: c(3, "tổ chức khoa học (?:và )?công nghệ[^;%]{0,20}?xếp hạng"),
    units: ["count"],
    examples: ["có từ 40 - 50 tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới"],
  },
  {
    id: "other:data_exchanges",
    domain: "economy",
    label: { vi: "Sàn dữ liệu", en: "Data exchanges" },
    cues: c(3, "sàn (?:giao dịch )?dữ liệu"),
    units: ["count"],
    examples: ["Có 5 sàn dữ liệu được hình thành và đi vào hoạt động"],
  },
  {
    id: "other:data_reuse_procedures",
    domain: "government",
    label: { vi: "Dữ liệu số hóa được tái sử dụng", en: "Digitized data reused in procedures" },
    cues: c(3, "dữ liệu (?:đã )?(?:được )?số hóa[^;%]{0,20}?(?:khai thác|tái sử dụng|sử dụng lại|dùng lại)", "tái sử dụng dữ liệu"),
    units: ["percent"],
    examples: ["80% dữ liệu đã số hóa được khai thác, tái sử dụng trong giải quyết thủ tục hành chính, dịch vụ công"],
  },
  {
    id: "other:gigabit_broadband_access",
    domain: "society",
    label: { vi: "Người dùng truy nhập băng rộng 1 Gb/s", en: "Users with gigabit fixed broadband" },
    cues: [...c(3, "truy nhập (?:được )?(?:Internet )?băng rộng cố định"), ...c(2, "Gb\\/s", "Gbps")],
    units: ["percent"],
    examples: ["100% người dùng có khả năng truy nhập băng rộng cố định với tốc độ trên 1 Gb/s"],
  },
  {
    id: "other:licensing_procedures_cut",
    domain: "government",
    label: { vi: "Thủ tục cấp phép cắt giảm, tự động hóa", en: "Licensing procedures cut or automated" },
    cues: c(3, "thủ tục hành chính (?:về|liên quan đến) cấp phép"),
    units: ["percent"],
    examples: ["Tối thiểu 30% thủ tục hành chính về cấp phép được cắt giảm hoặc tự động hóa"],
  },
  {
    id: "other:internal_licensing_procedures_cut",
    domain: "government",
    label: { vi: "Thủ tục nội bộ về cấp phép cắt giảm", en: "Internal licensing procedures cut" },
    cues: c(3, "thủ tục hành chính nội bộ"),
    units: ["percent"],
    examples: ["Cắt giảm 50% thủ tục hành chính nội bộ về cấp phép giữa các cơ quan nhà nước"],
  },
  {
    id: "other:make_in_vietnam_share",
    domain: "economy",
    label: { vi: "Make in Vietnam trong công nghiệp số", en: "Make in Vietnam share, digital industry" },
    cues: c(3, "Make in Vi[eệ]t ?Nam"),
    units: ["percent"],
    examples: ["Doanh thu sản phẩm Make in Vietnam chiếm 50% tổng doanh thu công nghiệp công nghệ số"],
  },
  {
    id: "other:national_data_centres",
    domain: "government",
    label: { vi: "Trung tâm dữ liệu quốc gia", en: "National data centres" },
    cues: c(3, "trung tâm dữ liệu (?:quốc gia|vùng)"),
    units: ["count"],
    examples: ["Hình thành ít nhất 3 trung tâm dữ liệu quốc gia"],
  },
  {
    id: "other:new_submarine_cables",
    domain: "society",
    label: { vi: "Tuyến cáp quang biển mới", en: "New submarine cables" },
    cues: c(3, "tuyến cáp quang biển"),
    units: ["count"],
    examples: ["Có thêm 9 tuyến cáp quang biển mới được đưa vào khai thác"],
  },
  {
    id: "other:submarine_cable_capacity",
    domain: "society",
    label: { vi: "Dung lượng cáp quang biển (Tbps)", en: "Submarine cable capacity (Tbps)" },
    cues: c(3, "dung lượng[^;%]{0,30}?cáp quang biển", "Tbps"),
    units: ["count"],
    examples: ["Tổng dung lượng thiết kế các tuyến cáp quang biển đạt tối thiểu 350 Tbps"],
  },
  {
    id: "other:procedures_without_boundaries",
    domain: "government",
    label: { vi: "Thủ tục không phụ thuộc địa giới", en: "Procedures handled anywhere" },
    cues: c(3, "không phụ thuộc (?:vào )?địa giới hành chính"),
    units: ["percent"],
    examples: ["70% thủ tục hành chính được tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính"],
  },
  {
    id: "other:smart_cities",
    domain: "society",
    label: { vi: "Đô thị thông minh hoàn thành", en: "Smart cities completed" },
    cues: c(3, "đô thị thông minh"),
    units: ["count"],
    examples: ["Có ít nhất 6 tỉnh, thành phố hoàn thành xây dựng đô thị thông minh"],
  },
  {
    id: "other:state_management_digital",
    domain: "government",
    label: { vi: "Quản lý nhà nước trên môi trường số", en: "State management done digitally" },
    cues: c(3, "hoạt động quản lý nhà nước", "quản lý nhà nước (?:từ trung ương đến địa phương|các cấp)"),
    units: ["percent"],
    examples: ["100% hoạt động quản lý nhà nước từ trung ương đến địa phương được thực hiện trên môi trường số"],
  },
  {
    id: "other:tasks_monitored_online",
    domain: "government",
    label: { vi: "Nhiệm vụ theo dõi, giám sát điện tử", en: "Tasks monitored online" },
    cues: c(3, "nhiệm vụ[^;%]{0,30}?(?:theo dõi|giám sát)"),
    units: ["percent"],
    examples: ["100% nhiệm vụ được giao được theo dõi, giám sát trên môi trường điện tử"],
  },
  {
    id: "other:strategic_tech_mastery",
    domain: "economy",
    label: { vi: "Làm chủ công nghệ chiến lược", en: "Strategic technologies mastered" },
    cues: c(3, "công nghệ chiến lược"),
    units: ["percent"],
    examples: ["Làm chủ từ 20 - 50% công nghệ chiến lược như chip bán dẫn, trí tuệ nhân tạo, rô bốt, công nghệ sinh học"],
  },
  {
    // the national programme's e-government target (src/reference/749-targets.json)
    id: "other:egdi_rank",
    domain: "government",
    label: { vi: "Xếp hạng Chính phủ điện tử (EGDI)", en: "UN e-government ranking (EGDI)" },
    cues: [],
    units: ["rank"],
    examples: [],
  },
];

/** the id of a ranking by an index the taxonomy scores: "PCI thuộc nhóm 30 tỉnh" → other:pci_rank */
export function rankingOf(indexId: string): string {
  return `${indexId}_rank`;
}

/** the label of the ranking by an index, from the index's */
export function rankingLabel(index: { vi: string; en: string }): { vi: string; en: string } {
  return { vi: `${index.vi} — thứ hạng`, en: `${index.en} — rank` };
}

/** the index a ranking id ranks by, when it is one made by rankingOf */
export function indexOfRanking(id: string): string | null {
  return id.endsWith("_rank") ? id.slice(0, -"_rank".length) : null;
}
