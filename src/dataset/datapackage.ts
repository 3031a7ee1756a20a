/**
 * output/datapackage.json: a Frictionless Data Package descriptor of what the build wrote,
 * so that a researcher can cite and load the dataset with its types. Deterministic: no
 * dates, no absolute paths; the same outputs give the same bytes.
 */
import { COMPARISON_CSV_FIELDS, type CsvField } from "../schema/comparison-csv.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import { TOOL_VERSION } from "../version.js";
import { TARGET_FIELDS } from "./csv.js";

const JSON_RESOURCE = { format: "json", mediatype: "application/json", encoding: "utf-8" } as const;
const CSV_DIALECT = { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true };

function table(name: string, path: string, description: string, fields: CsvField[]) {
  return {
    name,
    path,
    profile: "tabular-data-resource",
    description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: CSV_DIALECT,
    schema: { fields: fields.map((f) => ({ name: f.name, type: f.type, description: f.description })), missingValues: [""] },
  };
}

/** the resource of each top-level output, by file name, in the order the descriptor lists them */
const RESOURCES: Record<string, object> = {
  "targets.csv": table("targets", "targets.csv", "one line per target of every document: the figure, its indicator, deadline, scope and where it is written", TARGET_FIELDS),
  "comparison.json": {
    name: "comparison",
    path: "comparison.json",
    profile: "data-resource",
    description: "provinces side by side with the national programme: rows of indicator × scope × year, every cell cited",
    ...JSON_RESOURCE,
    schema: "comparison.schema.json",
  },
  "comparison.csv": table(
    "comparison-table",
    "comparison.csv",
    "the comparison, long: one line per cited target of a province cell, one per national figure",
    COMPARISON_CSV_FIELDS,
  ),
  "schema.json": {
    name: "document-schema",
    path: "schema.json",
    profile: "data-resource",
    description: "JSON Schema (draft 2020-12) of a document",
    format: "json",
    mediatype: "application/schema+json",
    encoding: "utf-8",
  },
  "comparison.schema.json": {
    name: "comparison-schema",
    path: "comparison.schema.json",
    profile: "data-resource",
    description: "JSON Schema (draft 2020-12) of comparison.json",
    format: "json",
    mediatype: "application/schema+json",
    encoding: "utf-8",
  },
  "manifest.json": {
    name: "manifest",
    path: "manifest.json",
    profile: "data-resource",
    description: "input hashes, tool and schema versions, per-document counts of targets, bodies, errors, warnings",
    ...JSON_RESOURCE,
  },
  "report.html": {
    name: "report",
    path: "report.html",
    profile: "data-resource",
    description: "the HTML report's overview page (self-contained); its other views are pages of their own in report/ beside it",
    format: "html",
    mediatype: "text/html",
    encoding: "utf-8",
  },
};

export interface PackageContents {
  /** the document JSONs, relative to the output folder ("documents/nghe-an.json") */
  documents: string[];
  /** the other files written, relative to the output folder */
  outputs: string[];
}

export function dataPackage(contents: PackageContents): object {
  const documents = [...contents.documents].sort();
  const written = new Set(contents.outputs);
  const resources: object[] = [];
  if (documents.length > 0)
    resources.push({
      name: "documents",
      // a Frictionless path may be a list of files that make one resource
      path: documents,
      profile: "data-resource",
      description: "one document per corpus file: metadata, sections, targets, baselines, bodies, messages, each with its position in the raw file",
      ...JSON_RESOURCE,
      schema: "schema.json",
    });
  for (const [name, resource] of Object.entries(RESOURCES)) if (written.has(name)) resources.push(resource);
  return {
    profile: "data-package",
    name: "nghiquyet",
    title: "Vietnamese provincial resolutions on digital transformation: targets, bodies and metadata, cited",
    description:
      "Every quantitative target, responsible body and the metadata of provincial resolutions on digital transformation, each pointing at its exact words in the raw file, and the provinces side by side with the national programme (Quyết định 749/QĐ-TTg).",
    version: SCHEMA_VERSION,
    sources: [{ title: "the resolutions of corpus/, listed with their sha256 in manifest.json" }],
    contributors: [{ title: `nghiquyet ${TOOL_VERSION}`, role: "author" }],
    resources,
  };
}
