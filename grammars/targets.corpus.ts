/**
 * The target readings as a corpus of whole phrases (Duckling's corpus, Recognizers-Text's
 * specs): each clause, set as an item of an objectives section, gives exactly these
 * targets — their literal span and reading — and clauses that set nothing give none.
 * test/targets-corpus.test.ts runs the public pipeline over each.
 *
 * Most clauses are the corpus's own (corpus/*.txt, the line they are on), read as the
 * gold annotations (../shared/gold) read them; the others show a case of
 * ../shared/gold/GUIDE.md. A clause opens its item, so it opens with a capital or a digit.
 */
import type { Comparator, Currency, Rate, Scope, Unit } from "../src/schema/document.js";

export interface TargetReading {
  /** the number as written, with its unit sign: its span in the clause */
  text: string;
  value: number;
  /** the high end of a range */
  max?: number;
  unit: Unit;
  /** per_year for a yearly rate of change; left out when null */
  rate?: Rate;
  /** the base of a ratio ("trên một vạn dân" → 10000); left out when null */
  per?: number;
  /** an amount's currency and the multiplier of its words ("tỷ đồng" → VND, 1e9); left out when null */
  currency?: Currency;
  magnitude?: number;
  comparator: Comparator;
  year: number | null;
  scope: Scope;
  indicator: string;
}

export interface CorpusExample {
  /** a whole item of the section */
  clause: string;
  /** the heading above it, when its year comes from one: "2.2. Mục tiêu cụ thể đến năm 2025:" */
  heading?: string;
  /** the section's title, when it is not "MỤC TIÊU" ("TÌNH HÌNH VÀ NGUYÊN NHÂN": facts, not targets) */
  section?: string;
  /** every target the clause gives, in the order of the text */
  reads: TargetReading[];
  /** "corpus/<file>:<line>", or the GUIDE's case it shows */
  source: string;
}

const Y2025 = "2.2. Mục tiêu cụ thể đến năm 2025:";
const Y2030 = "2.3. Mục tiêu cụ thể đến năm 2030:";
/** the readings of two clauses that list one indicator's levels in two ways */
const WORK_RECORDS_95_85_65: TargetReading[] = [
  { text: "95%", value: 95, unit: "percent", comparator: "eq", year: 2025, scope: "province", indicator: "work_records_online" },
  { text: "85%", value: 85, unit: "percent", comparator: "eq", year: 2025, scope: "district", indicator: "work_records_online" },
  { text: "65%", value: 65, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "work_records_online" },
];

