/**
 * A JSON text written a piece at a time: the bytes of `JSON.stringify(value, null, 2) + "\n"`,
 * with the arrays along a path of keys (comparison.json: its rows, and each row's cells)
 * stringified an element at a time, so that neither the whole text (tens of megabytes for a
 * large corpus) nor a whole row of it exists as one string: the writer takes each piece as
 * it comes (src/dataset/files.ts writeAtomic), and each piece is garbage soon after.
 */
export function* jsonChunks(value: { [key: string]: unknown }, path: string | readonly string[]): Generator<string> {
  yield* pieces(value, typeof path === "string" ? [path] : path, "");
  yield "\n";
}

/** a string no JSON text of an element holds unescaped, standing for the array in the text around it */
const MARKER = "\u0000items\u0000";
const QUOTED_MARKER = JSON.stringify(MARKER);

/** JSON.stringify(value, null, 2), every line after the first indented by `indent` more */
function* pieces(value: { [key: string]: unknown }, path: readonly string[], indent: string): Generator<string> {
  const items = value[path[0]];
  if (!Array.isArray(items) || items.length === 0) {
    yield indented(JSON.stringify(value, null, 2), indent);
    return;
  }
  const array = jsonArray(value, path, indent);
  yield array.head;
  for (const item of items) yield* array.item(item);
  yield array.tail();
}

/**
 * The text of jsonChunks(value, path) with the array at `path[0]` given an element at a
 * time (a build's rows, an indicator at a time): the text before its elements, each
 * element's, and the text after them. `value[path[0]]` itself is not read.
 */
export function jsonArray(value: { [key: string]: unknown }, path: readonly string[], indent = ""): { head: string; item(item: unknown): Generator<string>; tail(): string } {
  const [key, ...rest] = path;
  const frame = JSON.stringify({ ...value, [key]: MARKER }, null, 2);
  const at = frame.indexOf(QUOTED_MARKER);
  // the array is a value of this object: its elements are indented by 4 more, its closing bracket by 2
  const inner = indent + "    ";
  let count = 0;
  return {
    head: indented(frame.slice(0, at), indent) + "[",
    *item(item) {
      yield (count++ === 0 ? "\n" : ",\n") + inner;
      if (rest.length > 0 && item !== null && typeof item === "object" && !Array.isArray(item) && !("toJSON" in item))
        yield* pieces(item as { [key: string]: unknown }, rest, inner);
      else yield stringifyAt(item, inner.length / 2);
    },
    tail: () => (count === 0 ? "]" : `\n${indent}  ]`) + indented(frame.slice(at + QUOTED_MARKER.length), indent),
  };
}

/**
 * JSON.stringify(item, null, 2) as it reads `depth` levels deep: stringified inside
 * `depth` arrays, which indent it as it must be, and cut out of them (a cut is a view of
 * the string, where indenting its lines afterwards would copy it). An element that
 * stringifies to nothing (undefined, a function) is null, as in any array.
 */
function stringifyAt(item: unknown, depth: number): string {
  let wrapped: unknown = item;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // "[\n" + "  [\n" + … + the item's own indent before it; "\n" + indent + "]" per level after it
  let head = 2 * depth;
  let tail = 0;
  for (let k = 0; k < depth; k++) {
    head += 2 * k + 2;
    tail += 2 * k + 2;
  }
  return text.slice(head, text.length - tail);
}

function indented(text: string, indent: string): string {
  return indent === "" ? text : text.replace(/\n/g, "\n" + indent);
}
