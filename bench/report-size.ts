/**
 * How big the HTML report is for 63 provinces × 3 documents and for 1,000 documents
 * (test/support/report-corpus.ts: the development documents with province names swapped):
 * pages, total bytes, the overview, the largest page of each kind. A reader loads one page
 * at a time; the largest page is what a phone has to open.
 *
 *     npx tsx bench/report-size.ts [count ...]     # default: 189 1000
 */
import { compare } from "../src/compare/rows.js";
import { reportPages } from "../src/report/site/index.js";
import { PROVINCES, reportCorpus } from "../test/support/report-corpus.js";

const MB = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const KB = (n: number) => `${(n / 1e3).toFixed(0)} KB`;

for (const count of process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : [PROVINCES.length * 3, 1000]) {
  const corpus = await reportCorpus(3, count);
  const comparison = compare(corpus.docs);
  const kinds = new Map<string, { pages: number; bytes: number; largest: number; name: string }>();
  let total = 0;
  for (const [name, content] of reportPages(comparison, { documents: corpus.docs, text: (p) => corpus.texts.get(p) ?? null })) {
    const bytes = Buffer.byteLength(content);
    total += bytes;
    const kind = name === "report.html" ? "overview" : name.replace(/^report\//, "").replace(/-.*|\.html$/, "");
    const k = kinds.get(kind) ?? { pages: 0, bytes: 0, largest: 0, name: "" };
    k.pages++;
    k.bytes += bytes;
    if (bytes > k.largest) Object.assign(k, { largest: bytes, name });
    kinds.set(kind, k);
  }
  console.log(`${count} documents (${MB(corpus.bytes)} of text), ${comparison.provinces.length} provinces, ${comparison.rows.length} rows: report ${MB(total)} in ${[...kinds.values()].reduce((n, k) => n + k.pages, 0)} pages`);
  for (const [kind, k] of kinds) console.log(`  ${kind.padEnd(10)} ${String(k.pages).padStart(5)} pages  ${MB(k.bytes).padStart(9)}  largest ${KB(k.largest).padStart(7)}  ${k.name}`);
}
