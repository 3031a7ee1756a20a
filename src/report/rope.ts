/**
 * Strings put end to end with `+`, not `Array#join`: `+` makes a rope that is copied once,
 * when the whole report is written, where `join` copies its parts into a new string at
 * every level (cell, row, table, page) of a report that runs to tens of megabytes.
 */
export function rope(parts: readonly string[], separator = ""): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) out = i === 0 ? parts[0] : out + separator + parts[i];
  return out;
}
