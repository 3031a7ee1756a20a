/**
 * A text derived from a source text, with a map from every derived character back
 * to the source range it came from. Stages that rewrite text (joining wrapped lines,
 * dropping markup) build a new MappedText on top of the previous one, so a span of
 * the final text always maps to a span of the decoded file.
 */
import { lastAtMost } from "./search.js";

export interface MappedText {
  readonly text: string;
  /** source start offset of each character */
  readonly from: Int32Array;
  /** source end offset (exclusive) of each character */
  readonly to: Int32Array;
}

/**
 * The map of a text to itself. Its arrays are made only when read: a stage that
 * changes nothing passes its text on, and composing with it is a no-op.
 */
class Identity implements MappedText {
  private arrays: [Int32Array, Int32Array] | null = null;
  constructor(readonly text: string) {}
  get from(): Int32Array {
    return (this.arrays ??= materialize(this))[0];
  }
  get to(): Int32Array {
    return (this.arrays ??= materialize(this))[1];
  }
}

export function identity(text: string): MappedText {
  return new Identity(text);
}

/**
 * `outer` built over `inner.text`, mapped straight to `inner`'s source. Only the few
 * characters a fact cites are ever looked up, so nothing is computed ahead: each lookup
 * goes through the steps (four at most), and the arrays are made only when read.
 */
class Composed implements MappedText {
  private arrays: [Int32Array, Int32Array] | null = null;
  readonly text: string;
  constructor(
    private readonly inner: MappedText,
    private readonly outer: MappedText,
  ) {
    this.text = outer.text;
  }
  get from(): Int32Array {
    return (this.arrays ??= materialize(this))[0];
  }
  get to(): Int32Array {
    return (this.arrays ??= materialize(this))[1];
  }
  /** source start of character i */
  startOf(i: number): number {
    const last = this.inner.text.length;
    if (last === 0) return 0;
    const a = startOf(this.outer, i);
    if (endOf(this.outer, i) > a) return startOf(this.inner, Math.min(a, last - 1));
    // an insertion with no source text of its own: a zero-width point before inner[a]
    return a < last ? startOf(this.inner, a) : endOf(this.inner, last - 1);
  }
  /** source end (exclusive) of character i */
  endOf(i: number): number {
    const last = this.inner.text.length;
    if (last === 0) return 0;
    const a = startOf(this.outer, i);
    const b = endOf(this.outer, i);
    if (b > a) return endOf(this.inner, Math.min(b - 1, last - 1));
    return a < last ? startOf(this.inner, a) : endOf(this.inner, last - 1);
  }
}

function startOf(m: MappedText, i: number): number {
  return m instanceof Identity ? i : m instanceof Composed || m instanceof Built ? m.startOf(i) : m.from[i];
}

function endOf(m: MappedText, i: number): number {
  return m instanceof Identity ? i + 1 : m instanceof Composed || m instanceof Built ? m.endOf(i) : m.to[i];
}

function materialize(m: MappedText): [Int32Array, Int32Array] {
  const n = m.text.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = startOf(m, i);
    to[i] = endOf(m, i);
  }
  return [from, to];
}

/** Maps the span [start, end) of `mapped.text` to a span of its source. */
export function toSource(mapped: MappedText, start: number, end: number): [number, number] {
  const n = mapped.text.length;
  if (n === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), n - 1);
  const e = Math.min(Math.max(end, s + 1), n);
  const from = startOf(mapped, s);
  return [from, Math.max(endOf(mapped, e - 1), from)];
}

/** Builds a derived text from pieces of a base text: kept runs and replacements. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  /** per part: source range [a, b) and whether it is a kept run (else a replacement) */
  private spans: number[] = [];

  constructor(private readonly base: string) {}

  /** Copies base[a, b) unchanged. */
  keep(a: number, b: number): this {
    if (b <= a) return this;
    this.parts.push(this.base.slice(a, b));
    this.spans.push(a, b, 1);
    this.length += b - a;
    return this;
  }

  /** Emits `text` in place of base[a, b); every emitted character maps to that range. */
  replace(a: number, b: number, text: string): this {
    if (text.length === 0) return this;
    this.parts.push(text);
    this.spans.push(a, b, 0);
    this.length += text.length;
    return this;
  }

  finish(): MappedText {
    const spans = this.spans;
    // nothing changed: the base itself
    if (this.length === this.base.length && (this.length === 0 || (spans.length === 3 && spans[2] === 1))) return identity(this.base);
    // where each part starts in the built text, for a binary search
    const starts = new Int32Array(spans.length / 3 + 1);
    for (let p = 0, k = 0; p < spans.length; p += 3) {
      starts[p / 3] = k;
      k += spans[p + 2] === 1 ? spans[p + 1] - spans[p] : this.parts[p / 3].length;
    }
    starts[spans.length / 3] = this.length;
    return new Built(this.parts.join(""), Int32Array.from(spans), starts);
  }
}

/**
 * A text built from kept runs and replacements: a character's source is found from its
 * part (a binary search over the parts), and the arrays are made only when read.
 */
class Built implements MappedText {
  private arrays: [Int32Array, Int32Array] | null = null;
  constructor(
    readonly text: string,
    /** per part: source range [a, b) and 1 for a kept run, 0 for a replacement */
    private readonly spans: Int32Array,
    /** per part: its first character in `text`; one more entry, the length */
    private readonly starts: Int32Array,
  ) {}
  get from(): Int32Array {
    return (this.arrays ??= materialize(this))[0];
  }
  get to(): Int32Array {
    return (this.arrays ??= materialize(this))[1];
  }
  private part(i: number): number {
    return lastAtMost(this.starts, i, this.starts.length - 2);
  }
  startOf(i: number): number {
    const p = this.part(i);
    const a = this.spans[p * 3];
    return this.spans[p * 3 + 2] === 1 ? a + (i - this.starts[p]) : a;
  }
  endOf(i: number): number {
    const p = this.part(i);
    return this.spans[p * 3 + 2] === 1 ? this.spans[p * 3] + (i - this.starts[p]) + 1 : this.spans[p * 3 + 1];
  }
}

/**
 * Composes two maps: `outer` was built over `inner.text`; the result maps `outer.text`
 * straight to `inner`'s source.
 */
export function compose(inner: MappedText, outer: MappedText): MappedText {
  if (outer instanceof Identity) return inner;
  if (inner instanceof Identity) return outer;
  return new Composed(inner, outer);
}
