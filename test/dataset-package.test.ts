// The dataset as a researcher cites it: comparison.json fits its schema, datapackage.json
// describes every output with its types, comparison.csv points every figure at its words.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparisonJsonSchema, ComparisonJsonSchema } from "../src/schema/comparison.js";
import { dataPackage } from "../src/dataset/datapackage.js";

const OUT = join(import.meta.dirname, "..", "output");
const CORPUS = join(import.meta.dirname, "..", "corpus");
const read = (name: string) => readFileSync(join(OUT, name), "utf8");

/** RFC 4180, enough for our CSVs: quoted fields with "" and commas inside */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else field += c;
  }
  return rows;
}

describe("comparison.json and its schema", () => {
  it("output/comparison.json validates against the comparison schema", () => {
    const data = JSON.parse(read("comparison.json"));
    const parsed = ComparisonJsonSchema.safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(data.rows.length).toBeGreaterThan(50);
  });

  it("rejects what does not fit: a cell without targets, an unknown field", () => {
    const data = JSON.parse(read("comparison.json"));
    const row = data.rows.find((r: { cells: unknown[] }) => r.cells.length > 0);
    row.cells[0].targets = [];
    expect(ComparisonJsonSchema.safeParse(data).success).toBe(false);
    expect(ComparisonJsonSchema.safeParse({ ...JSON.parse(read("comparison.json")), extra: 1 }).success).toBe(false);
  });

  it("output/comparison.schema.json is the JSON Schema generated from the zod schema, with an $id", () => {
    const schema = JSON.parse(read("comparison.schema.json"));
    expect(schema).toEqual(comparisonJsonSchema());
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("urn:nghiquyet:schema:comparison:1");
  });
});

describe("datapackage.json", () => {
  const pkg = JSON.parse(read("datapackage.json"));
  type Resource = { name: string; path: string | string[]; format: string; mediatype: string; encoding: string; schema?: unknown; profile: string };
  const resources = pkg.resources as Resource[];

  it("describes every CSV and JSON output, and the report", () => {
    const documents = readdirSync(join(OUT, "documents")).map((n) => `documents/${n}`).sort();
    // report/ holds the pages the report.html resource links to: the report is one resource; a build's cache (.cache/, git-ignored) is not part of the dataset
    const top = readdirSync(OUT).filter((n) => n !== "documents" && n !== "report" && n !== "datapackage.json" && n !== ".cache").sort();
    const paths = resources.flatMap((r) => (Array.isArray(r.path) ? r.path : [r.path]));
    expect(paths.sort()).toEqual([...documents, ...top].sort());
    for (const r of resources) {
      expect(r.encoding).toBe("utf-8");
      expect(r.format).toBe(String(Array.isArray(r.path) ? r.path[0] : r.path).split(".").pop());
      expect(r.mediatype).toMatch(/^(text\/csv|application\/json|application\/schema\+json|text\/html)$/);
    }
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
  });

  it("gives the CSVs a table schema whose fields are their header, typed", () => {
    for (const r of resources.filter((x) => x.format === "csv")) {
      expect(r.profile).toBe("tabular-data-resource");
      const fields = (r.schema as { fields: Array<{ name: string; type: string }> }).fields;
      const [header, ...rows] = parseCsv(read(r.path as string));
      expect(fields.map((f) => f.name)).toEqual(header);
      for (const f of fields) expect(["string", "integer", "number", "boolean"]).toContain(f.type);
      // the values fit their types
      for (const row of rows)
        for (const [i, f] of fields.entries()) {
          const v = row[i];
          if (v === "") continue;
          if (f.type === "integer") expect(v, `${r.path} ${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === "number") expect(Number.isFinite(Number(v)), `${r.path} ${f.name} ${v}`).toBe(true);
          if (f.type === "boolean") expect(["true", "false"]).toContain(v);
        }
    }
  });

  it("points the JSON outputs at their JSON Schema", () => {
    expect(resources.find((r) => r.name === "documents")!.schema).toBe("schema.json");
    expect(resources.find((r) => r.name === "comparison")!.schema).toBe("comparison.schema.json");
  });

  it("is deterministic: no dates, the same contents give the same bytes in any order", () => {
    expect(read("datapackage.json")).not.toMatch(/\d{4}-\d{2}-\d{2}T|"created"/);
    const a = dataPackage({ documents: ["documents/b.json", "documents/a.json"], outputs: ["targets.csv", "comparison.json"] });
    const b = dataPackage({ documents: ["documents/a.json", "documents/b.json"], outputs: ["comparison.json", "targets.csv"] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect((a as { resources: Array<{ name: string }> }).resources.map((r) => r.name)).toEqual(["documents", "targets", "comparison"]);
  });
});

describe("comparison.csv cites every figure", () => {
  it("each province line's file, line and column point at its literal in the raw file, and its target id at the document", () => {
    const [header, ...rows] = parseCsv(read("comparison.csv"));
    const col = (name: string) => header.indexOf(name);
    const provinceRows = rows.filter((r) => r[col("province")] !== "national");
    expect(provinceRows.length).toBeGreaterThan(100);
    const raw = new Map<string, string[]>();
    for (const row of provinceRows) {
      const file = row[col("file")];
      if (!raw.has(file)) raw.set(file, readFileSync(join(CORPUS, file), "utf8").split(/\r\n|\r|\n/));
      const line = raw.get(file)![Number(row[col("line")]) - 1];
      const at = line.slice(Number(row[col("column")]) - 1);
      // the literal with its unit sign may be spread ("25 - 30"); its first digit starts here
      expect(at[0], `${file}:${row[col("line")]}`).toBe(row[col("literal")][0]);
      const doc = JSON.parse(read(`documents/${file.replace(/\.txt$/, ".json")}`));
      const target = doc.targets.find((t: { id: string }) => t.id === row[col("target_id")]);
      expect(target.text).toBe(row[col("quote")]);
      expect(target.position.start.line).toBe(Number(row[col("line")]));
    }
  });
});
