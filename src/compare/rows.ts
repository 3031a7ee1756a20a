/**
 * Provinces side by side: one row per indicator × scope × year, one cell per province.
 * Pure: documents in, a Comparison out; problems are collected, never thrown.
 */
import type { Document, Scope, Target, Unit } from "../schema/document.js";
import { nationalReference, type Reference } from "../schema/reference.js";
import { compareAmbition } from "./ambition.js";
import { citation, formatFigure } from "./format.js";
import { indicatorLabel, indicatorOrder, isKnownIndicator, scopeLabel, scopeOrder, yearLabel } from "./labels.js";
import { findNational, nationalCell, nationalMark, nationalSource } from "./national.js";
import type { Cell, CellDocument, CellTarget, CompareOptions, Comparison, DocumentRef, NationalCell, Problem, Province, Row } from "./types.js";
import { compareDocuments, distinctDocuments } from "./documents.js";
import { measureOf, type Measure } from "./measure.js";

const REFERENCE_FILE = "src/reference/749-targets.json";

/** "indicator|scope|year" with "-" for null: the identity of a row. */
export function rowKey(indicator: string, scope: Scope, year: number | null): string {
  return `${indicator}|${scope ?? "-"}|${year ?? "-"}`;
}

/** The province slug of a document: its own, else the file name without extension. */
export function provinceSlug(doc: Document): string {
  if (doc.province.slug) return doc.province.slug;
  const base = doc.source.path.split(/[\\/]/).pop() ?? doc.source.path;
  return base.replace(/\.[^.]*$/, "");
}

/** why a document cannot be a province column, or null */
export function notComparable(doc: Document): string | null {
  if (doc.messages.some((m) => m.ruleId === "not-a-resolution")) return "not a resolution";
  if (doc.messages.some((m) => m.severity === "error")) return "the document has an error";
  if (!doc.province.slug) return "no province named in the title";
  return null;
}

/** its fields in the order comparison.json lists them, which writes these objects as they are */
export function cellTarget(target: Target, path: string): CellTarget {
  return {
    targetId: target.id,
    path,
    citation: citation(path, target.position.start.line),
    value: target.value,
    max: target.max,
    unit: target.unit,
    comparator: target.comparator,
    label: formatFigure(target),
    literal: target.literal,
    quote: target.text,
    section: target.section,
    position: target.position,
  };
}

interface Bucket {
  indicator: string;
  scope: Scope;
  year: number | null;
  measure: Measure | null;
  /** slug → targets */
  byProvince: Map<string, CellTarget[]>;
}

