// Bodies: the subjects of each item of the implementation section, split on "," and
// "và"; "tổ chức" read as a verb unless a kind of organisation follows; the body led
// after "lãnh đạo" / "chỉ đạo"; canonical names with abbreviations expanded.
import { describe, expect, test } from "vitest";
import { canonicalBody } from "../../src/stages/extract/bodies.js";
import type { Body } from "../../src/schema/document.js";
import { lineOf, resolution, run, slice } from "../support/resolution.js";

function bodies(implementation: string): Body[] {
  const raw = resolution({ implementation });
  const doc = run(raw);
  // every body's position slices its name out of the raw text
  for (const b of doc.bodies) expect(slice(raw, b.position).replace(/\s+/g, " ")).toBe(b.name);
  return doc.bodies;
}

const names = (implementation: string) => bodies(implementation).map((b) => [b.name, b.role]);

describe("subjects", () => {
  test("a list split on ',' and 'và', ending where the verb begins", () => {
    expect(
      names("1. Các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong tỉnh tập trung lãnh đạo, chỉ đạo tổ chức học tập, quán triệt Nghị quyết."),
    ).toEqual([
      ["Các cấp ủy đảng", "subject"],
      ["chính quyền", "subject"],
      ["Mặt trận Tổ quốc", "subject"],
      ["các tổ chức chính trị - xã hội trong tỉnh", "subject"],
    ]);
  });

  test("a compound name with a comma inside is one body", () => {
    expect(names("6. Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy theo chức năng, nhiệm vụ theo dõi, đôn đốc, kiểm tra.")).toEqual([
      ["Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy", "subject"],
    ]);
  });

  test("administrative units listed inside one name are one body; the list of bodies goes on after them", () => {
    expect(names("2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan xây dựng kế hoạch.")).toEqual([
      ["Các sở", "subject"],
      ["ban", "subject"],
      ["ngành", "subject"],
      ["Ủy ban nhân dân các huyện, thị xã, thành phố", "subject"],
      ["các cơ quan, đơn vị có liên quan", "subject"],
    ]);
    expect(names("3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo thực hiện.")).toEqual([
      ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "subject"],
    ]);
    // a comma after a unit that is not followed by another unit still ends the name
    expect(names("1. Ủy ban nhân dân tỉnh, Sở Tài chính bố trí kinh phí.")).toEqual([
      ["Ủy ban nhân dân tỉnh", "subject"],
      ["Sở Tài chính", "subject"],
    ]);
  });

  test("the watchers an HĐND resolution names, party committees in lower case, a subject that 'là' a role", () => {
    expect(
      names("2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
    ).toEqual([
      ["Thường trực Hội đồng nhân dân tỉnh", "subject"],
      ["các Ban của Hội đồng nhân dân tỉnh", "subject"],
      ["các Tổ đại biểu", "subject"],
      ["đại biểu Hội đồng nhân dân tỉnh", "subject"],
    ]);
    expect(names("1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương tổ chức quán triệt Nghị quyết.")).toEqual([
      ["Các tỉnh ủy", "subject"],
      ["thành ủy", "subject"],
      ["đảng ủy trực thuộc Trung ương", "subject"],
    ]);
    expect(names("1. Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì theo dõi việc triển khai.")).toEqual([["Sở Thông tin và Truyền thông", "subject"]]);
  });

  test("the firms, outlets and services a plan gives work to; a verb not listed before still ends the name", () => {
    expect(names("2. Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh đẩy mạnh tuyên truyền.")).toEqual([
      ["Báo Lạng Sơn", "subject"],
      ["Đài Phát thanh và Truyền hình tỉnh", "subject"],
      ["Cổng Thông tin điện tử tỉnh", "subject"],
    ]);
    expect(names("3. Bưu điện tỉnh, Viettel Lạng Sơn, VNPT Lạng Sơn hỗ trợ người dân cài đặt ứng dụng.")).toEqual([
      ["Bưu điện tỉnh", "subject"],
      ["Viettel Lạng Sơn", "subject"],
      ["VNPT Lạng Sơn", "subject"],
    ]);
    expect(names("4. Liên minh Hợp tác xã tỉnh, Hội Doanh nhân trẻ tỉnh vận động doanh nghiệp tham gia.")).toEqual([
      ["Liên minh Hợp tác xã tỉnh", "subject"],
      ["Hội Doanh nhân trẻ tỉnh", "subject"],
    ]);
    expect(names("5. Các doanh nghiệp viễn thông phối hợp triển khai hạ tầng số.")).toEqual([["Các doanh nghiệp viễn thông", "subject"]]);
    expect(names("6. Trường Chính trị tỉnh đưa nội dung chuyển đổi số vào chương trình đào tạo.")).toEqual([["Trường Chính trị tỉnh", "subject"]]);
  });

  test("a decision's last article: bodies split on ';', its catch-all whole", () => {
    expect(
      names(
        "3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở; Thủ trưởng các ban, ngành thuộc tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
      ),
    ).toEqual([
      ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "subject"],
      ["Giám đốc các sở", "subject"],
      ["Thủ trưởng các ban", "subject"],
      ["ngành thuộc tỉnh", "subject"],
      ["Chủ tịch Ủy ban nhân dân các huyện, thành phố", "subject"],
      ["các tổ chức, cá nhân có liên quan", "subject"],
    ]);
  });

  test("'chính trị - xã hội' wrapped over a PDF line is still one name", () => {
    expect(names("4. Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã \n\nhội tỉnh, Ban Thường vụ Tỉnh đoàn chỉ đạo tuyên truyền, vận động.")).toEqual([
      ["Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh", "subject"],
      ["các tổ chức chính trị - xã hội tỉnh", "subject"],
      ["Ban Thường vụ Tỉnh đoàn", "subject"],
    ]);
  });

  test("'tổ chức' is the verb after a subject, a noun when a kind of organisation follows", () => {
    expect(names("1. Các cấp ủy Đảng, chính quyền từ tỉnh đến cơ sở tổ chức phổ biến, quán triệt Nghị quyết.")).toEqual([
      ["Các cấp ủy Đảng", "subject"],
      ["chính quyền từ tỉnh đến cơ sở", "subject"],
    ]);
    expect(names("1. Các tổ chức cơ sở đảng tổ chức học tập Nghị quyết.")).toEqual([["Các tổ chức cơ sở đảng", "subject"]]);
    expect(names("1. Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đẩy mạnh tuyên truyền.")).toEqual([
      ["Mặt trận Tổ quốc", "subject"],
      ["các tổ chức chính trị - xã hội", "subject"],
    ]);
  });

  test("recipients of advice are not bodies: '… tham mưu cho Ban Thường vụ Tỉnh ủy'", () => {
    expect(names("4. Ban Tuyên giáo Tỉnh ủy tham mưu cho Ban Thường vụ Tỉnh ủy kế hoạch tổ chức học tập.")).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", "subject"],
    ]);
    expect(names("6. Văn phòng Tỉnh ủy chủ trì, phối hợp với các ban đảng Tỉnh ủy theo dõi, đôn đốc.")).toEqual([["Văn phòng Tỉnh ủy", "subject"]]);
  });

  test("'Giao …' opens an item that assigns work to the body after it", () => {
    expect(names("2. Giao Ban Tuyên giáo Tỉnh ủy chủ trì hướng dẫn quán triệt Nghị quyết.")).toEqual([["Ban Tuyên giáo Tỉnh ủy", "subject"]]);
  });

  test("names with 'và' inside: 'Sở Thông tin và Truyền thông', 'Sở Kế hoạch và Đầu tư'", () => {
    expect(names("1. Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành triển khai.")).toEqual([
      ["Sở Thông tin và Truyền thông", "subject"],
    ]);
    expect(names("2. Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí vốn.")).toEqual([
      ["Sở Kế hoạch và Đầu tư", "subject"],
      ["Sở Tài chính", "subject"],
    ]);
  });
});

