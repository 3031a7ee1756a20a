/**
 * The HTML report in a real browser (Debian's chromium through playwright-core), with a
 * 63-province corpus of three documents each (test/support/report-corpus.ts): at 400 px and
 * 1,400 px no page scrolls sideways and none logs an error; sorting, the filters, the search
 * box and the source view work; nothing is fetched from the network; the XSS probe of the
 * fixtures stays text. Screenshots of the indicator view and the province profile go to
 * docs/ (the README shows them). Skipped only when /usr/bin/chromium is absent (CI installs
 * it: .ci/install-chromium.sh).
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compare, readDocuments, writeComparisonOutputs } from "../../src/compare/index.js";
import type { Comparison } from "../../src/compare/types.js";
import { pages } from "../../src/report/site/links.js";
import { documentText } from "../../src/commands/outputs.js";
import { small } from "../compare/helpers.js";
import { reportCorpus } from "../support/report-corpus.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SHOTS = join(ROOT, "docs");
const DOCS = join(ROOT, "docs");
const REAL_DOCS = join(ROOT, "output/documents");

if (!HAVE_CHROMIUM) console.warn(`test/e2e/report.test.ts: skipped, ${CHROMIUM} is absent (install it: bash .ci/install-chromium.sh)`);

const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

interface Opened {
  page: Page;
  errors: string[];
  /** requests for anything but a file of the report's folder */
  outside: string[];
  dialogs: string[];
}

