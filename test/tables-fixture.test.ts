// A plan as provinces publish them (…/KH-UBND): its targets in an annex table ("Phụ lục I
// … Danh mục các chỉ tiêu": past figures, the plan year, the target year, the body in
// charge) and its tasks in another ("Phụ lục II": nhiệm vụ, chủ trì, phối hợp, thời hạn).
// Its gold (GUIDE.md, with `lead`) is in test/fixtures/tables/; the shared scorer scores it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { extract } from "../src/pipeline.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/tables", import.meta.url));
const SCORER = fileURLToPath(new URL("../../shared/eval/score.mjs", import.meta.url));
const FILE = "ke-hoach-ubnd-phu-luc.txt";
const have = existsSync(SCORER);
if (!have) console.warn(`skipped: no scorer at ${SCORER} (the table fixture is scored with ../shared/eval/score.mjs)`);

describe.skipIf(!have)("a plan with its targets and tasks in annex tables, scored against its gold", () => {
  const out = mkdtempSync(join(tmpdir(), "nghiquyet-tables-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const { document } = extract(readFileSync(join(FIXTURES, FILE)), { path: FILE });
  writeFileSync(join(out, `${FILE}.json`), JSON.stringify(document));
  const score = () =>
    JSON.parse(execFileSync(process.execPath, [SCORER, "--gold", FIXTURES, "--pred", out, "--raw", FIXTURES, "--json"], { encoding: "utf8" }));

  test("every value cell a target, with its unit, comparator, year and lead; every body of the lead column", () => {
    const report = score();
    expect(report.documents).toEqual({ gold: 1, found: 1 });
    expect([report.targets.tp, report.targets.fp, report.targets.fn]).toEqual([20, 0, 0]);
    expect(report.strict.f1).toBe(1);
    expect(report.fields.lead).toBe(1);
    expect(report.fields.provenance).toBe(1);
    expect([report.bodies.tp, report.bodies.fp, report.bodies.fn]).toEqual([7, 0, 0]);
  });

  test("the column of past figures gives baselines with its year, not targets", () => {
    expect(document.baselines.map((b) => [b.literal, b.year])).toEqual([
      ["48", 2023], ["35,2", 2023], ["55", 2023], ["25", 2023], ["8,5", 2023], ["30", 2023], ["1.200", 2023], ["85", 2023], ["62", 2023],
    ]);
  });

  test("the task table's bodies carry their task and deadline", () => {
    const fromTable = document.bodies.filter((b) => b.deadline !== null);
    expect(fromTable.map((b) => [b.name, b.deadline])).toEqual([
      ["Sở Thông tin và Truyền thông", "Quý IV/2024"],
      ["Văn phòng UBND tỉnh", "Năm 2024"],
      ["Sở Nội vụ", "Hằng năm"],
      ["UBND các huyện, thị xã, thành phố", "Hằng năm"],
    ]);
  });
});