export function compare(docs: Document[], options: CompareOptions = {}): Comparison {
  const problems: Problem[] = [];
  const reference = resolveReference(options, problems);
  const comparable = [...docs].sort((a, b) => cmpStr(a.source.path, b.source.path)).filter((doc) => {
    // a column is a province: a text that names none, or is not a resolution, is left out
    const reason = notComparable(doc);
    if (reason) problems.push({ file: doc.source.path, severity: "warning", reason: `not compared: ${reason}`, ruleId: "compare-not-a-province" });
    return reason === null;
  });
  // a copy of the same bytes counts once
  const { docs: sorted, refs } = distinctDocuments(comparable, problems);

  const provinces = new Map<string, Province>();
  for (const doc of sorted) {
    const slug = provinceSlug(doc);
    const ref = refs.get(doc.source.path)!;
    const known = provinces.get(slug);
    if (known) {
      known.paths.push(doc.source.path);
      known.documents.push(ref);
    } else provinces.set(slug, { slug, name: doc.province.name ?? slug, paths: [doc.source.path], documents: [ref] });
  }
  for (const p of provinces.values()) p.documents.sort(compareDocuments);

  const wanted = options.provinces ? new Set(options.provinces) : null;
  for (const slug of options.provinces ?? [])
    if (!provinces.has(slug)) problems.push({ file: null, severity: "warning", reason: `no document for province '${slug}'`, ruleId: "compare-unknown-province" });
  const shown = [...provinces.values()].filter((p) => !wanted || wanted.has(p.slug)).sort((a, b) => cmpStr(a.slug, b.slug));
  const shownSlugs = new Set(shown.map((p) => p.slug));

  const keep = rowFilter(options);
  const buckets = new Map<string, Bucket>();
  const bucket = (indicator: string, scope: Scope, year: number | null): Bucket => {
    const key = rowKey(indicator, scope, year);
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { indicator, scope, year, measure: null, byProvince: new Map() }));
    return b;
  };

  for (const doc of sorted) {
    const slug = provinceSlug(doc);
    if (!shownSlugs.has(slug)) continue;
    for (const target of doc.targets) {
      if (!keep(target.indicator, target.year)) continue;
      const b = bucket(target.indicator, target.scope, target.year);
      const list = b.byProvince.get(slug) ?? [];
      list.push(cellTarget(target, doc.source.path));
      b.byProvince.set(slug, list);
    }
  }
  if (reference && options.nationalRows !== false)
    for (const t of reference.targets) if (keep(t.indicator, t.year)) bucket(t.indicator, t.scope, t.year);

  for (const id of options.indicators ?? []) {
    const known = isKnownIndicator(id) || [...buckets.values()].some((b) => b.indicator === id);
    if (!known) problems.push({ file: null, severity: "warning", reason: `no target and no label for indicator '${id}'`, ruleId: "compare-unknown-indicator" });
  }

  const rows = [...buckets.values()]
    .flatMap(byMeasure)
    .map((b) => buildRow(b, shown, { reference, refs }))
    .sort(compareRows);
  return { provinces: shown, national: reference ? nationalSource(reference) : null, rows, problems };
}

function resolveReference(options: CompareOptions, problems: Problem[]): Reference | null {
  if (options.reference !== undefined) return options.reference;
  const loaded = nationalReference();
  for (const p of loaded.problems) problems.push({ file: REFERENCE_FILE, severity: p.severity, reason: p.reason, ruleId: p.ruleId });
  return loaded.reference;
}

function rowFilter(options: CompareOptions): (indicator: string, year: number | null) => boolean {
  const indicators = options.indicators ? new Set(options.indicators) : null;
  const years = options.years ? new Set(options.years) : null;
  return (indicator, year) => (!indicators || indicators.has(indicator)) && (!years || years.has(year));
}

/**
 * A bucket whose targets count different things (grammars/measures.ts) becomes one bucket
 * per measure; targets that name no measure stay under the bucket's own key. A bucket of
 * one measure keeps its key and no measure: nothing to tell apart.
 */
function byMeasure(b: Bucket): Bucket[] {
  const measured = new Map<string, Array<[slug: string, target: CellTarget, measure: Measure | null]>>();
  const ids = new Set<string>();
  for (const [slug, targets] of b.byProvince)
    for (const t of targets) {
      const measure = measureOf(t.quote, t.literal);
      if (measure) ids.add(measure.id);
      const id = measure?.id ?? "";
      measured.set(id, [...(measured.get(id) ?? []), [slug, t, measure]]);
    }
  if (ids.size <= 1) return [b];
  return [...measured.entries()].map(([id, entries]) => {
    const byProvince = new Map<string, CellTarget[]>();
    for (const [slug, t] of entries) byProvince.set(slug, [...(byProvince.get(slug) ?? []), t]);
    return { ...b, measure: id ? entries[0][2] : null, byProvince };
  });
}

