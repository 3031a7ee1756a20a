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
import type { Cell, CellTarget, CompareOptions, Comparison, NationalCell, Problem, Province, Row } from "./types.js";

const REFERENCE_FILE = "src/reference/749-targets.json";

/** "indicator|scope|year" with "-" for null: the identity of a row. */
export function rowKey(indicator: string, scope: Scope, year: number | null): string {
  return `${indicator}|${scope ?? "-"}|${year ?? "-"}`;
}

/** The province slug of a document: its own, else the file name without extension. */
export function provinceSlug(doc: Document): string {
  if (doc.province?.slug) return doc.province.slug;
  const base = doc.source.path.split(/[\\/]/).pop() ?? doc.source.path;
  return base.replace(/\.[^.]*$/, "");
}

/** why a document cannot be a province column, or null */
export function notComparable(doc: Document): string | null {
  if (doc.messages.some((m) => m.ruleId === "not-a-resolution")) return "not a resolution";
  if (doc.messages.some((m) => m.severity === "error")) return "the document has an error";
  if (!doc.province) return "a national document";
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
  /** slug → targets */
  byProvince: Map<string, CellTarget[]>;
}

export function compare(docs: Document[], options: CompareOptions = {}): Comparison {
  const problems: Problem[] = [];
  const reference = resolveReference(options, problems);
  const sorted = [...docs].sort((a, b) => cmpStr(a.source.path, b.source.path)).filter((doc) => {
    // a column is a province: a text that names none, or is not a resolution, is left out
    const reason = notComparable(doc);
    if (reason) problems.push({ file: doc.source.path, severity: "warning", reason: `not compared: ${reason}`, ruleId: "compare-not-a-province" });
    return reason === null;
  });

  const provinces = new Map<string, Province>();
  for (const doc of sorted) {
    const slug = provinceSlug(doc);
    const known = provinces.get(slug);
    if (known) known.paths.push(doc.source.path);
    else provinces.set(slug, { slug, name: doc.province?.name ?? slug, paths: [doc.source.path] });
  }

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
    if (!b) buckets.set(key, (b = { indicator, scope, year, byProvince: new Map() }));
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
    .map((b) => buildRow(b, shown, reference))
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

function buildRow(b: Bucket, shown: Province[], reference: Reference | null): Row {
  const national = reference ? findNational(reference, b.indicator, b.scope, b.year) : undefined;
  const nat: NationalCell | null = national && reference ? nationalCell(national, reference) : null;
  const entries = shown.filter((p) => b.byProvince.has(p.slug)).map((p) => [p.slug, sortTargets(b.byProvince.get(p.slug)!)] as const);
  const unit = rowUnit(entries.map(([, ts]) => ts[0].unit), nat?.unit);

  const cells: Cell[] = entries.map(([slug, targets]) => {
    const labels = [...new Set(targets.map((t) => t.label))];
    const headline = targets[0];
    const comparable = headline.unit === unit;
    return {
      province: slug,
      targets,
      label: labels.join(" / "),
      headline,
      conflict: labels.length > 1,
      comparable,
      highest: false,
      lowest: false,
      national: nat && comparable ? nationalMark(headline, nat) : null,
    };
  });
  markExtremes(cells);

  return {
    key: rowKey(b.indicator, b.scope, b.year),
    indicator: b.indicator,
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

function sortTargets(targets: CellTarget[]): CellTarget[] {
  return [...targets].sort((a, b) => cmpStr(a.path, b.path) || a.position.start.offset - b.position.start.offset || cmpStr(a.targetId, b.targetId));
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
    0
  );
}

/** Code-unit order, independent of the locale. */
function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
