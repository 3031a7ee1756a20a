/**
 * Provinces side by side: one row per indicator × scope × year, one cell per province.
 * Pure: documents in, a Comparison out; problems are collected, never thrown.
 */
import type { Document, Scope, Target, Unit } from "../schema/document.js";
import { compareAmbition, figureKind } from "./ambition.js";
import { citation, formatFigure } from "./format.js";
import { indicatorLabel, indicatorOrder, isKnownIndicator, scopeLabel, scopeOrder, yearLabel } from "./labels.js";
import {
  bundledReferenceSets,
  findNationalIn,
  nationalMark,
  nationalSource,
  recordsKinds,
  referenceSet,
  referenceSetInfo,
  referenceSetOf,
  type ReferenceSet,
} from "./national.js";
import { columnOf, groupingDay, ownProvince } from "./provinces.js";
import type { Cell, CellDocument, CellTarget, CompareOptions, Comparison, ComparisonHead, DocumentRef, NationalCell, Problem, Province, ProvinceName, Row } from "./types.js";
import { compareDocuments, distinctDocuments, notComparable } from "./documents.js";
import { measureOf, type Measure } from "./measure.js";

/** "indicator|scope|year" with "-" for null: the identity of a row. */
export function rowKey(indicator: string, scope: Scope, year: number | null): string {
  return `${indicator}|${scope ?? "-"}|${year ?? "-"}`;
}

/** The province slug of a document: its own, else the file name without extension. */
export function provinceSlug(doc: Document): string {
  return ownProvince(doc).slug;
}

/** where a target comes from: the province its document names, the national reference it is set against */
export interface Origin {
  from: ProvinceName;
  reference: string | null;
}

/** its fields in the order comparison.json lists them, which writes these objects as they are */
export function cellTarget(target: Target, path: string, origin: Origin): CellTarget {
  const kind = target.rate !== null || target.per !== null || target.currency !== null || target.magnitude !== null;
  return {
    targetId: target.id,
    path,
    citation: citation(path, target.position.start.line),
    value: target.value,
    max: target.max,
    unit: target.unit,
    comparator: target.comparator,
    // what tells a yearly rate, a ratio or an amount from a level: only where it applies, so that other cells read as before
    ...(kind ? kindFields(target) : {}),
    label: formatFigure(target),
    literal: target.literal,
    quote: target.text,
    section: target.section,
    position: target.position,
    from: origin.from,
    reference: origin.reference,
  };
}

function kindFields(target: Target): Pick<CellTarget, "rate" | "per" | "currency" | "magnitude"> {
  const kind: Pick<CellTarget, "rate" | "per" | "currency" | "magnitude"> = {};
  if (target.rate !== null) kind.rate = target.rate;
  if (target.per !== null) kind.per = target.per;
  if (target.currency !== null) kind.currency = target.currency;
  if (target.magnitude !== null) kind.magnitude = target.magnitude;
  return kind;
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
  const comparison = comparing(options);
  for (const doc of [...docs].sort((a, b) => cmpStr(a.source.path, b.source.path))) comparison.add(doc);
  return comparison.result();
}

/**
 * Where a comparison keeps its cells until the rows are made: in memory, or (a build of a
 * large corpus) in files (src/compare/spill.ts). The cells of one indicator come back in the
 * order they were put.
 */
export interface CellStore {
  put(indicator: string, cell: StoredCell): void;
  /** the indicators with a cell */
  indicators(): Iterable<string>;
  /** the cells of one indicator, in the order put; taken once */
  take(indicator: string): Iterable<StoredCell>;
}

/** a cell's target, with the row (scope, year) and column (slug) it goes in */
export type StoredCell = [scope: Scope, year: number | null, slug: string, target: CellTarget];

export function memoryCells(): CellStore {
  const byIndicator = new Map<string, StoredCell[]>();
  return {
    put: (indicator, cell) => pushInto(byIndicator, indicator, cell),
    indicators: () => byIndicator.keys(),
    take(indicator) {
      const list = byIndicator.get(indicator) ?? [];
      byIndicator.delete(indicator);
      return list;
    },
  };
}

/** a comparison made a document at a time */
export interface Comparing {
  /** takes what the comparison needs of a document (its targets become cells); documents come in path order */
  add(doc: Document): void;
  /** the comparison of the documents added (once, when every document is added) */
  result(): Comparison;
  /**
   * the same comparison without its rows, and its rows an indicator at a time, in the order
   * of `rows`: what a build writes without every row in memory at once. The rows are made
   * once, by `result` or by `groups`, which takes the cells from their store.
   */
  head(): ComparisonHead;
  /** the indicators of the rows, in the rows' order: each is a group */
  indicators(): string[];
  groups(): Generator<Row[]>;
}

