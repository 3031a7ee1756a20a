/**
 * A text derived from a source text, with a map from every derived character back
 * to the source range it came from. Stages that rewrite text (joining wrapped lines,
 * dropping markup) build a new MappedText on top of the previous one, so a span of
 * the final text always maps to a span of the decoded file.
 */
export interface MappedText {
  readonly text: string;
  /** source start offset of each character */
  readonly from: Int32Array;
  /** source end offset (exclusive) of each character */
  readonly to: Int32Array;
}

/** maps known to send every character to itself: composing with one is a no-op */
const IDENTITIES = new WeakSet<MappedText>();

export function identity(text: string): MappedText {
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  const mapped = { text, from, to };
  IDENTITIES.add(mapped);
  return mapped;
}

/** Maps the span [start, end) of `mapped.text` to a span of its source. */
export function toSource(mapped: MappedText, start: number, end: number): [number, number] {
  const n = mapped.text.length;
  if (n === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), n - 1);
  const e = Math.min(Math.max(end, s + 1), n);
  return [mapped.from[s], Math.max(mapped.to[e - 1], mapped.from[s])];
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

  get size(): number {
    return this.length;
  }

  /** The text built so far ends with `suffix`. */
  endsWith(suffix: string): boolean {
    return this.tail(suffix.length) === suffix;
  }

  tail(n: number): string {
    let out = "";
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = this.parts[i] + out;
    return out.slice(-n);
  }

  finish(): MappedText {
    const spans = this.spans;
    // nothing changed: the base itself
    if (this.length === this.base.length && (this.length === 0 || (spans.length === 3 && spans[2] === 1))) return identity(this.base);
    const from = new Int32Array(this.length);
    const to = new Int32Array(this.length);
    let k = 0;
    for (let p = 0; p < spans.length; p += 3) {
      const a = spans[p];
      const b = spans[p + 1];
      if (spans[p + 2] === 1) {
        for (let i = a; i < b; i++, k++) {
          from[k] = i;
          to[k] = i + 1;
        }
      } else {
        const n = this.parts[p / 3].length;
        from.fill(a, k, k + n);
        to.fill(b, k, k + n);
        k += n;
      }
    }
    return { text: this.parts.join(""), from, to };
  }
}

/**
 * Composes two maps: `outer` was built over `inner.text`; the result maps `outer.text`
 * straight to `inner`'s source.
 */
export function compose(inner: MappedText, outer: MappedText): MappedText {
  if (IDENTITIES.has(outer)) return inner;
  if (IDENTITIES.has(inner)) return outer;
  const n = outer.text.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const last = inner.text.length;
  for (let i = 0; i < n; i++) {
    const a = outer.from[i];
    const b = outer.to[i];
    if (last === 0) continue;
    if (b > a) {
      from[i] = inner.from[Math.min(a, last - 1)];
      to[i] = inner.to[Math.min(b - 1, last - 1)];
    } else {
      // an insertion with no source text of its own: a zero-width point before inner[a]
      const p = a < last ? inner.from[a] : inner.to[last - 1];
      from[i] = p;
      to[i] = p;
    }
  }
  return { text: outer.text, from, to };
}
