/** The contract of the read stage (re-exported by index.ts). */
import type { Problem } from "../../messages.js";

/** what a file was detected to be, from its bytes first and its extension second */
export type Format = "text" | "markdown" | "pdf" | "pdf-scan" | "image" | "docx" | "html" | "doc" | "unknown";

/**
 * [x0, y0, x1, y1] in PDF points (1/72 inch), origin at the bottom-left corner of the
 * page (PDF user space, y up): the rectangle a PDF viewer highlights
 */
export type Box = [number, number, number, number];

/** a stretch of the read text and where it stands on a page */
export interface Span {
  start: number;
  end: number;
  /** 1-based */
  page: number;
  box: Box;
  /** OCR confidence of the word (0–100); absent for a text layer */
  confidence?: number;
}

export interface Layout {
  pages: Array<{ width: number; height: number }>;
  /** in text order, not overlapping */
  spans: Span[];
}

export interface Read {
  format: Format;
  /**
   * the text read, in the markdown-ish form the pipeline reads (tables as pipe tables);
   * null for text and markdown files, which the decode stage reads from their bytes
   */
  text: string | null;
  /** where each stretch of `text` stands on its page (PDF and scans) */
  layout: Layout | null;
  /** whole-file problems: what was read (info), what could not be (error) */
  problems: Problem[];
}

/**
 * a word or run of text on a page, as a layout assembles it: box in points, origin at
 * the page's top-left, y down (reading order runs that way)
 */
export interface Item {
  str: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** font size (points): the scale of gaps and line pitch */
  size: number;
  confidence?: number;
  /** the line the OCR engine put the word on: it knows its lines better than their heights tell */
  line?: string;
}

export interface Page {
  width: number;
  height: number;
  items: Item[];
}
