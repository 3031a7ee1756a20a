/** Where a stretch of the read text stands on its page: the page, the box around it, its OCR confidence. */
import type { Box, Layout, Span } from "./types.js";

/** a word read by OCR with less confidence than this (0–100) makes a target read from it doubtful */
export const LOW_CONFIDENCE = 60;

export interface Located {
  page: number;
  bbox: Box;
  /** the lowest OCR confidence of the words it was read from */
  confidence?: number;
}

/**
 * The page and box of text[start, end): the spans it overlaps, on the page of the first;
 * a span only partly covered gives the part of its box its characters take (an even
 * share per character: a run's letters are close enough to even for a viewer to mark)
 */
export function locate(layout: Layout, start: number, end: number): Located | null {
  const spans = layout.spans;
  let lo = 0;
  let hi = spans.length;
  // the first span that ends after start
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let box: Box | null = null;
  let page = 0;
  let confidence: number | undefined;
  for (let i = lo; i < spans.length && spans[i].start < end; i++) {
    const s = spans[i];
    if (page === 0) page = s.page;
    if (s.page !== page) break;
    const part = partOf(s, Math.max(start, s.start), Math.min(end, s.end));
    box = box ? [Math.min(box[0], part[0]), Math.min(box[1], part[1]), Math.max(box[2], part[2]), Math.max(box[3], part[3])] : part;
    if (s.confidence !== undefined) confidence = Math.min(confidence ?? 100, s.confidence);
  }
  if (!box) return null;
  const located: Located = { page, bbox: box };
  if (confidence !== undefined) located.confidence = confidence;
  return located;
}

function partOf(span: Span, from: number, to: number): Box {
  const n = span.end - span.start;
  const [x0, y0, x1, y1] = span.box;
  const w = (x1 - x0) / n;
  const r = (v: number) => Math.round(v * 100) / 100;
  return [r(x0 + (from - span.start) * w), y0, r(x0 + (to - span.start) * w), y1];
}