export const targetCorpus: CorpusExample[] = [
  {
    clause: "100% hệ thống thông tin, cơ sở dữ liệu dùng chung, cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ, khai thác từ các cơ sở dữ liệu Quốc gia.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "shared_databases" },
    ],
    source: "corpus/thanh-hoa.txt:40",
  },
  {
    clause: "50% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường mạng và hệ thống thông tin của cơ quan quản lý.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "inspections_digital" },
    ],
    source: "corpus/thanh-hoa.txt:41",
  },
  {
    clause: "100% hồ sơ thủ tục hành chính đủ điều kiện giải quyết trực tuyến mức độ 4 được cung cấp trên Cổng dịch vụ công của tỉnh và trên các phương tiện truy cập (bao gồm cả thiết bị di động).",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "online_services_full" },
    ],
    source: "corpus/thanh-hoa.txt:42",
  },
  {
    clause: "Có 90% người dân, doanh nghiệp trở lên hài lòng với giải quyết thủ tục hành chính của các cơ quan nhà nước.",
    heading: Y2025,
    reads: [
      { text: "90%", value: 90, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "satisfaction" },
    ],
    source: "corpus/thanh-hoa.txt:43",
  },
  {
    clause: "Kinh tế số chiếm 20% trở lên trong GRDP của tỉnh.",
    heading: Y2025,
    reads: [
      { text: "20%", value: 20, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "digital_economy_grdp" },
    ],
    source: "corpus/thanh-hoa.txt:48",
  },
  {
    clause: "Giai đoạn 2021 - 2025 năng suất lao động tăng bình quân hàng năm 9,6% trở lên.",
    reads: [
      { text: "9,6%", value: 9.6, unit: "percent", rate: "per_year", comparator: "gte", year: 2025, scope: null, indicator: "productivity_growth" },
    ],
    source: "corpus/thanh-hoa.txt:49",
  },
  {
    clause: "Doanh nghiệp chuyển đổi số chiếm 50% trở lên tổng số doanh nghiệp có phát sinh thuế.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "sme_digital" },
    ],
    source: "corpus/thanh-hoa.txt:50",
  },
  {
    clause: "Có 06 huyện, thị xã, thành phố trở lên và 300 xã, phường, thị trấn trở lên hoàn thành chuyển đổi số, theo Bộ tiêu chí đánh giá chuyển đổi số tỉnh Thanh Hóa.",
    heading: Y2025,
    reads: [
      { text: "06", value: 6, unit: "count", comparator: "gte", year: 2025, scope: "district", indicator: "units_transformed" },
      { text: "300", value: 300, unit: "count", comparator: "gte", year: 2025, scope: "commune", indicator: "units_transformed" },
    ],
    source: "corpus/thanh-hoa.txt:54",
  },
  {
    clause: "Tỷ lệ dân số có tài khoản thanh toán điện tử đạt 50% trở lên.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "payment_accounts" },
    ],
    source: "corpus/thanh-hoa.txt:55",
  },
  {
    clause: "100% các huyện, thị xã, thành phố và 80% trở lên các xã, phường, thị trấn hoàn thành chuyển đổi số, theo Bộ tiêu chí đánh giá chuyển đổi số tỉnh Thanh Hóa.",
    heading: Y2030,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2030, scope: "district", indicator: "units_transformed" },
      { text: "80%", value: 80, unit: "percent", comparator: "gte", year: 2030, scope: "commune", indicator: "units_transformed" },
    ],
    source: "corpus/thanh-hoa.txt:72",
  },
  {
    clause: "Phấn đấu đến năm 2025 tỉnh Thanh Hóa trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số; đến năm 2030 tiếp tục trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số và trong nhóm 5 tỉnh, thành phố dẫn đầu về chính quyền số.",
    reads: [
      { text: "10", value: 10, unit: "rank", comparator: "eq", year: 2025, scope: null, indicator: "dti_rank" },
      { text: "10", value: 10, unit: "rank", comparator: "eq", year: 2030, scope: null, indicator: "dti_rank" },
      { text: "5", value: 5, unit: "rank", comparator: "eq", year: 2030, scope: null, indicator: "other:digital_government_rank" },
    ],
    source: "corpus/thanh-hoa.txt:34",
  },
  {
    clause: "Hỗ trợ, tạo điều kiện cho các doanh nghiệp viễn thông đầu tư phát triển hạ tầng băng thông rộng cố định, nâng cấp hạ tầng mạng di động 4G, phát triển hạ tầng mạng di động 5G; khuyến khích các doanh nghiệp có đủ năng lực tham gia đầu tư xây dựng hạ tầng viễn thông, công nghệ thông tin và các hạ tầng khác phục vụ quá trình chuyển đổi số; phấn đấu đến năm 2025, hạ tầng mạng băng rộng cáp quang phủ đến 100% số thôn, bản, cụm dân cư và 80% trở lên số hộ gia đình; dịch vụ mạng thông tin di động công nghệ 4G phủ đến 100% thôn, bản, cụm dân cư; công nghệ 5G phủ đến 100% xã, phường, thị trấn của các huyện, thị xã, thành phố đồng bằng, 100% thị trấn của các huyện miền núi.",
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "village", indicator: "fiber_villages" },
      { text: "80%", value: 80, unit: "percent", comparator: "gte", year: 2025, scope: "household", indicator: "fiber_households" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "village", indicator: "mobile_coverage" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "mobile_coverage" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "mobile_coverage" },
    ],
    source: "corpus/thanh-hoa.txt:88",
  },
  {
    clause: "Lĩnh vực nông, lâm nghiệp, thủy sản: Tập trung xây dựng hệ thống dữ liệu lớn về đất đai, cây trồng, vật nuôi, thủy sản; đến năm 2025 có 80% cơ sở dữ liệu của lĩnh vực nông, lâm nghiệp, thủy sản được xây dựng, cập nhật trên hệ thống dữ liệu lớn.",
    reads: [
      { text: "80%", value: 80, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "sector_databases_bigdata" },
    ],
    source: "corpus/thanh-hoa.txt:116",
  },
  {
    clause: "Lĩnh vực y tế: Đẩy mạnh ứng dụng nền tảng hỗ trợ khám bệnh từ xa, đến năm 2025 có 100% cơ sở y tế có bộ phận hỗ trợ khám bệnh từ xa; sử dụng hồ sơ bệnh án điện tử.",
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "telemedicine_facilities" },
    ],
    source: "corpus/thanh-hoa.txt:136",
  },
  {
    clause: "100% thủ tục hành chính có đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình, triển khai trên nhiều phương thức truy cập khác nhau.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "online_services_full" },
    ],
    source: "corpus/quang-ngai.txt:157",
  },
  {
    clause: "Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).",
    heading: Y2025,
    reads: [
      { text: "90%", value: 90, unit: "percent", comparator: "gt", year: 2025, scope: "province", indicator: "work_records_online" },
      { text: "80%", value: 80, unit: "percent", comparator: "eq", year: 2025, scope: "district", indicator: "work_records_online" },
      { text: "70%", value: 70, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "work_records_online" },
    ],
    source: "corpus/quang-ngai.txt:162",
  },
  {
    clause: "Tối thiểu 50% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "inspections_digital" },
    ],
    source: "corpus/quang-ngai.txt:175",
  },
  {
    clause: "Phấn đấu tỷ trọng kinh tế số đạt khoảng 20% tổng sản phẩm trên địa bàn (GRDP).",
    heading: Y2025,
    reads: [
      { text: "20%", value: 20, unit: "percent", comparator: "approx", year: 2025, scope: null, indicator: "digital_economy_grdp" },
    ],
    source: "corpus/quang-ngai.txt:187",
  },
  {
    clause: "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.",
    heading: Y2025,
    reads: [
      { text: "10%", value: 10, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "digital_economy_sector" },
    ],
    source: "corpus/quang-ngai.txt:191",
  },
  {
    clause: "Năng suất lao động hằng năm tăng tối thiểu 7%.",
    heading: Y2025,
    reads: [
      { text: "7%", value: 7, unit: "percent", rate: "per_year", comparator: "gte", year: 2025, scope: null, indicator: "productivity_growth" },
    ],
    source: "corpus/quang-ngai.txt:193",
  },
  {
    clause: "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "gt", year: 2025, scope: null, indicator: "sme_digital" },
    ],
    source: "corpus/quang-ngai.txt:195",
  },
  {
    clause: "Hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình và đạt 100% cấp xã; tỉnh Quảng Ngãi không còn vùng lõm sóng di động.",
    heading: Y2025,
    reads: [
      { text: "80%", value: 80, unit: "percent", comparator: "gt", year: 2025, scope: "household", indicator: "fiber_households" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "fiber_villages" },
    ],
    source: "corpus/quang-ngai.txt:199",
  },
  {
    clause: "Trên 80% dân số trưởng thành có điện thoại thông minh, có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác.",
    heading: Y2025,
    reads: [
      { text: "80%", value: 80, unit: "percent", comparator: "gt", year: 2025, scope: null, indicator: "smartphone_adults" },
    ],
    source: "corpus/quang-ngai.txt:205",
  },
  {
    clause: "Trên 60% người dân trong độ tuổi lao động được đào tạo kỹ năng số, kỹ năng an toàn thông tin cơ bản.",
    heading: Y2025,
    reads: [
      { text: "60%", value: 60, unit: "percent", comparator: "gt", year: 2025, scope: null, indicator: "digital_skills_workforce" },
    ],
    source: "corpus/quang-ngai.txt:209",
  },
  {
    clause: "Trên 50% dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "gt", year: 2025, scope: null, indicator: "digital_signature" },
    ],
    source: "corpus/quang-ngai.txt:213",
  },
  {
    clause: "100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 90% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).",
    heading: Y2030,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2030, scope: "province", indicator: "work_records_online" },
      { text: "90%", value: 90, unit: "percent", comparator: "eq", year: 2030, scope: "commune", indicator: "work_records_online" },
    ],
    source: "corpus/quang-ngai.txt:221",
  },
  {
    clause: "Tăng cường bố trí dự toán kinh phí chi thường xuyên từ ngân sách cấp tỉnh, cấp huyện để thực hiện các nhiệm vụ chuyển đổi số, bảo đảm tỷ lệ chi cho chuyển đổi số hằng năm đạt tối thiểu là 0,5% tổng chi thường xuyên ngân sách cấp tỉnh, cấp huyện.",
    reads: [
      { text: "0,5%", value: 0.5, unit: "percent", comparator: "gte", year: null, scope: "province", indicator: "digital_budget_share" },
    ],
    source: "corpus/quang-ngai.txt:326 (lines 326–332, a sentence wrapped over them)",
  },
  {
    clause: "Chuyển đổi số hướng đến thực hiện mục tiêu toàn diện theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, trọng tâm là phát triển cơ sở dữ liệu số, tạo nền tảng phát triển chính quyền số, kinh tế số, hướng đến xã hội số; gắn quá trình chuyển đổi số với cải cách hành chính nhằm nâng cao chất lượng, hiệu lực, hiệu quả quản lý nhà nước và chất lượng cung cấp dịch vụ công của chính quyền các cấp; phấn đấu luôn giữ vị trí thuộc nhóm 25 - 30 tỉnh, thành phố có chỉ số cao về chuyển đổi số.",
    reads: [
      { text: "25 - 30", value: 25, max: 30, unit: "rank", comparator: "eq", year: null, scope: null, indicator: "dti_rank" },
    ],
    source: "corpus/nghe-an.txt:34",
  },
  {
    clause: "100% cơ quan đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội kết nối mạng truyền số liệu chuyên dùng; 100% cơ sở dữ liệu dùng chung của tỉnh được triển khai trên nền tảng điện toán đám mây.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "dedicated_network" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "shared_databases" },
    ],
    source: "corpus/nghe-an.txt:40",
  },
  {
    clause: "100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng hoặc tự bồi dưỡng kiến thức và kỹ năng số; 100% cơ quan cấp tỉnh, cấp huyện có cán bộ phụ trách công nghệ thông tin.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "officials_trained" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "province", indicator: "it_staff" },
    ],
    source: "corpus/nghe-an.txt:42",
  },
  {
    clause: "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt từ 50% trở lên; tối thiểu 90% người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "online_applications" },
      { text: "90%", value: 90, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "satisfaction" },
    ],
    source: "corpus/nghe-an.txt:46",
  },
  {
    clause: "90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước, hồ sơ công việc có nội dung mật).",
    heading: Y2025,
    reads: [
      { text: "90%", value: 90, unit: "percent", comparator: "eq", year: 2025, scope: "province", indicator: "work_records_online" },
      { text: "80%", value: 80, unit: "percent", comparator: "eq", year: 2025, scope: "district", indicator: "work_records_online" },
      { text: "60%", value: 60, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "work_records_online" },
    ],
    source: "corpus/nghe-an.txt:48",
  },
  {
    clause: "100% cơ sở dữ liệu quốc gia được kết nối, ứng dụng trên địa bàn tỉnh theo lộ trình của Chính phủ; từng bước hình thành cơ sở dữ liệu mở của tỉnh kết nối liên thông trên 80% cơ sở dữ liệu của các ban, sở, ngành để phục vụ quản lý nhà nước, cung cấp dịch vụ công kịp thời, một lần khai báo, khai thác trọn đời.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "shared_databases" },
      { text: "80%", value: 80, unit: "percent", comparator: "gt", year: 2025, scope: null, indicator: "shared_databases" },
    ],
    source: "corpus/nghe-an.txt:52",
  },
  {
    clause: "Kinh tế số chiếm khoảng 20% GRDP.",
    heading: Y2025,
    reads: [
      { text: "20%", value: 20, unit: "percent", comparator: "approx", year: 2025, scope: null, indicator: "digital_economy_grdp" },
    ],
    source: "corpus/nghe-an.txt:56",
  },
  {
    clause: "Từ 80% người dân 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác.",
    heading: Y2025,
    reads: [
      { text: "80%", value: 80, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "payment_accounts" },
    ],
    source: "corpus/nghe-an.txt:58",
  },
  {
    clause: "Phân đầu có ít nhất từ 01 đến 02 cơ sở giáo dục triển khai đào tạo về thương mại điện tử; trên 3.000 lượt doanh nghiệp, hợp tác xã, làng nghề, hộ kinh doanh, cán bộ công chức, viên chức, sinh viên, thanh niên khởi nghiệp được tham gia các chương trình đào tạo, tập huấn về thực thi pháp luật và kỹ năng ứng dụng thương mại điện tử.",
    heading: Y2025,
    reads: [
      { text: "01 đến 02", value: 1, max: 2, unit: "count", comparator: "gte", year: 2025, scope: null, indicator: "ecommerce_training" },
      { text: "3.000", value: 3000, unit: "count", comparator: "gt", year: 2025, scope: null, indicator: "ecommerce_training" },
    ],
    source: "corpus/nghe-an.txt:60",
  },
  {
    clause: "100% hộ sản xuất nông nghiệp được lập danh sách và chuẩn hóa, số hóa dữ liệu theo hướng dẫn của Bộ Thông tin và Truyền thông và Bộ Nông nghiệp và Phát triển nông thôn.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "farm_households_digitized" },
    ],
    source: "corpus/nghe-an.txt:62",
  },
  {
    clause: "Trên 50% người dùng thiết bị đầu cuối thông minh được tiếp cận, sử dụng các dịch vụ chính quyền điện tử, dịch vụ đô thị thông minh.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "gt", year: 2025, scope: null, indicator: "smart_service_users" },
    ],
    source: "corpus/nghe-an.txt:66",
  },
  {
    clause: "50% người dân trưởng thành sử dụng dịch vụ thanh toán điện tử.",
    heading: Y2025,
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "e_payment_users" },
    ],
    source: "corpus/nghe-an.txt:68",
  },
  {
    clause: "100% doanh nghiệp trong các khu kinh tế, khu công nghiệp, cụm công nghiệp ứng dụng công nghệ số trong quản lý, điều hành, sản xuất và kinh doanh trên sàn thương mại điện tử; trên 80% doanh nghiệp nhỏ và vừa tham gia chuyển đổi số.",
    heading: Y2030,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2030, scope: null, indicator: "industrial_enterprises_digital" },
      { text: "80%", value: 80, unit: "percent", comparator: "gt", year: 2030, scope: null, indicator: "sme_digital" },
    ],
    source: "corpus/nghe-an.txt:78",
  },
  {
    clause: "90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng theo quy định; tối thiểu 50% hoạt động giám sát, kiểm tra của cơ quan quản lý được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý.",
    heading: Y2025,
    reads: [
      { text: "90%", value: 90, unit: "percent", comparator: "eq", year: 2025, scope: "province", indicator: "work_records_online" },
      { text: "80%", value: 80, unit: "percent", comparator: "eq", year: 2025, scope: "district", indicator: "work_records_online" },
      { text: "60%", value: 60, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "work_records_online" },
      { text: "50%", value: 50, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "inspections_digital" },
    ],
    source: "corpus/tuyen-quang.txt:48",
  },
  {
    clause: "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "officials_trained" },
      { text: "50%", value: 50, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "other:officials_data_skills" },
    ],
    source: "corpus/tuyen-quang.txt:50",
  },
  {
    clause: "Kinh tế số chiếm 20% GRDP (Tổng sản phẩm trên địa bàn).",
    heading: Y2025,
    reads: [
      { text: "20%", value: 20, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "digital_economy_grdp" },
    ],
    source: "corpus/tuyen-quang.txt:54 (its emphasis marks dropped)",
  },
  {
    clause: "Năng suất lao động tăng bình quân từ 7%/năm.",
    heading: Y2025,
    reads: [
      { text: "7%", value: 7, unit: "percent", rate: "per_year", comparator: "gte", year: 2025, scope: null, indicator: "productivity_growth" },
    ],
    source: "corpus/tuyen-quang.txt:56",
  },
  {
    clause: "100% người dân có danh tính số kèm theo mã QR code, có hồ sơ số về sức khỏe cá nhân; 100% học sinh, sinh viên có hồ sơ số về việc học tập cá nhân;",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "digital_identity" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "other:student_digital_records" },
    ],
    source: "corpus/tuyen-quang.txt:60",
  },
  {
    clause: "100% hộ gia đình có địa chỉ số và có ít nhất 01 điện thoại thông minh; 100% hộ kinh doanh cá thể, doanh nghiệp nhỏ và vừa sử dụng các nền tảng công nghệ số phục vụ sản xuất, kinh doanh, gửi, nhận hóa đơn điện tử với cơ quan thuế sử dụng nền tảng công nghệ số.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "household", indicator: "smartphone_adults" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "sme_digital" },
    ],
    source: "corpus/tuyen-quang.txt:62",
  },
  {
    clause: "100% tuyến đường chính tại trung tâm các huyện, thành phố được lắp đặt hệ thống quản lý, điều hành giao thông thông minh; 100% di sản của tỉnh có hiện diện số và hình thành bản đồ di sản số để người dân, khách du lịch truy cập thuận lợi trên môi trường số.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "district", indicator: "smart_traffic_cameras" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "other:heritage_digital_presence" },
    ],
    source: "corpus/tuyen-quang.txt:64",
  },
  {
    clause: "100% thôn và trên 80% hộ gia đình được bao phủ hạ tầng mạng băng rộng cáp quang; phổ cập dịch vụ mạng di động 4G và điện thoại di động thông minh, từng bước phát triển mạng 5G. 50% dân số có tài khoản thanh toán điện tử.",
    heading: Y2025,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "village", indicator: "fiber_villages" },
      { text: "80%", value: 80, unit: "percent", comparator: "gt", year: 2025, scope: "household", indicator: "fiber_households" },
      { text: "50%", value: 50, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "payment_accounts" },
    ],
    source: "corpus/tuyen-quang.txt:66",
  },
  {
    clause: "100% hộ gia đình có ít nhất 02 điện thoại thông minh; trên 80% dân số có tài khoản thanh toán điện tử.",
    heading: Y2030,
    reads: [
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2030, scope: "household", indicator: "smartphone_adults" },
      { text: "80%", value: 80, unit: "percent", comparator: "gt", year: 2030, scope: null, indicator: "payment_accounts" },
    ],
    source: "corpus/tuyen-quang.txt:90",
  },
  {
    clause: "Cơ sở hạ tầng thông tin được đầu tư hiện đại, mạng lưới cáp quang triển khai đến 100% xã, phường, thị trấn và hơn 92% thôn, tổ dân phố; gần 48% số hộ gia đình có kết nối cố định Internet băng rộng; có trên 673.000 thuê bao, trong đó có trên 493.000 thuê bao sử dụng điện thoại thông minh.",
    section: "TÌNH HÌNH VÀ NGUYÊN NHÂN",
    reads: [],
    source: "corpus/tuyen-quang.txt:14: the situation the resolution starts from, baselines (\"gần 48%\", \"trên 673.000 thuê bao\")",
  },
  {
    clause: "Theo kết quả xếp hạng chuyển đổi số cấp bộ, cấp tỉnh năm 2020 do Bộ Thông tin và Truyền thông công bố, tỉnh Tuyên Quang xếp thứ 44/63 tỉnh, thành phố trong cả nước về mức độ chuyển đổi số (DTI).",
    section: "TÌNH HÌNH VÀ NGUYÊN NHÂN",
    reads: [],
    source: "corpus/tuyen-quang.txt:14: a standing (\"xếp thứ 44/63\") is a fact, not a target",
  },
  {
    clause: "Phổ cập dịch vụ mạng di động 4G/5G và điện thoại di động thông minh.",
    heading: Y2025,
    reads: [],
    source: "corpus/quang-ngai.txt:203: technology names (\"4G/5G\") are not targets",
  },
  {
    clause: "Hình thành hệ thống cơ sở dữ liệu và dịch vụ số đồng bộ 3 cấp và kết nối với Trung ương.",
    heading: Y2030,
    reads: [],
    source: "corpus/nghe-an.txt:74 (its first clause): \"đồng bộ 3 cấp\" counts levels",
  },
  {
    clause: "Các hệ thống dùng chung của tỉnh được triển khai liên thông 4 cấp hành chính từ tỉnh đến xã.",
    heading: Y2025,
    reads: [],
    source: "corpus/tuyen-quang.txt:14 (a clause of its sentence): \"4 cấp hành chính\" counts levels",
  },
  {
    clause: "Năm 2020, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt tỷ lệ 64,06%.",
    heading: Y2025,
    reads: [],
    source: "GUIDE: a baseline, a fact about the past (\"năm 2020 … đạt tỷ lệ 64,06%\")",
  },
  {
    clause: "Hiện nay, gần 48% số hộ gia đình có kết nối cố định Internet băng rộng.",
    heading: Y2025,
    reads: [],
    source: "GUIDE: a baseline (\"gần 48% số hộ gia đình\"), stated as the present",
  },
  {
    clause: "Cung cấp dịch vụ công trực tuyến mức độ 3, 4 trên Cổng dịch vụ công của tỉnh.",
    heading: Y2025,
    reads: [],
    source: "GUIDE: service levels (\"mức độ 3, 4\") are not targets",
  },
  {
    clause: "Thực hiện Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị về chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư.",
    heading: Y2025,
    reads: [],
    source: "GUIDE: document numbers and dates are not targets",
  },
  {
    clause: "Xây dựng đô thị thông minh, trước mắt là 04 đô thị.",
    heading: Y2025,
    reads: [],
    source: "GUIDE: a count of things being built (\"trước mắt là 04 đô thị\")",
  },
  {
    clause: "Triển khai mô hình 4 lớp trong bảo đảm an toàn thông tin.",
    heading: Y2025,
    reads: [],
    source: "GUIDE: a count of things being built (\"mô hình 4 lớp\")",
  },
  {
    clause: "Xây dựng 02 trung tâm dữ liệu của tỉnh.",
    heading: Y2025,
    reads: [],
    source: "GUIDE: a count of things being built, not a level to reach",
  },
  {
    clause: "Thực hiện tốt các nhiệm vụ chuyển đổi số giai đoạn 2021 - 2025.",
    reads: [],
    source: "GUIDE: a period as such (\"giai đoạn 2021 - 2025\") is not a target",
  },
  {
    clause: "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến đạt 50% vào năm 2025; đến năm 2030 đạt 100%.",
    reads: [
      { text: "50%", value: 50, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "online_applications" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2030, scope: null, indicator: "online_applications" },
    ],
    source: "GUIDE: an elliptical clause (\"…; đến năm 2030 đạt 100%\") counts what the sentence counts",
  },
  {
    clause: "Không dưới 70% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.",
    heading: Y2025,
    reads: [
      { text: "70%", value: 70, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "sme_digital" },
    ],
    source: "GUIDE: \"không dưới\" is gte",
  },
  {
    clause: "Năng suất lao động tăng bình quân 7%/năm.",
    reads: [
      { text: "7%", value: 7, unit: "percent", rate: "per_year", comparator: "eq", year: null, scope: null, indicator: "productivity_growth" },
    ],
    source: "GUIDE: a yearly target without a deadline has year null",
  },
  {
    clause: "Đến 2030, kinh tế số chiếm 30% GRDP.",
    reads: [
      { text: "30%", value: 30, unit: "percent", comparator: "eq", year: 2030, scope: null, indicator: "digital_economy_grdp" },
    ],
    source: "GUIDE: the deadline year from the sentence, written without \"năm\"",
  },
  {
    clause: "Phấn đấu đến năm 2025, tỉnh nằm trong nhóm 20 tỉnh dẫn đầu về chỉ số chuyển đổi số (DTI).",
    reads: [
      { text: "20", value: 20, unit: "rank", comparator: "eq", year: 2025, scope: null, indicator: "dti_rank" },
    ],
    source: "GUIDE: a rank, a top-N group (\"nhóm 10 tỉnh … dẫn đầu\")",
  },
  {
    clause: "100 % hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.",
    heading: Y2025,
    reads: [
      { text: "100 %", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "work_records_online" },
    ],
    source: "GUIDE: a percent sign after a space is still the number's unit sign",
  },
  {
    clause: "Tỷ lệ chi cho chuyển đổi số đạt tối thiểu 1,5% tổng chi ngân sách tỉnh.",
    heading: Y2025,
    reads: [
      { text: "1,5%", value: 1.5, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "digital_budget_share" },
    ],
    source: "GUIDE: decimal comma (\"9,6\" → 9.6)",
  },

  // ---- figures of every kind (GUIDE.md, "More kinds of figure"), national sentences ----
  {
    clause: "Về phát triển kinh tế số: kinh tế số chiếm tối thiểu 10% GRDP của tỉnh; phần đầu 100% doanh nghiệp nhà nước thuộc tỉnh và trên 50% doanh nghiệp vừa và nhỏ trên địa bàn tỉnh hoàn thành chuyển dịch lên nền tảng số.",
    heading: Y2025,
    reads: [
      { text: "10%", value: 10, unit: "percent", comparator: "gte", year: 2025, scope: null, indicator: "digital_economy_grdp" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "other:soe_digital" },
      { text: "50%", value: 50, unit: "percent", comparator: "gt", year: 2025, scope: null, indicator: "sme_digital" },
    ],
    source: "corpus/khanh-hoa.txt:47",
  },
  {
    clause: "Về phát triển kinh tế số: kinh tế số chiếm tối thiểu 30% GRDP của tỉnh; phần đầu 80% doanh nghiệp nhà nước thuộc tỉnh và trên 50% doanh nghiệp trên địa bàn tỉnh hoàn thành chuyển dịch lên nền tảng số.",
    heading: Y2030,
    reads: [
      { text: "30%", value: 30, unit: "percent", comparator: "gte", year: 2030, scope: null, indicator: "digital_economy_grdp" },
      { text: "80%", value: 80, unit: "percent", comparator: "eq", year: 2030, scope: null, indicator: "other:soe_digital" },
      { text: "50%", value: 50, unit: "percent", comparator: "gt", year: 2030, scope: null, indicator: "sme_digital" },
    ],
    source: "corpus/khanh-hoa.txt:55",
  },
  {
    clause: "Về phát triển xã hội số: phổ cập dịch vụ mạng Internet băng rộng cáp quang, mạng di động 5G; tỷ lệ dân số sử dụng các ứng dụng, dịch vụ số để tương tác với chính quyền đạt trên 80%.",
    heading: Y2030,
    reads: [
      { text: "80%", value: 80, unit: "percent", comparator: "gt", year: 2030, scope: null, indicator: "smart_service_users" },
    ],
    source: "corpus/khanh-hoa.txt:57",
  },
  {
    clause: "Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%.",
    heading: Y2030,
    reads: [
      { text: "2%", value: 2, unit: "percent", comparator: "eq", year: 2030, scope: null, indicator: "rnd_spending_gdp" },
      { text: "60%", value: 60, unit: "percent", comparator: "gt", year: 2030, scope: null, indicator: "rnd_private_share" },
    ],
    source: "GUIDE: a share of GDP is percent, what it is a share of is the indicator (R&D, not the digital economy); Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Quy mô kinh tế số đạt tối thiểu 30% GDP; tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%; tỷ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hoá xuất khẩu đạt tối thiểu 50%.",
    heading: Y2030,
    reads: [
      { text: "30%", value: 30, unit: "percent", comparator: "gte", year: 2030, scope: null, indicator: "digital_economy_grdp" },
      { text: "80%", value: 80, unit: "percent", comparator: "gt", year: 2030, scope: null, indicator: "online_services_usage" },
      { text: "50%", value: 50, unit: "percent", comparator: "gte", year: 2030, scope: null, indicator: "hightech_exports" },
    ],
    source: "GUIDE: online services used (online_services_usage), not offered; Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40% tổng số doanh nghiệp; tỷ lệ giao dịch không dùng tiền mặt đạt 80%.",
    heading: Y2030,
    reads: [
      { text: "40%", value: 40, unit: "percent", comparator: "gt", year: 2030, scope: null, indicator: "innovative_firms" },
      { text: "80%", value: 80, unit: "percent", comparator: "eq", year: 2030, scope: null, indicator: "cashless_transactions" },
    ],
    source: "GUIDE: indicator ids added for national documents; Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia và tăng dần theo yêu cầu của thực tiễn.",
    heading: Y2030,
    reads: [
      { text: "3%", value: 3, unit: "percent", comparator: "gte", year: 2030, scope: null, indicator: "science_budget_share" },
    ],
    source: "GUIDE: science_budget_share, a yearly share that is no rate of change; Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Chỉ số phát triển con người (HDI) duy trì trên 0,7.",
    heading: Y2030,
    reads: [
      { text: "0,7", value: 0.7, unit: "index", comparator: "gt", year: 2030, scope: null, indicator: "other:hdi" },
    ],
    source: "GUIDE: unit index (\"HDI duy trì trên 0,7\"); Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 70 điểm trở lên.",
    heading: Y2030,
    reads: [
      { text: "70", value: 70, unit: "index", comparator: "gte", year: 2030, scope: null, indicator: "other:pci" },
    ],
    source: "GUIDE: unit index (\"điểm PCI\")",
  },
  {
    clause: "Đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế trên 55%.",
    heading: Y2030,
    reads: [
      { text: "55%", value: 55, unit: "percent", comparator: "gt", year: 2030, scope: null, indicator: "tfp_contribution" },
    ],
    source: "GUIDE: tfp_contribution; Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Số lượng công bố bài báo khoa học quốc tế tăng trung bình 10%/năm.",
    heading: Y2030,
    reads: [
      { text: "10%", value: 10, unit: "percent", rate: "per_year", comparator: "eq", year: 2030, scope: null, indicator: "other:publications_growth" },
    ],
    source: "GUIDE: a yearly rate (\"tăng trung bình 10%/năm\") keeps the year of its heading; Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Số lượng đơn đăng ký sáng chế và văn bằng bảo hộ sáng chế tăng trung bình 16 - 18%/năm, tỉ lệ khai thác thương mại đạt 8 - 10%.",
    heading: Y2030,
    reads: [
      { text: "16 - 18%", value: 16, max: 18, unit: "percent", rate: "per_year", comparator: "eq", year: 2030, scope: null, indicator: "other:patent_applications_growth" },
      { text: "8 - 10%", value: 8, max: 10, unit: "percent", comparator: "eq", year: 2030, scope: null, indicator: "other:patent_commercialisation" },
    ],
    source: "GUIDE: a yearly rate over a range; after \", tỉ lệ\" the words name the next figure; Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Năng suất lao động mỗi năm tăng 5%.",
    heading: Y2030,
    reads: [
      { text: "5%", value: 5, unit: "percent", rate: "per_year", comparator: "eq", year: 2030, scope: null, indicator: "productivity_growth" },
    ],
    source: "GUIDE: rate per_year (\"mỗi năm tăng 5%\")",
  },
  {
    clause: "Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo đạt 12 người trên một vạn dân; có từ 40 - 50 tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới.",
    heading: Y2030,
    reads: [
      { text: "12", value: 12, unit: "count", per: 10000, comparator: "eq", year: 2030, scope: null, indicator: "researchers_per_capita" },
      { text: "40 - 50", value: 40, max: 50, unit: "count", comparator: "eq", year: 2030, scope: null, indicator: "other:ranked_science_organisations" },
    ],
    source: "GUIDE: a ratio with its base (\"12 người trên một vạn dân\": count, per 10000); Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Phấn đấu có 1 doanh nghiệp công nghệ số trên 1.000 dân.",
    heading: Y2030,
    reads: [
      { text: "1", value: 1, unit: "count", per: 1000, comparator: "eq", year: 2030, scope: null, indicator: "other:digital_tech_firm_density" },
    ],
    source: "GUIDE: a base written as a number (\"trên 1.000 dân\") is the ratio's, not a figure of its own",
  },
  {
    clause: "Thu hút 10.000 tỷ đồng vốn đầu tư cho hạ tầng số.",
    heading: Y2030,
    reads: [
      { text: "10.000", value: 10000, unit: "money", currency: "VND", magnitude: 1e9, comparator: "eq", year: 2030, scope: null, indicator: "other:von_dau_tu_cho" },
    ],
    source: "GUIDE: unit money, value as written, currency and magnitude (\"10.000 tỷ đồng\")",
  },
  {
    clause: "Doanh thu công nghiệp công nghệ số đạt tối thiểu 500 triệu USD.",
    heading: Y2030,
    reads: [
      { text: "500", value: 500, unit: "money", currency: "USD", magnitude: 1e6, comparator: "gte", year: 2030, scope: null, indicator: "other:digital_industry_revenue" },
    ],
    source: "GUIDE: unit money (\"500 triệu USD\")",
  },
  {
    clause: "Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á, nhóm 50 nước đứng đầu thế giới về năng lực cạnh tranh số và chỉ số phát triển Chính phủ điện tử.",
    heading: Y2030,
    reads: [
      { text: "3", value: 3, unit: "rank", comparator: "eq", year: 2030, scope: null, indicator: "competitiveness_rank" },
      { text: "50", value: 50, unit: "rank", comparator: "eq", year: 2030, scope: null, indicator: "competitiveness_rank" },
    ],
    source: "GUIDE: competitiveness_rank, a rank among countries; Nghị quyết 57-NQ/TW, II.2",
  },
  {
    clause: "Năm 2020, chỉ số HDI của tỉnh đạt 0,68; tổng vốn đầu tư cho hạ tầng số đạt 1.200 tỷ đồng.",
    section: "TÌNH HÌNH VÀ NGUYÊN NHÂN",
    reads: [],
    source: "GUIDE: an index and an amount of the past are baselines, not targets",
  },
  {
    clause: "Đào tạo 500 lượt cán bộ mỗi năm về kỹ năng số; bảo đảm tỷ lệ chi cho chuyển đổi số hằng năm đạt tối thiểu 1% tổng chi ngân sách.",
    heading: Y2030,
    reads: [
      { text: "500", value: 500, unit: "count", comparator: "eq", year: 2030, scope: null, indicator: "other:luot_can_bo_moi" },
      { text: "1%", value: 1, unit: "percent", comparator: "gte", year: 2030, scope: null, indicator: "digital_budget_share" },
    ],
    source: "GUIDE: a yearly flow or share is no rate of change (rate null)",
  },
  {
    clause: "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt từ 30% đến 40%; tổng thời gian giải quyết giảm 30% so với năm 2021.",
    heading: "2. Chỉ tiêu cụ thể năm 2022",
    reads: [
      { text: "30% đến 40%", value: 30, max: 40, unit: "percent", comparator: "eq", year: 2022, scope: null, indicator: "online_applications" },
      { text: "30%", value: 30, unit: "percent", comparator: "eq", year: 2022, scope: null, indicator: "other:thoi_gian_giai_quyet" },
    ],
    source: "GUIDE: the year a figure is compared with (\"so với năm 2021\") is not its deadline; a UBND plan for one year",
  },
  {
    clause: "Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng đạt 90% vào năm 2025 và 100% vào năm 2030.",
    reads: [
      { text: "90%", value: 90, unit: "percent", comparator: "eq", year: 2025, scope: "commune", indicator: "work_records_online" },
      { text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2030, scope: "commune", indicator: "work_records_online" },
    ],
    source: "GUIDE: scope; a figure that says nothing of its own is at the level of the one before it",
  },
  {
    clause: "Chỉ số chuyển đổi số cấp tỉnh (DTI) đạt trên 0,6 điểm; doanh thu thương mại điện tử tăng tối thiểu 1,5 lần so với năm 2020.",
    heading: Y2030,
    reads: [
      { text: "0,6", value: 0.6, unit: "index", comparator: "gt", year: 2030, scope: null, indicator: "other:chi_so_chuyen_doi" },
      { text: "1,5", value: 1.5, unit: "count", comparator: "gte", year: 2030, scope: null, indicator: "other:doanh_thu_thuong_mai" },
    ],
    source: "GUIDE: an index is the province's own score, of no level (\"cấp tỉnh\" names the index); a multiplier names nothing",
  },
  {
    clause: "Tỉnh thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chỉ số PAPI; chỉ số PAR INDEX thuộc nhóm 20 tỉnh dẫn đầu.",
    heading: Y2025,
    reads: [
      { text: "15", value: 15, unit: "rank", comparator: "eq", year: 2025, scope: null, indicator: "other:papi_rank" },
      { text: "20", value: 20, unit: "rank", comparator: "eq", year: 2025, scope: null, indicator: "other:par_index_rank" },
    ],
    source: "GUIDE: a ranking by an index the taxonomy scores is that index's ranking; a rank that names its own ranking takes no other's",
  },
  {
    clause: "Chỉ số hiệu quả logistics thuộc nhóm 30 tỉnh, thành phố dẫn đầu cả nước.",
    heading: Y2025,
    reads: [{ text: "30", value: 30, unit: "rank", comparator: "eq", year: 2025, scope: null, indicator: "other:chi_so_hieu_qua" }],
    source: "GUIDE: an unknown ranking is named by what it ranks by, not by its group (\"tỉnh, thành phố dẫn đầu\")",
  },
  {
    clause: "Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng đạt 95%; cấp huyện đạt 85%, cấp xã đạt 65%.",
    heading: Y2025,
    reads: WORK_RECORDS_95_85_65,
    source: "GUIDE: scope, each number separately; a level before its figure, the figure's own phrase ends at a comma",
  },
  {
    clause: "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh 95%, cấp huyện 85%, cấp xã 65%.",
    heading: Y2025,
    reads: WORK_RECORDS_95_85_65,
    source: "GUIDE: scope, each number separately; levels listed before their figures",
  },
  {
    clause: "100% các cơ quan nhà nước từ cấp tỉnh đến cấp xã có hệ thống quản lý văn bản và điều hành.",
    heading: Y2025,
    reads: [{ text: "100%", value: 100, unit: "percent", comparator: "eq", year: 2025, scope: null, indicator: "other:co_quan_nha_nuoc" }],
    source: "GUIDE: scope names one level; every level from one to another names none",
  },
];
