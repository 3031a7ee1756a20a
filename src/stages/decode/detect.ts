/**
 * Which legacy code page is this? Decodes a sample with each candidate and keeps the
 * one that reads most like Vietnamese (see score.ts). Deterministic: equal scores go
 * to the earlier candidate of LEGACY_CODECS.
 */
import { LEGACY_CODECS, type Codec } from "./legacy.js";
import { scoreVietnamese, type Score } from "./score.js";

/** how much of the file detection reads */
export const SAMPLE_BYTES = 64 * 1024;

/** below this score per scored item no candidate reads as Vietnamese */
const CONVINCING_SCORE = 0.5;

export interface Detection {
  codec: Codec;
  /** false when no candidate reads as Vietnamese; `codec` is then the best of bad ones */
  convincing: boolean;
  scores: Array<{ codec: Codec; score: Score }>;
}

export function detectLegacy(bytes: Uint8Array, candidates: readonly Codec[] = LEGACY_CODECS): Detection {
  const sample = bytes.subarray(0, sampleEnd(bytes));
  const scores = candidates.map((codec) => ({ codec, score: scoreVietnamese(codec.decode(sample)) }));
  let best = scores[0];
  for (const entry of scores) if (entry.score.value > best.score.value) best = entry;
  const convincing = best.score.words > 0 && best.score.value >= CONVINCING_SCORE;
  return { codec: best.codec, convincing, scores };
}

/** Ends the sample after a line end, when there is one near the limit, so no letter is cut. */
function sampleEnd(bytes: Uint8Array): number {
  if (bytes.length <= SAMPLE_BYTES) return bytes.length;
  for (let i = SAMPLE_BYTES; i > SAMPLE_BYTES - 4096; i--) if (bytes[i - 1] === 0x0a) return i;
  return SAMPLE_BYTES;
}
