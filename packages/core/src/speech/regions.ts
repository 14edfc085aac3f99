import type { SpeechRegion } from '../transcript/model';

/**
 * Context kept around what the detector calls speech. Silero's probability falls before a word has
 * really ended (Japanese devoices the final "す" of です/ます) and rises after it has begun, and ASR
 * cuts words at a hard edge; faster-whisper pads by 400 ms for the same reasons (`speech_pad_ms`).
 */
export const SPEECH_PAD_MS = 400;

/**
 * Pads every region and merges the ones that then touch, within 0 … totalMs. Gaps that remain are
 * pauses of at least 2 × pad of the detector's silence, which is what the analysis reports as a pause.
 */
export function padAndMerge(raw: readonly SpeechRegion[], padMs: number, totalMs: number): SpeechRegion[] {
  const sorted = [...raw].sort((a, b) => a.startMs - b.startMs);
  const merged: SpeechRegion[] = [];
  for (const region of sorted) {
    const startMs = Math.max(0, region.startMs - padMs);
    const endMs = Math.min(totalMs, region.endMs + padMs);
    const last = merged[merged.length - 1];
    if (last && startMs <= last.endMs) last.endMs = Math.max(last.endMs, endMs);
    else merged.push({ startMs, endMs });
  }
  return merged;
}

/** Total milliseconds covered by non-overlapping regions. */
export function coveredMs(regions: readonly SpeechRegion[]): number {
  return regions.reduce((sum, r) => sum + Math.max(0, r.endMs - r.startMs), 0);
}
