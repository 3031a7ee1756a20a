// No bytes make the pipeline throw: arbitrary bytes, corpus files (in every encoding of
// the perturbation kit) damaged byte by byte, and random UTF-16 all give a document that
// fits DocumentSchema, and none of them trips extract's internal-error net.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extract } from "../../src/pipeline.js";
import { DocumentSchema } from "../../src/schema/document.js";
import { FORMS } from "../support/perturb.js";
import { CORPUS, params, utf8 } from "./pieces.js";

/** the property itself: a document, schema-valid, with no internal error reported */
function survives(bytes: Uint8Array): void {
  let result: ReturnType<typeof extract> | undefined;
  expect(() => {
    result = extract(bytes, { path: "fuzz.txt" });
  }).not.toThrow();
  const { document } = result!;
  const parsed = DocumentSchema.safeParse(document);
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(document.messages.filter((m) => m.ruleId === "internal-error")).toEqual([]);
  expect(document.source.bytes).toBe(bytes.length);
}

// ------------------------------------------------------------------ seeds and mutations

/** every corpus file as UTF-8, and in every form of the perturbation kit */
const SEEDS: ReadonlyArray<{ name: string; bytes: Uint8Array }> = CORPUS.flatMap((file) => [
  { name: file.name, bytes: file.bytes },
  ...FORMS.map((form) => ({ name: `${file.name} as ${form.name}`, bytes: form.perturb(file.text) })),
]);

/** what a broken export or a hostile user puts into a text, as bytes */
const HOSTILE: readonly Uint8Array[] = [
  ...["\u0000", "\ufeff", "**", "<sup>", "</sup>", "<sup>1</sup>", "\r", "\r\n", "- ", "\n- ", "\n\n", "#", "### ", "\\", "\\*", "_", "__", "---", "\n---\n",
    "\u00ad", "\u200b", "\u0301", "\u0323\u0302", "I. ", "\nII- MỤC TIÊU\n", "2.", "%", "9,6%", "3.000", "25 - 30", "từ 01 đến 02", "`", "```", "[", "](", "> ", "<", "&amp;", "\t", "\u00a0", "😀", "¹ ", "SAO Y BẢN CHÍNH"].map(utf8),
  // ill-formed UTF-8: a lone continuation, a cut sequence, an encoded surrogate, 0xFF
  Uint8Array.of(0x80),
  Uint8Array.of(0xe1, 0xbb),
  Uint8Array.of(0xc3),
  Uint8Array.of(0xed, 0xa0, 0x80),
  Uint8Array.of(0xff, 0xfe),
  Uint8Array.of(0xfe, 0xff),
  Uint8Array.of(0xef, 0xbb, 0xbf),
];

type Mutation =
  | { kind: "replace"; at: number; byte: number }
  | { kind: "insert"; at: number; piece: number }
  | { kind: "cut"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), piece: fc.nat({ max: HOSTILE.length - 1 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4000 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 2000 }) }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    switch (m.kind) {
      case "replace":
        if (out.length === 0) break;
        out = out.slice();
        out[at % out.length] = m.byte;
        break;
      case "insert":
        out = concat(out.subarray(0, at), HOSTILE[m.piece], out.subarray(at));
        break;
      case "cut":
        out = concat(out.subarray(0, at), out.subarray(at + m.length));
        break;
      case "duplicate":
        out = concat(out.subarray(0, at + m.length), out.subarray(at));
        break;
    }
  }
  return out;
}

const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));

/** a seed, mutated, then perhaps truncated at any byte (perhaps inside a UTF-8 sequence) */
const mutatedSeed = fc
  .record({
    seed: fc.nat({ max: SEEDS.length - 1 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 12 }),
    truncate: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ seed, mutations, truncate }) => {
    const bytes = mutate(SEEDS[seed].bytes, mutations);
    return truncate === undefined ? bytes : bytes.subarray(0, truncate % (bytes.length + 1));
  });

// ------------------------------------------------------------------ UTF-16

/** UTF-16 with a BOM: random code units (lone surrogates included), or a corpus slice; perhaps an odd byte at the end */
const utf16 = fc
  .record({
    units: fc.oneof(
      fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }),
      fc.array(fc.constantFrom(0x0a, 0x0d, 0x20, 0x2a, 0x2d, 0x25, 0x30, 0x39, 0x49, 0x1ea1, 0x1ec7, 0x0111, 0x0301, 0xd800, 0xdc00, 0xfeff, 0x00ad), { maxLength: 400 }),
      fc.tuple(fc.nat({ max: CORPUS.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 3000 })).map(([f, at, n]) => {
        const text = CORPUS[f].text;
        const start = at % text.length;
        return [...text.slice(start, start + n)].flatMap((c) => [...Array(c.length).keys()].map((i) => c.charCodeAt(i)));
      }),
    ),
    bigEndian: fc.boolean(),
    odd: fc.option(fc.integer({ min: 0, max: 255 }), { nil: undefined }),
  })
  .map(({ units, bigEndian, odd }) => {
    const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
    for (const u of units) bigEndian ? bytes.push(u >> 8, u & 0xff) : bytes.push(u & 0xff, u >> 8);
    if (odd !== undefined) bytes.push(odd);
    return Uint8Array.from(bytes);
  });

// ------------------------------------------------------------------ properties

describe("the pipeline never throws, and its document always fits the schema", () => {
  test("the seeds themselves", () => {
    for (const seed of SEEDS) survives(seed.bytes);
  });

  test("arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), survives), params(200));
  });

  test("arbitrary text-like bytes: ASCII, line ends, markup and Vietnamese UTF-8 lead/continuation bytes", () => {
    const byte = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x0a, 0x0d, 0x09, 0x2a, 0x5f, 0x23, 0x3c, 0x2d, 0x25),
      fc.constantFrom(0xc3, 0xc4, 0xc6, 0xcc, 0xe1, 0xba, 0xbb, 0x80, 0xa1, 0xbf, 0xad, 0xef, 0xfe, 0xff),
    );
    fc.assert(fc.property(fc.array(byte, { maxLength: 3000 }).map((a) => Uint8Array.from(a)), survives), params(200));
  });

  test("any Unicode string (lone surrogates included) as UTF-8", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (s) => survives(utf8(s))), params(200));
  });

  test("corpus files in every encoding, mutated: bytes replaced, hostile pieces inserted, slices cut or doubled, truncated", () => {
    fc.assert(fc.property(mutatedSeed, survives), params(500));
  });

  test("random UTF-16 with a byte-order mark", () => {
    fc.assert(fc.property(utf16, survives), params(200));
  });
});
