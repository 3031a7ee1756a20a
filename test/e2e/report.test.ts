/**
 * report.html in a real browser (Debian's chromium through playwright-core): no console
 * error, no network, every province and the national column in the table, charts with
 * bars, and each number's quote and file:line on hover (title) and on click (details).
 * Skipped only when /usr/bin/chromium is absent (CI installs it: .ci/install-chromium.sh).
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compare, readDocuments, writeComparisonOutputs } from "../../src/compare/index.js";
import type { Document } from "../../src/schema/document.js";
import { gold, small } from "../compare/helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCREENSHOT = join(ROOT, "test/e2e/__screenshots__/report.png");
const README_IMAGE = join(ROOT, "docs/report.png");
const REAL_DOCS = join(ROOT, "output/documents");

if (!HAVE_CHROMIUM) console.warn(`test/e2e/report.test.ts: skipped, ${CHROMIUM} is absent (install it: bash .ci/install-chromium.sh)`);

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

describe.skipIf(!HAVE_CHROMIUM)(`report.html in Chromium${HAVE_CHROMIUM ? "" : ` (skipped: ${CHROMIUM} is absent)`}`, () => {
  let browser: Browser;
  let work: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    work = await mkdtemp(join(tmpdir(), "nghiquyet-e2e-"));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function open(docs: Document[], name: string): Promise<Opened> {
    const html = (await writeComparisonOutputs(docs, join(work, name))).find((f) => f.endsWith(".html"))!;
    const url = pathToFileURL(html).href;
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const opened: Opened = { page, errors: [], requests: [], dialogs: [] };
    page.on("console", (m) => {
      if (m.type() === "error") opened.errors.push(m.text());
    });
    page.on("pageerror", (e) => opened.errors.push(e.message));
    page.on("request", (r) => {
      if (r.url() !== url) opened.requests.push(r.url());
    });
    page.on("dialog", async (d) => {
      opened.dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(url, { waitUntil: "load" });
    return opened;
  }

  async function checkReport(docs: Document[], name: string): Promise<Opened> {
    const comparison = compare(docs);
    const opened = await open(docs, name);
    const { page } = opened;

    const headers = await page.locator("table.comparison thead th").allInnerTexts();
    for (const p of comparison.provinces) expect(headers.map((h) => h.trim())).toContain(p.name);
    expect(headers.at(-1)).toMatch(/^Quốc gia\s+National \(QĐ 749\/QĐ-TTg\)$/);
    expect(await page.locator("table.comparison tbody tr").count()).toBe(comparison.rows.length);

    const bars = page.locator("svg.chart rect.bar-value");
    expect(await bars.count()).toBeGreaterThan(0);
    const box = await bars.first().boundingBox();
    expect(box!.width).toBeGreaterThan(0);
    expect(box!.height).toBeGreaterThan(0);
    expect(await page.locator("svg.chart .national-line line").count()).toBeGreaterThan(0);

    // the first province cell with a target: hover shows its title, a click opens quote and file:line
    const row = comparison.rows.find((r) => r.cells.length > 0)!;
    const cell = row.cells[0];
    const target = cell.targets[0];
    const td = page.locator(`tr[data-row="${row.key}"] td[data-province="${cell.province}"]`);
    await td.locator("summary").hover();
    const title = await td.locator("summary").getAttribute("title");
    expect(title).toContain(target.quote);
    expect(title).toContain(target.citation);
    expect(await td.locator(".source").first().isVisible()).toBe(false);
    await td.locator("summary").click();
    const source = td.locator(".source").first();
    await expect.poll(() => source.isVisible()).toBe(true);
    expect(await source.locator("blockquote").innerText()).toBe(target.quote);
    expect(await source.locator("cite").innerText()).toBe(target.citation);

    // a bar carries the same quote in its SVG tooltip
    const bar = page.locator(`figure[data-row="${row.key}"] g.bar[data-province="${cell.province}"] title`);
    expect(await bar.textContent()).toContain(target.citation);

    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
    expect(opened.dialogs).toEqual([]);
    return opened;
  }

  it("renders the hand-made fixtures; the XSS probe stays text", async () => {
    const { page } = await checkReport(small(), "small");
    const probe = page.locator('tr[data-row="other:xss_probe|-|2025"] td[data-province="ha-giang"]');
    await probe.locator("summary").click();
    expect(await probe.locator("blockquote").innerText()).toBe(`Thử <script>alert(1)</script> và "><img src=x onerror=alert(1)> trong 01 câu`);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(0);
    await page.close();
  }, 60_000);

  it("renders the gold-derived corpus and saves the screenshot", async () => {
    const { page } = await checkReport(gold(), "gold");
    // open one quote so the screenshot shows what a click reveals
    const td = page.locator('tr[data-row="work_records_online|province|2025"] td[data-province="quang-ngai"]');
    await td.locator("summary").click();
    await td.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await mkdir(join(ROOT, "test/e2e/__screenshots__"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    await mkdir(join(ROOT, "docs"), { recursive: true });
    await copyFile(SCREENSHOT, README_IMAGE);
    expect(existsSync(README_IMAGE)).toBe(true);
    await page.close();
  }, 60_000);

  it.skipIf(!existsSync(REAL_DOCS))("renders the real documents of output/documents", async () => {
    const { docs, problems } = await readDocuments(REAL_DOCS);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    if (docs.length === 0) return;
    const { page } = await checkReport(docs, "real");
    await page.close();
  }, 60_000);
});
