/**
 * The syntax characters of a regular expression's source: every character outside an
 * escape and outside a character class ("(", ")", "|", quantifiers, letters). Readers of
 * patterns (group names, anchors) walk these rather than each re-learning escapes and
 * classes.
 */

/**
 * Calls `visit` with each syntax character of `source` from `from` on, and its index,
 * until `visit` returns true. Returns false when the source ends inside a class.
 */
export function eachSyntaxCharacter(source: string, from: number, visit: (c: string, i: number) => boolean | void): boolean {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (visit(c, i) === true) return true;
  }
  return !inClass;
}