describe("led bodies", () => {
  test("the body named right after 'lãnh đạo' / 'chỉ đạo' is listed as led", () => {
    const bs = bodies(
      [
        "2. Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh ban hành chương trình hành động.",
        "3. Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh xem xét, ban hành các cơ chế, chính sách.",
        "4. Đảng đoàn Hội đồng nhân dân tỉnh chỉ đạo Hội đồng nhân dân tỉnh nghiên cứu, đề xuất.",
      ].join("\n\n"),
    );
    expect(bs.map((b) => [b.name, b.canonical, b.role, b.item])).toEqual([
      ["Ban Cán sự đảng UBND tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "subject", "IV.2"],
      ["UBND tỉnh", "Ủy ban nhân dân tỉnh", "led", "IV.2"],
      ["Đảng đoàn HĐND tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh", "subject", "IV.3"],
      ["HĐND tỉnh", "Hội đồng nhân dân tỉnh", "led", "IV.3"],
      ["Đảng đoàn Hội đồng nhân dân tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh", "subject", "IV.4"],
      ["Hội đồng nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "led", "IV.4"],
    ]);
  });

  test("the body given the work after 'giao' is listed as led; 'tham gia' ends a subject", () => {
    expect(names("3. Ban Thường vụ Tỉnh ủy giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện.")).toEqual([
      ["Ban Thường vụ Tỉnh ủy", "subject"],
      ["Văn phòng Tỉnh ủy", "led"],
    ]);
    expect(names("2. Đề nghị Ủy ban MTTQ tỉnh và các đoàn thể chính trị - xã hội tỉnh tham gia giám sát.")).toEqual([
      ["Ủy ban MTTQ tỉnh", "subject"],
      ["các đoàn thể chính trị - xã hội tỉnh", "subject"],
    ]);
  });

  test("'chỉ đạo' followed by a task, not a body, leads no one", () => {
    expect(names("3. Ban cán sự đảng UBND tỉnh chỉ đạo xây dựng và triển khai các chương trình.")).toEqual([["Ban cán sự đảng UBND tỉnh", "subject"]]);
    expect(names("2. Đảng đoàn Hội đồng nhân dân tỉnh chỉ đạo rà soát, bổ sung cơ chế.")).toEqual([["Đảng đoàn Hội đồng nhân dân tỉnh", "subject"]]);
  });

  test("a body wrapped onto the next PDF line keeps its position on the line it starts", () => {
    const implementation = "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh \n\nxem xét, ban hành các cơ chế, chính sách.";
    const raw = resolution({ implementation });
    const bs = run(raw).bodies;
    expect(bs.map((b) => [b.name, b.role, b.position.start.line])).toEqual([
      ["Đảng đoàn Hội đồng nhân dân tỉnh", "subject", lineOf(raw, "2. Đảng đoàn")],
      ["Hội đồng nhân dân tỉnh", "led", lineOf(raw, "2. Đảng đoàn")],
    ]);
    expect(bs[0].task).toBe("lãnh đạo Hội đồng nhân dân tỉnh xem xét, ban hành các cơ chế, chính sách.");
  });
});

describe("scope of the search", () => {
  test("only the implementation section: bodies in tasks and recipients in 'Nơi nhận' are not listed", () => {
    const raw = resolution({
      tasks: "1. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền.",
      implementation: "1. Văn phòng Tỉnh ủy chủ trì theo dõi.",
      closing: "Nơi nhận:\n- Ban Bí thư Trung ương Đảng (b/c),\n- Ban Cán sự đảng Chính phủ (b/c),\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nBùi Thị Quỳnh Vân",
    });
    expect(run(raw).bodies.map((b) => b.name)).toEqual(["Văn phòng Tỉnh ủy"]);
  });

  test("a closing sentence without a marker is not an item", () => {
    expect(names("1. Văn phòng Tỉnh ủy chủ trì theo dõi.\n\nNghị quyết này phổ biến đến chi bộ, đảng viên và Nhân dân.")).toEqual([["Văn phòng Tỉnh ủy", "subject"]]);
  });

  test("bodies of '-' items in the implementation section", () => {
    expect(names("- Ban Tuyên giáo Tỉnh ủy hướng dẫn quán triệt.\n\n- Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh mạng.")).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", "subject"],
      ["Công an tỉnh", "subject"],
      ["Bộ Chỉ huy Quân sự tỉnh", "subject"],
    ]);
  });
});

describe("canonical names", () => {
  test.each([
    ["Ban Cán sự đảng UBND tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh"],
    ["BCS đảng UBND tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh"],
    ["Đảng đoàn HĐND tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh"],
    ["Đảng đoàn MTTQ Việt Nam tỉnh", "Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["BTV Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn"],
    ["UBND tỉnh", "Ủy ban nhân dân tỉnh"],
    ["các tổ chức chính trị - xã hội", "Tổ chức chính trị - xã hội"],
    ["Các cấp uỷ", "Cấp ủy"],
    ["Các cấp ủy đảng", "Cấp ủy đảng"],
    ["chính quyền", "Chính quyền"],
    ["toàn thể   cán bộ", "Cán bộ"],
    ["ban thường vụ tỉnh ủy", "Ban Thường vụ Tỉnh ủy"],
  ])("%j → %j", (name, canonical) => {
    expect(canonicalBody(name)).toBe(canonical);
  });

  test("an abbreviation inside a word is left alone", () => {
    expect(canonicalBody("Trường CNTTx")).toBe("Trường CNTTx");
  });
});
