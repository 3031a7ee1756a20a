/**
 * comparison.json: the rows with every cell's targets (document path, citation, value,
 * comparator, target id, position, quote). Key order is fixed, so the bytes are too.
 */
import type { Comparison, ComparisonHead, Row } from "../compare/types.js";
import { jsonArray, jsonChunks } from "./json-stream.js";

export const COMPARISON_FORMAT = "nghiquyet-comparison";
export const COMPARISON_VERSION = 1;

export function comparisonJson(comparison: Comparison): unknown {
  return {
    format: COMPARISON_FORMAT,
    version: COMPARISON_VERSION,
    national: comparison.national,
    references: comparison.references,
    asOf: comparison.asOf,
    provinces: comparison.provinces,
    rows: comparison.rows.map(rowJson),
    problems: comparison.problems,
  };
}

/** a row as comparison.json writes it */
export function rowJson(row: Row): unknown {
  return {
    key: row.key,
    indicator: row.indicator,
    label: row.label,
    measure: row.measure,
    measureLabel: row.measureLabel,
    scope: row.scope,
    year: row.year,
    unit: row.unit,
    national: row.national,
    nationals: row.nationals,
    highest: row.highest,
    lowest: row.lowest,
    missing: row.missing,
    conflicts: row.conflicts,
    cells: row.cells.map((cell) => ({
      province: cell.province,
      label: cell.label,
      conflict: cell.conflict,
      sequence: cell.sequence,
      documents: cell.documents,
      comparable: cell.comparable,
      highest: cell.highest,
      lowest: cell.lowest,
      national: cell.national,
      reference: cell.reference,
      // made by compare/rows.ts cellTarget with exactly these fields, in this order:
      // targetId, path, citation, value, max, unit, comparator, label, literal, quote,
      // section, position, from, reference (test/compare/outputs.test.ts holds it to that); tens of
      // thousands of them are not copied to be written
      targets: cell.targets,
    })),
  };
}

export function renderJson(comparison: Comparison): string {
  return JSON.stringify(comparisonJson(comparison), null, 2) + "\n";
}

/** the bytes of renderJson a row at a time, for a build to write without the whole text in memory */
export function renderJsonChunks(comparison: Comparison): Generator<string> {
  return jsonChunks(comparisonJson(comparison) as { [key: string]: unknown }, JSON_PIECES);
}

/** the arrays comparison.json is written an element at a time along */
const JSON_PIECES = ["rows", "cells"];

/** comparison.json of rows that come a group at a time: its text before them, each row's, and after them */
export function jsonOfRows(head: ComparisonHead): { head: string; row(row: Row): Generator<string>; tail(): string } {
  const array = jsonArray(comparisonJson({ ...head, rows: [] }) as { [key: string]: unknown }, JSON_PIECES);
  return { head: array.head, row: (row) => array.item(rowJson(row)), tail: () => array.tail() + "\n" };
}
