import { describe, expect, it } from "vitest";
import { measureOf } from "../../src/compare/measure.js";
import { documentLabel } from "../../src/compare/documents.js";

describe("the measure of a target: the noun right after its number", () => {
  it("reads schools and trainees, shared and specialised databases apart", () => {
    expect(measureOf("có từ 01 đến 02 cơ sở giáo dục triển khai đào tạo", "01 đến 02")).toEqual({ id: "school", label: { vi: "cơ sở giáo dục", en: "schools" } });
    expect(measureOf("đào tạo cho trên 3.000 lượt doanh nghiệp, hợp tác xã", "3.000")?.id).toBe("turn");
    expect(measureOf("100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành được kết nối", "100%")).toEqual({
      id: "database:shared",
      label: { vi: "cơ sở dữ liệu dùng chung", en: "shared databases" },
    });
    expect(measureOf("100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành được kết nối", "80%")?.id).toBe("database:specialised");
  });

  it("is null when the words after the number name nothing listed, or the number is not in the clause", () => {
    expect(measureOf("tỷ lệ hồ sơ được xử lý trực tuyến đạt 90%", "90%")).toBeNull();
    expect(measureOf("kinh tế số chiếm 20% GRDP", "20%")).toBeNull();
    expect(measureOf("không có số", "90%")).toBeNull();
  });
});

describe("a document's name in a cell", () => {
  it("is its kind and number, and its date; the file when it has no number", () => {
    expect(documentLabel({ kind: "plan", number: "12/KH-UBND", date: "2022-03-01", path: "a.txt" })).toBe("12/KH-UBND, 2022-03-01");
    expect(documentLabel({ kind: "party_resolution", number: "09-NQ/TU", date: null, path: "a.txt" })).toBe("09-NQ/TU");
    expect(documentLabel({ kind: "council_resolution", number: null, date: null, path: "a.txt" })).toBe("NQ-HĐND a.txt");
    expect(documentLabel({ kind: null, number: null, date: "2021-11-10", path: "a.txt" })).toBe("a.txt, 2021-11-10");
  });
});