/**
 * The comparison a document at a time, each let go once added: what a build of many
 * documents holds is the comparison, not every document (docs/bench.md, memory).
 * `compare` is this over documents sorted by path: the first of two copies of the same
 * bytes is the one added first.
 */
export function comparing(options: CompareOptions = {}, cells: CellStore = memoryCells()): Comparing {
  const problems: Problem[] = [];
  const references = resolveReferences(options, problems);
  const asOf = groupingDay(options.asOf ?? null);
  // reported after the references' problems: first the documents left out, then the copies
  const leftOut: Problem[] = [];
  const duplicates: Problem[] = [];
  const copies = distinctDocuments(duplicates);
  const provinces = new Map<string, Province>();
  const wanted = options.provinces ? new Set(options.provinces) : null;
  const keep = rowFilter(options);

  const add = (doc: Document): void => {
    // a column is a province: a text that names none, or is not a resolution, is left out
    const reason = notComparable(doc);
    if (reason) {
      leftOut.push({ file: doc.source.path, severity: "warning", reason: `not compared: ${reason}`, ruleId: "compare-not-a-province" });
      return;
    }
    // a copy of the same bytes counts once
    const ref = copies.add(doc);
    if (ref === null) return;
    const set = references.of(doc);
    const column = columnOf(doc, asOf);
    const from = ownProvince(doc);
    let known = provinces.get(column.slug);
    if (!known) provinces.set(column.slug, (known = { slug: column.slug, name: column.name, paths: [], documents: [], from: [], references: [] }));
    known.paths.push(doc.source.path);
    known.documents.push(ref);
    if (!known.from.some((p) => p.slug === from.slug)) known.from.push(from);
    if (set && !known.references.includes(set.id)) known.references.push(set.id);
    if (wanted && !wanted.has(column.slug)) return;
    const origin: Origin = { from, reference: set?.id ?? null };
    for (const target of doc.targets)
      if (keep(target.indicator, target.year)) cells.put(target.indicator, [target.scope, target.year, column.slug, cellTarget(target, doc.source.path, origin)]);
  };

  let made: { head: ComparisonHead; shown: Province[]; inUse: ReferenceSet[]; indicators: string[] } | null = null;
  const head = (): ComparisonHead => {
    if (made) return made.head;
    problems.push(...leftOut, ...duplicates);
    for (const p of provinces.values()) {
      p.documents.sort(compareDocuments);
      p.from.sort((a, b) => cmpStr(a.slug, b.slug));
      p.references.sort((a, b) => references.order(a) - references.order(b));
    }
    for (const slug of options.provinces ?? [])
      if (!provinces.has(slug)) problems.push({ file: null, severity: "warning", reason: `no document for province '${slug}'`, ruleId: "compare-unknown-province" });
    const shown = [...provinces.values()].filter((p) => !wanted || wanted.has(p.slug)).sort((a, b) => cmpStr(a.slug, b.slug));
    const inUse = references.inUse(shown);
    const indicators = new Set(cells.indicators());
    if (options.nationalRows !== false)
      for (const t of nationalTargets(inUse)) if (keep(t.indicator, t.year)) indicators.add(t.indicator);
    for (const id of options.indicators ?? [])
      if (!isKnownIndicator(id) && !indicators.has(id))
        problems.push({ file: null, severity: "warning", reason: `no target and no label for indicator '${id}'`, ruleId: "compare-unknown-indicator" });
    made = {
      head: {
        provinces: shown,
        national: inUse.length ? nationalSource(inUse[0].references[0]) : null,
        references: inUse.map((set) => referenceSetInfo(set, shown.filter((p) => p.references.includes(set.id)).map((p) => p.slug))),
        asOf,
        problems,
      },
      shown,
      inUse,
      // rows sort by indicator first: the rows of each indicator, in this order, are the rows in order
      indicators: [...indicators].sort((a, b) => indicatorOrder(a) - indicatorOrder(b) || cmpStr(a, b)),
    };
    return made.head;
  };

  /** the rows of one indicator: its buckets in the order their first cell came, then the national ones */
  const rowsOf = (indicator: string): Row[] => {
    const { shown, inUse } = made!;
    const buckets = new Map<string, Bucket>();
    const bucket = (scope: Scope, year: number | null): Bucket => {
      const key = rowKey(indicator, scope, year);
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = { indicator, scope, year, measure: null, byProvince: new Map() }));
      return b;
    };
    for (const [scope, year, slug, cell] of cells.take(indicator)) {
      pushInto(bucket(scope, year).byProvince, slug, cell);
    }
    if (options.nationalRows !== false)
      for (const t of nationalTargets(inUse)) if (t.indicator === indicator && keep(t.indicator, t.year)) bucket(t.scope, t.year);
    return [...buckets.values()]
      .flatMap(byMeasure)
      .map((b) => buildRow(b, shown, { inUse, grouped: asOf !== null, refs: copies.refs }))
      .sort(compareRows);
  };

  function* groups(): Generator<Row[]> {
    head();
    for (const indicator of made!.indicators) {
      const rows = rowsOf(indicator);
      if (rows.length) yield rows;
    }
  }
  const result = (): Comparison => {
    const { provinces, national, references, asOf, problems } = head();
    return { provinces, national, references, asOf, rows: [...groups()].flat(), problems };
  };
  const indicators = (): string[] => {
    head();
    return made!.indicators;
  };
  return { add, head, indicators, groups, result };
}

