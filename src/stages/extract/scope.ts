/** The administrative level a figure names: "90% hồ sơ … tại cấp tỉnh", "100% thôn", "cấp xã đạt 60%". */
import { headNoun, levelPhrase, levelRange } from "../../../grammars/scopes.js";
import { windows } from "../../../grammars/windows.js";
import { charClass, LIST_SEPARATORS } from "../../../grammars/punctuation.js";
import type { Scope } from "../../schema/document.js";
import { firstWords, wordCount } from "../../text/chars.js";
import type { Figure } from "./clause-view.js";

export function scopeOf(figure: Figure): Scope {
  const { before } = figure;
  // the figure's own phrase: a level past a comma is the next item's
  const listEnd = figure.after.search(LIST_END);
  const after = listEnd < 0 ? figure.after : figure.after.slice(0, listEnd);
  const head = headNoun.at(after, 0, after);
  if (head) return head.reading.scope;
  const phrase = firstWords(after, windows.scopeWords);
  const level = levelPhrase.first(phrase, 0, phrase);
  if (level) {
    // every level from one to another names none of them
    const range = levelRange.first(phrase, 0, phrase);
    return range && level.start >= range.start && level.start < range.end ? null : level.reading.scope;
  }
  if (wordCount(after) <= windows.scopeBackWords) {
    const back = levelPhrase.all(before, before);
    if (back.length) return back[back.length - 1].reading.scope;
  }
  return null;
}

const LIST_END = new RegExp(charClass(LIST_SEPARATORS), "u");
