import type { Point, Position } from "../schema/document.js";
import { lastAtMost } from "./search.js";

/**
 * Line/column lookup over a text. Line breaks are "\r\n", "\r" and "\n" alike, so a
 * file gives the same line numbers whatever its line ends.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const lo = lastAtMost(this.starts, o);
    return { line: lo + 1, column: o - this.starts[lo] + 1, offset: o };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