/** the national targets a row stands for, of the sets in use: each is a row even when no province sets it */
function* nationalTargets(inUse: ReferenceSet[]): Generator<{ indicator: string; scope: Scope; year: number | null }> {
  for (const set of inUse)
    for (const reference of set.references)
      for (const t of reference.targets) if (findNationalIn(set, t.indicator, t.scope, t.year)) yield t;
}

interface References {
  /** the set a document is set against */
  of(doc: Document): ReferenceSet | null;
  /** the sets the shown columns use, in generation order; with no column, the first */
  inUse(shown: Province[]): ReferenceSet[];
  order(id: string): number;
}

/** one given reference for every document, none, or by default the bundled set of each document's generation */
function resolveReferences(options: CompareOptions, problems: Problem[]): References {
  const given = options.reference;
  const all: ReferenceSet[] =
    given === undefined ? [...bundledReferenceSets(problems).values()] : given === null ? [] : [referenceSet([given], null)];
  const byGeneration = new Map(all.flatMap((set) => (set.generation ? [[set.generation, set] as const] : [])));
  const order = (id: string) => all.findIndex((set) => set.id === id);
  return {
    of: (doc) => (given === undefined ? referenceSetOf(doc.meta, byGeneration) : (all[0] ?? null)),
    inUse: (shown) => {
      const ids = new Set(shown.flatMap((p) => p.references));
      return shown.length ? all.filter((set) => ids.has(set.id)) : all.slice(0, 1);
    },
    order,
  };
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
      pushInto(measured, measure?.id ?? "", [slug, t, measure]);
    }
  if (ids.size <= 1) return [b];
  return [...measured.entries()].map(([id, entries]) => {
    const byProvince = new Map<string, CellTarget[]>();
    for (const [slug, t] of entries) pushInto(byProvince, slug, t);
    return { ...b, measure: id ? entries[0][2] : null, byProvince };
  });
}

interface RowContext {
  inUse: ReferenceSet[];
  grouped: boolean;
  refs: Map<string, DocumentRef>;
}