function buildRow(b: Bucket, shown: Province[], context: { reference: Reference | null; refs: Map<string, DocumentRef> }): Row {
  const { reference, refs } = context;
  const national = reference ? findNational(reference, b.indicator, b.scope, b.year) : undefined;
  const nat: NationalCell | null = national && reference ? nationalCell(national, reference) : null;
  const entries = shown.filter((p) => b.byProvince.has(p.slug)).map((p) => [p.slug, sortTargets(b.byProvince.get(p.slug)!, refs)] as const);
  const unit = rowUnit(entries.map(([, ts]) => ts[0].unit), nat?.unit);

  const cells: Cell[] = entries.map(([slug, targets]) => {
    const documents = cellDocuments(targets, refs);
    const perDocument = documents.map((d) => d.label);
    // the latest document's word is the province's current commitment
    const latest = documents[documents.length - 1].path;
    const headline = targets.find((t) => t.path === latest)!;
    const comparable = headline.unit === unit;
    return {
      province: slug,
      targets,
      documents,
      label: perDocument.filter((l, i) => i === 0 || l !== perDocument[i - 1]).join(" → "),
      headline,
      conflict: perDocument.some((l) => l.includes(" / ")),
      sequence: new Set(perDocument).size > 1,
      comparable,
      highest: false,
      lowest: false,
      national: nat && comparable ? nationalMark(headline, nat) : null,
    };
  });
  markExtremes(cells);

  return {
    key: rowKey(b.indicator, b.scope, b.year) + (b.measure ? `|${b.measure.id}` : ""),
    indicator: b.indicator,
    measure: b.measure?.id ?? null,
    measureLabel: b.measure?.label ?? null,
    scope: b.scope,
    year: b.year,
    unit,
    label: indicatorLabel(b.indicator),
    scopeLabel: scopeLabel(b.scope),
    yearLabel: yearLabel(b.year),
    cells,
    national: nat,
    highest: cells.filter((c) => c.highest).map((c) => c.province),
    lowest: cells.filter((c) => c.lowest).map((c) => c.province),
    missing: shown.filter((p) => !b.byProvince.has(p.slug)).map((p) => p.slug),
    conflicts: cells.filter((c) => c.conflict).map((c) => c.province),
  };
}

function sortTargets(targets: CellTarget[], refs: Map<string, DocumentRef>): CellTarget[] {
  return [...targets].sort(
    (a, b) => compareDocuments(refs.get(a.path)!, refs.get(b.path)!) || a.position.start.offset - b.position.start.offset || cmpStr(a.targetId, b.targetId),
  );
}

/** the documents of a cell's targets (sorted in document order), each with its own label */
function cellDocuments(targets: CellTarget[], refs: Map<string, DocumentRef>): CellDocument[] {
  const labels = new Map<string, Set<string>>();
  for (const t of targets) labels.set(t.path, (labels.get(t.path) ?? new Set<string>()).add(t.label));
  return [...labels].map(([path, set]) => {
    const ref = refs.get(path)!;
    return { path, kind: ref.kind, number: ref.number, date: ref.date, label: [...set].join(" / ") };
  });
}

const UNIT_ORDER: Unit[] = ["percent", "count", "rank"];

/** The unit most cells use; ties go to the earlier of percent, count, rank. */
function rowUnit(units: Unit[], fallback: Unit | undefined): Unit {
  if (units.length === 0) return fallback ?? "percent";
  const counts = UNIT_ORDER.map((u) => units.filter((x) => x === u).length);
  return UNIT_ORDER[counts.indexOf(Math.max(...counts))];
}

/** Mark the most and least ambitious comparable cells, when at least two cells differ. */
function markExtremes(cells: Cell[]): void {
  const ranked = cells.filter((c) => c.comparable);
  if (ranked.length < 2) return;
  const order = (a: Cell, b: Cell) => compareAmbition(a.headline, b.headline) ?? 0;
  let best = ranked[0];
  let worst = ranked[0];
  for (const c of ranked) {
    if (order(c, best) > 0) best = c;
    if (order(c, worst) < 0) worst = c;
  }
  if (order(best, worst) === 0) return;
  for (const c of ranked) {
    c.highest = order(c, best) === 0;
    c.lowest = order(c, worst) === 0;
  }
}

function compareRows(a: Row, b: Row): number {
  return (
    indicatorOrder(a.indicator) - indicatorOrder(b.indicator) ||
    cmpStr(a.indicator, b.indicator) ||
    scopeOrder(a.scope) - scopeOrder(b.scope) ||
    (a.year ?? Infinity) - (b.year ?? Infinity) ||
    cmpStr(a.measure ?? "", b.measure ?? "")
  );
}

/** Code-unit order, independent of the locale. */
function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
