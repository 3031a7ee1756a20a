/**
 * Short table-header labels for the indicator ids of the taxonomy (shared/gold/GUIDE.md),
 * scopes and years, in Vietnamese and English. The order of INDICATORS is the order rows
 * are listed in: digital government, digital economy, digital society, as in the guide.
 */
import type { Scope } from "../schema/document.js";

export interface Label {
  vi: string;
  en: string;
}

export const INDICATORS: ReadonlyArray<readonly [id: string, label: Label]> = [
  // Chính quyền số — digital government
  ["online_services_full", { vi: "Dịch vụ công trực tuyến toàn trình", en: "Full online public services" }],
  ["online_applications", { vi: "Hồ sơ TTHC xử lý trực tuyến", en: "Procedure files handled online" }],
  ["work_records_online", { vi: "Hồ sơ công việc trên môi trường mạng", en: "Work files processed online" }],
  ["reports_online", { vi: "Báo cáo định kỳ trực tuyến", en: "Periodic reports online" }],
  ["inspections_digital", { vi: "Kiểm tra qua môi trường số", en: "Inspections done digitally" }],
  ["eid_users", { vi: "Định danh, xác thực điện tử", en: "Users with e-identification" }],
  ["satisfaction", { vi: "Mức độ hài lòng", en: "Satisfaction with procedures" }],
  ["officials_trained", { vi: "Cán bộ được đào tạo kỹ năng số", en: "Officials trained in digital skills" }],
  ["shared_databases", { vi: "Cơ sở dữ liệu kết nối, chia sẻ", en: "Shared databases connected" }],
  ["open_data_agencies", { vi: "Cơ quan tham gia dữ liệu mở", en: "Agencies in open data" }],
  ["dedicated_network", { vi: "Mạng truyền số liệu chuyên dùng", en: "Dedicated data network" }],
  ["it_staff", { vi: "Cán bộ phụ trách CNTT", en: "Agencies with IT staff" }],
  ["internal_ops_digital", { vi: "Điều hành, quản trị nội bộ số", en: "Internal operations digital" }],
  ["dti_rank", { vi: "Xếp hạng chuyển đổi số (DTI)", en: "DTI ranking (top-N)" }],
  ["digital_budget_share", { vi: "Ngân sách chi cho chuyển đổi số", en: "Budget share for digital" }],
  // Kinh tế số — digital economy
  ["digital_economy_grdp", { vi: "Kinh tế số trong GRDP", en: "Digital economy share of GRDP" }],
  ["digital_economy_sector", { vi: "Kinh tế số trong từng ngành", en: "Digital economy in each sector" }],
  ["productivity_growth", { vi: "Tăng năng suất lao động", en: "Labour productivity growth" }],
  ["sme_digital", { vi: "Doanh nghiệp dùng nền tảng số", en: "SMEs on digital platforms" }],
  ["industrial_enterprises_digital", { vi: "Doanh nghiệp KCN ứng dụng công nghệ số", en: "Industrial-zone firms digital" }],
  ["ecommerce_training", { vi: "Đào tạo thương mại điện tử", en: "E-commerce training" }],
  ["farm_households_digitized", { vi: "Hộ sản xuất nông nghiệp số hóa", en: "Farm households digitized" }],
  ["sector_databases_bigdata", { vi: "CSDL ngành trên dữ liệu lớn", en: "Sector databases on big data" }],
  // Xã hội số — digital society
  ["fiber_households", { vi: "Cáp quang đến hộ gia đình", en: "Fibre to households" }],
  ["fiber_villages", { vi: "Cáp quang đến thôn, xã", en: "Fibre to villages / communes" }],
  ["mobile_coverage", { vi: "Phủ sóng 4G/5G", en: "4G / 5G coverage" }],
  ["smartphone_adults", { vi: "Dân số có điện thoại thông minh", en: "Adults with smartphones" }],
  ["payment_accounts", { vi: "Tài khoản thanh toán", en: "People with payment accounts" }],
  ["e_payment_users", { vi: "Thanh toán điện tử", en: "Adults paying electronically" }],
  ["digital_signature", { vi: "Chữ ký số cá nhân", en: "Personal digital signature" }],
  ["digital_skills_workforce", { vi: "Người lao động có kỹ năng số", en: "Workforce with digital skills" }],
  ["digital_identity", { vi: "Danh tính số, hồ sơ sức khỏe số", en: "Digital identity / health record" }],
  ["smart_service_users", { vi: "Người dùng dịch vụ thông minh", en: "Smart-service users" }],
  ["telemedicine_facilities", { vi: "Cơ sở y tế khám bệnh từ xa", en: "Telemedicine facilities" }],
  ["units_transformed", { vi: "Huyện, xã hoàn thành chuyển đổi số", en: "Districts / communes transformed" }],
  ["smart_traffic_cameras", { vi: "Tuyến đường có giám sát thông minh", en: "Roads with smart surveillance" }],
];

const byId = new Map(INDICATORS.map(([id, label]) => [id, label]));

/** The label of an indicator id; an `other:<slug>` id (or any unknown id) shows its slug. */
export function indicatorLabel(id: string): Label {
  const known = byId.get(id);
  if (known) return known;
  const slug = id.startsWith("other:") ? id.slice("other:".length) : id;
  return { vi: slug, en: slug };
}

/** Sort key of an indicator: taxonomy order first, then unknown ids alphabetically. */
export function indicatorOrder(id: string): number {
  const index = INDICATORS.findIndex(([known]) => known === id);
  return index === -1 ? INDICATORS.length : index;
}

const SCOPES: ReadonlyArray<readonly [NonNullable<Scope>, Label]> = [
  ["province", { vi: "cấp tỉnh", en: "province" }],
  ["district", { vi: "cấp huyện", en: "district" }],
  ["commune", { vi: "cấp xã", en: "commune" }],
  ["village", { vi: "thôn", en: "village" }],
  ["household", { vi: "hộ gia đình", en: "household" }],
];

/** The label of a scope; null (no administrative level named) has none. */
export function scopeLabel(scope: Scope): Label | null {
  return SCOPES.find(([s]) => s === scope)?.[1] ?? null;
}

/** Scope sort key: no level first, then province → household. */
export function scopeOrder(scope: Scope): number {
  return scope === null ? 0 : 1 + SCOPES.findIndex(([s]) => s === scope);
}

/** The label of a deadline year; null means a yearly target without deadline. */
export function yearLabel(year: number | null): Label {
  return year === null ? { vi: "hằng năm", en: "yearly" } : { vi: String(year), en: String(year) };
}