function buildRow(b: Bucket, shown: Province[], context: RowContext): Row {
  const { inUse, grouped, refs } = context;
  const nationals: Array<NationalCell | null> = inUse.map((set) => findNationalIn(set, b.indicator, b.scope, b.year));
  const entries = shown
    .filter((p) => b.byProvince.has(p.slug))
    .map((p) => [p.slug, sortTargets(b.byProvince.get(p.slug)!, { namesake: grouped ? p.slug : null, refs })] as const);
  const unit = rowUnit(entries.map(([, ts]) => ts[0].unit), nationals.find((n) => n !== null)?.unit);

  const cells: Cell[] = entries.map(([slug, targets]) => {
    // grouped by today's provinces, a figure of a predecessor's document says whose it is
    const documents = cellDocuments(targets, refs, grouped ? slug : null);
    const perDocument = documents.map((d) => d.label);
    // a province's documents in turn are a sequence (a → b); grouped, another predecessor's stands beside (a / b)
    const fromOf = new Map(targets.map((t) => [t.path, t.from.slug]));
    const successive = (i: number) => i > 0 && fromOf.get(documents[i].path) === fromOf.get(documents[i - 1].path);
    // the latest document's word is the province's current commitment; grouped, the namesake's
    const own = documents.filter((d) => targets.some((t) => t.path === d.path && (!grouped || t.from.slug === slug)));
    const latest = (own.length ? own : documents)[(own.length ? own : documents).length - 1].path;
    const headline = targets.find((t) => t.path === latest)!;
    const set = inUse.findIndex((r) => r.id === headline.reference);
    const nat = nationals[set] ?? null;
    return {
      province: slug,
      targets,
      documents,
      label: perDocument
        .map((l, i) => (i === 0 ? l : !successive(i) ? ` / ${l}` : l === perDocument[i - 1] ? "" : ` → ${l}`))
        .join(""),
      headline,
      // a conflict is one document stating the row with two figures; documents in turn are a sequence
      conflict: perDocument.some((l) => l.includes(" / ")),
      sequence: perDocument.some((l, i) => successive(i) && l !== perDocument[i - 1]),
      comparable: headline.unit === unit,
      highest: false,
      lowest: false,
      national: nat && headline.unit === unit ? nationalMark(headline, nat, { kinds: recordsKinds(inUse[set]) }) : null,
      reference: headline.reference,
    };
  });
  // the cells of another kind (a yearly rate among levels) are not ranked with the row's
  const kind = rowKind(cells.filter((c) => c.comparable).map((c) => figureKind(c.headline)));
  for (const c of cells) c.comparable &&= figureKind(c.headline) === kind;
  markExtremes(cells);

  return {
    key: rowKey(b.indicator, b.scope, b.year) + (b.measure ? `|${b.measure.id}` : ""),
    indicator: b.indicator,
    scope: b.scope,
    year: b.year,
    measure: b.measure?.id ?? null,
    measureLabel: b.measure?.label ?? null,
    unit,
    label: indicatorLabel(b.indicator),
    scopeLabel: scopeLabel(b.scope),
    yearLabel: yearLabel(b.year),
    cells,
    national: nationals[0] ?? null,
    nationals,
    highest: cells.filter((c) => c.highest).map((c) => c.province),
    lowest: cells.filter((c) => c.lowest).map((c) => c.province),
    missing: shown.filter((p) => !b.byProvince.has(p.slug)).map((p) => p.slug),
    conflicts: cells.filter((c) => c.conflict).map((c) => c.province),
  };
}

/** the documents of a cell's targets (in document order), each with its own label; grouped, a predecessor's says whose it is */
function cellDocuments(targets: CellTarget[], refs: Map<string, DocumentRef>, column: string | null): CellDocument[] {
  const labels = new Map<string, Set<string>>();
  for (const t of targets) {
    const label = column !== null && t.from.slug !== column ? `${t.label} (${t.from.name})` : t.label;
    labels.set(t.path, (labels.get(t.path) ?? new Set<string>()).add(label));
  }
  return [...labels].map(([path, set]) => {
    const ref = refs.get(path)!;
    return { path, kind: ref.kind, number: ref.number, date: ref.date, label: [...set].join(" / ") };
  });
}

/** the order documents were issued in, then the text's; grouped, the column's namesake first */
function sortTargets(targets: CellTarget[], order: { namesake: string | null; refs: Map<string, DocumentRef> }): CellTarget[] {
  const { namesake, refs } = order;
  const own = (t: CellTarget) => (namesake !== null && t.from.slug !== namesake ? 1 : 0);
  return [...targets].sort(
    (a, b) =>
      own(a) - own(b) ||
      compareDocuments(refs.get(a.path)!, refs.get(b.path)!) ||
      a.position.start.offset - b.position.start.offset ||
      cmpStr(a.targetId, b.targetId),
  );
}

const UNIT_ORDER: Unit[] = ["percent", "count", "rank", "index", "money"];

/** The unit most cells use; ties go to the earlier of percent, count, rank, index, money. */
function rowUnit(units: Unit[], fallback: Unit | undefined): Unit {
  if (units.length === 0) return fallback ?? "percent";
  const counts = UNIT_ORDER.map((u) => units.filter((x) => x === u).length);
  return UNIT_ORDER[counts.indexOf(Math.max(...counts))];
}

/** the kind most of a row's figures are (figureKind), a plain level on a tie */
function rowKind(kinds: string[]): string {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best = "||";
  for (const [k, n] of [...counts].sort(([a], [b]) => (a === "||" ? -1 : b === "||" ? 1 : a < b ? -1 : a > b ? 1 : 0)))
    if (n > (counts.get(best) ?? 0)) best = k;
  return best;
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

/** `value` at the end of the list under `key`, which is made when missing */
function pushInto<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Code-unit order, independent of the locale. */
function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
