import type { SpeechRegion, TranscriptSegment } from '../../transcript/model';
import type { Pause } from '../report';

/**
 * Speech inside each segment: the VAD regions clipped to it, or the whole segment when the transcript has no
 * regions (an imported file). Silences shorter than the pause norm are part of speaking (breath, commas).
 */
function speechInside(segment: TranscriptSegment, regions: readonly SpeechRegion[]): SpeechRegion[] {
  if (regions.length === 0) return [{ startMs: segment.startMs, endMs: segment.endMs }];
  const inside = regions
    .filter((region) => region.endMs > segment.startMs && region.startMs < segment.endMs)
    .map((region) => ({
      startMs: Math.max(region.startMs, segment.startMs),
      endMs: Math.min(region.endMs, segment.endMs),
    }));
  return inside.length > 0 ? inside : [{ startMs: segment.startMs, endMs: segment.endMs }];
}

/** My speaking time over some segments: their duration minus the long pauses inside them. */
export function speakingTime(
  segments: readonly TranscriptSegment[],
  regions: readonly SpeechRegion[],
  minPauseMs: number,
): number {
  let total = 0;
  for (const segment of segments) {
    total += segment.endMs - segment.startMs;
    for (const pause of gapsOf(speechInside(segment, regions), minPauseMs)) total -= pause.durationMs;
  }
  return Math.max(0, total);
}

/**
 * Silences of at least `minPauseMs` inside an answer: within its segments (from VAD regions) and between
 * its consecutive segments (thinking before going on, while the other side stayed silent or only nodded).
 */
export function pausesInAnswer(
  segments: readonly TranscriptSegment[],
  regions: readonly SpeechRegion[],
  minPauseMs: number,
): Pause[] {
  const speech = segments.flatMap((segment) => speechInside(segment, regions));
  speech.sort((a, b) => a.startMs - b.startMs);
  return gapsOf(speech, minPauseMs);
}

function gapsOf(speech: readonly SpeechRegion[], minPauseMs: number): Pause[] {
  const pauses: Pause[] = [];
  let reach = speech[0]?.endMs ?? 0;
  for (const region of speech.slice(1)) {
    const gap = region.startMs - reach;
    if (gap >= minPauseMs) pauses.push({ startMs: reach, endMs: region.startMs, durationMs: gap });
    reach = Math.max(reach, region.endMs);
  }
  return pauses;
}