describe.skipIf(!HAVE_CHROMIUM)(`the HTML report in Chromium${HAVE_CHROMIUM ? "" : ` (skipped: ${CHROMIUM} is absent)`}`, () => {
  let browser: Browser;
  let work: string;
  let big: Comparison;
  let bigDir: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    work = await mkdtemp(join(tmpdir(), "nghiquyet-e2e-"));
    const corpus = await reportCorpus(3);
    big = compare(corpus.docs);
    bigDir = join(work, "big");
    await writeComparisonOutputs(corpus.docs, bigDir, { text: (p) => corpus.texts.get(p) ?? null });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function open(dir: string, file: string, width: number): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const opened: Opened = { page, errors: [], outside: [], dialogs: [] };
    const base = pathToFileURL(dir).href;
    page.on("console", (m) => {
      if (m.type() === "error") opened.errors.push(m.text());
    });
    page.on("pageerror", (e) => opened.errors.push(e.message));
    page.on("request", (r) => {
      if (!r.url().startsWith(base)) opened.outside.push(r.url());
    });
    page.on("dialog", async (d) => {
      opened.dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: "load" });
    return opened;
  }

  async function clean(o: Opened): Promise<void> {
    const { scroll, inner } = await o.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll, `${o.page.url()} scrolls sideways`).toBeLessThanOrEqual(inner);
    expect(o.errors).toEqual([]);
    expect(o.outside).toEqual([]);
    expect(o.dialogs).toEqual([]);
  }

  /** the visible rows of the first row section */
  const visibleProvinces = (page: Page) =>
    page.evaluate(() => Array.from(document.querySelectorAll("section.row tbody tr")).filter((tr) => !(tr as HTMLElement).hidden && !(tr.closest("section") as HTMLElement).hidden).map((tr) => tr.getAttribute("data-province")));

  it("has every view fit at 400 px and 1,400 px, without a console error or a request outside the report", async () => {
    const province = big.provinces.find((p) => p.slug === "nghe-an")!;
    const views = ["report.html", `report/${pages.matrix()}`, `report/${pages.indicator("work_records_online")}`, `report/${pages.province(province.slug)}`];
    for (const width of [400, 1400])
      for (const view of views) {
        const o = await open(bigDir, view, width);
        await clean(o);
        await o.page.close();
      }
    // the overview lists all 63 provinces and links each to its profile
    const o = await open(bigDir, "report.html", 1400);
    expect(await o.page.locator("table.provinces tbody tr").count()).toBe(63);
    expect(await o.page.locator("table.provinces tbody tr th a").first().getAttribute("href")).toMatch(/^report\/province-[a-z0-9-]+\.html$/);
    await o.page.close();
  }, 120_000);

  it("sorts an indicator's provinces by ambition, and by name on request", async () => {
    const o = await open(bigDir, `report/${pages.indicator("work_records_online")}`, 1400);
    const { page } = o;
    const section = page.locator("section.row").first();
    const names = () => section.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-name")!, Number(tr.getAttribute("data-rank"))] as const));
    const byAmbition = await names();
    expect(byAmbition.map(([, r]) => r)).toEqual(byAmbition.map((_, i) => i));
    // the first is a most ambitious province of the row, the last comparable one a least ambitious
    const row = big.rows.find((r) => r.indicator === "work_records_online")!;
    const first = row.cells.find((c) => c.province === (big.provinces.find((p) => p.name === byAmbition[0][0])!.slug))!;
    expect(first.highest).toBe(true);
    await page.selectOption("select[data-sort]", "name");
    const byName = (await names()).map(([n]) => n);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "vi")));
    expect(byName).not.toEqual(byAmbition.map(([n]) => n));
    await page.selectOption("select[data-sort]", "ambition");
    expect(await names()).toEqual(byAmbition);
    await clean(o);
    await page.close();
  }, 60_000);

  it("filters by year, scope, document kind and province, and searches", async () => {
    const o = await open(bigDir, `report/${pages.indicator("work_records_online")}`, 1400);
    const { page } = o;
    const visibleSections = () => page.locator("section.row").evaluateAll((ss) => ss.filter((s) => !(s as HTMLElement).hidden).map((s) => [s.getAttribute("data-year"), s.getAttribute("data-scope")]));
    const all = (await visibleSections()).length;
    await page.selectOption('select[data-filter="year"]', "2030");
    const in2030 = await visibleSections();
    expect(in2030.length).toBeGreaterThan(0);
    expect(in2030.length).toBeLessThan(all);
    expect(in2030.every(([y]) => y === "2030")).toBe(true);
    await page.selectOption('select[data-filter="scope"]', "district");
    expect(await visibleSections()).toEqual([["2030", "district"]]);
    await page.selectOption('select[data-filter="year"]', "");
    await page.selectOption('select[data-filter="scope"]', "");

    await page.selectOption('select[data-filter="province"]', "nghe-an");
    const only = await visibleProvinces(page);
    expect(only.length).toBeGreaterThan(0);
    expect(new Set(only)).toEqual(new Set(["nghe-an"]));
    await page.selectOption('select[data-filter="province"]', "");

    await page.selectOption('select[data-filter="kind"]', "plan");
    const kinds = await page.evaluate(() => Array.from(document.querySelectorAll("section.row tbody tr")).filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute("data-kind")));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k!.split(" ").includes("plan"))).toBe(true);
    await page.selectOption('select[data-filter="kind"]', "");

    // the search box folds diacritics: "nghe an" finds Nghệ An
    await page.fill("input[data-search]", "nghe an");
    expect(new Set(await visibleProvinces(page))).toEqual(new Set(["nghe-an"]));
    await page.fill("input[data-search]", "");
    expect((await visibleSections()).length).toBe(all);
    await clean(o);
    await page.close();
  }, 60_000);

  it("opens a number's words: the source page scrolls to it, marks it and its clause, and quotes it", async () => {
    const o = await open(bigDir, `report/${pages.indicator("work_records_online")}`, 400);
    const { page } = o;
    const link = page.locator("section.row tbody tr td.values a").first();
    const href = (await link.getAttribute("href"))!;
    const targetId = decodeURIComponent(href.split("#t-")[1]);
    const target = big.rows.flatMap((r) => r.cells.flatMap((c) => c.targets)).find((t) => t.targetId.replace(/[^A-Za-z0-9_]+/g, "-") === targetId)!;
    await link.click();
    await page.waitForURL(/source-.*#t-/);
    const mark = page.locator("mark:target");
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toBe(target.literal.normalize("NFC"));
    expect(await mark.isVisible()).toBe(true);
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    // its line is the one cited
    const line = await mark.evaluate((m) => m.closest(".line")!.id);
    expect(line).toBe(`L${target.position.start.line}`);
    // the clause around it is highlighted and quoted above the text
    const clause = await page.evaluate(() => Array.from(document.querySelectorAll(".quote.hit")).map((q) => q.textContent).join(" "));
    expect(clause.replace(/[\s*_]+/g, " ").trim()).toBe(target.quote.replace(/[\s*_]+/g, " ").trim());
    expect(await page.locator("[data-quote-banner] q").innerText()).toBe(target.quote);
    await clean(o);
    await o.page.screenshot({ path: join(SHOTS, "report-source-phone.png") });
    await page.close();
  }, 60_000);

  it("saves screenshots of the indicator view and a province profile (docs/)", async () => {
    await mkdir(SHOTS, { recursive: true });
    await mkdir(DOCS, { recursive: true });
    const indicator = await open(bigDir, `report/${pages.indicator("digital_economy_grdp")}`, 1400);
    await indicator.page.screenshot({ path: join(DOCS, "report-indicator.png") });
    await indicator.page.close();
    const phone = await open(bigDir, `report/${pages.indicator("work_records_online")}`, 400);
    await phone.page.locator("section.row").first().scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: join(DOCS, "report-indicator-phone.png") });
    await phone.page.close();
    const province = await open(bigDir, `report/${pages.province("nghe-an")}`, 1400);
    await province.page.screenshot({ path: join(DOCS, "report-province.png") });
    await province.page.close();
    const overview = await open(bigDir, "report.html", 1400);
    await overview.page.screenshot({ path: join(SHOTS, "report-overview.png") });
    await overview.page.close();
    expect(existsSync(join(DOCS, "report-indicator.png")) && existsSync(join(DOCS, "report-province.png"))).toBe(true);
  }, 60_000);

  it("keeps the fixtures' XSS probe as text on every view", async () => {
    const dir = join(work, "small");
    await writeComparisonOutputs(small(), dir);
    for (const view of ["report.html", `report/${pages.indicator("other:xss_probe")}`, `report/${pages.province("ha-giang")}`, `report/${pages.matrix()}`]) {
      const o = await open(dir, view, 1400);
      expect(await o.page.locator("img").count()).toBe(0);
      expect(await o.page.evaluate(() => document.scripts.length)).toBe(1);
      await clean(o);
      await o.page.close();
    }
    const o = await open(dir, `report/${pages.indicator("other:xss_probe")}`, 1400);
    const title = await o.page.locator("section.row td.values a").first().getAttribute("title");
    expect(title).toContain(`Thử <script>alert(1)</script> và "><img src=x onerror=alert(1)> trong 01 câu`);
    await o.page.close();
  }, 60_000);

  it.skipIf(!existsSync(REAL_DOCS))("renders the real documents of output/documents with their texts", async () => {
    const { docs, problems } = await readDocuments(REAL_DOCS);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const dir = join(work, "real");
    await writeComparisonOutputs(docs, dir, { text: documentText(docs, join(ROOT, "output"), join(ROOT, "corpus")) });
    for (const p of compare(docs).provinces) {
      const o = await open(dir, `report/${pages.province(p.slug)}`, 400);
      await clean(o);
      await o.page.close();
    }
  }, 60_000);
});
