import { measureIntonation, type PitchTrack } from '../analysis/metrics/intonation';
import type { AnalysisNorms } from '../analysis/norms';
import type { Intonation } from '../analysis/report';
import type { SpeechRegion } from '../transcript/model';

/**
 * What a spoken practice answer's audio says without any speech model: how long it ran against the target,
 * where I spoke and where I was silent (the silero VAD's regions), and my intonation (YIN F0 → PVQ).
 */
export interface SpokenDelivery {
  /** The whole take, from pressing record to stop. */
  takeMs: number;
  /** From the first to the last speech: the answer's length, judged against the target. */
  answerMs: number;
  targetMs: number;
  length: 'short' | 'ok' | 'long' | 'silent';
  /** Speech, with gaps shorter than the pause norm counted as speaking (breaths, commas) as in the review. */
  speakingMs: number;
  silenceMs: number;
  /** Time before I started speaking (thinking before the answer). */
  leadInMs: number;
  /** Silences inside the answer of at least the pause norm (DESIGN.md / norms.pauses, 2 s). */
  pauses: number;
  longestPauseMs: number;
  intonation: Intonation | null;
}

export interface SpokenDeliveryInput {
  takeMs: number;
  /** VAD speech regions of the take, padded and merged as the review's are. */
  regions: readonly SpeechRegion[];
  /** F0 over the regions (null when it could not be read). */
  pitch: readonly PitchTrack[] | null;
  targetMs: number;
  norms: AnalysisNorms;
}

/** Measures a spoken answer's delivery from its VAD regions and pitch; no transcript needed. */
export function measureSpokenDelivery(input: SpokenDeliveryInput): SpokenDelivery {
  const { norms, targetMs } = input;
  const regions = [...input.regions].filter((r) => r.endMs > r.startMs).sort((a, b) => a.startMs - b.startMs);
  const first = regions[0];
  const last = regions[regions.length - 1];
  const takeMs = Math.max(0, Math.round(input.takeMs));
  if (!first || !last) {
    const empty = { answerMs: 0, speakingMs: 0, leadInMs: 0, pauses: 0, longestPauseMs: 0, intonation: null };
    return { takeMs, targetMs, length: 'silent', silenceMs: takeMs, ...empty };
  }
  const gaps = regions.slice(1).map((region, index) => region.startMs - (regions[index] as SpeechRegion).endMs);
  const longGaps = gaps.filter((gap) => gap >= norms.pauses.minMs);
  const answerMs = last.endMs - first.startMs;
  const speakingMs = answerMs - longGaps.reduce((sum, gap) => sum + gap, 0);
  const { longAboveRatio } = norms.length;
  // A practice answer to an open question: the band around the target of norms.ts, not the interview's 0.2.
  const shortBelowRatio = norms.length.practiceShortBelowRatio;
  return {
    takeMs,
    answerMs,
    targetMs,
    length: answerMs < targetMs * shortBelowRatio ? 'short' : answerMs > targetMs * longAboveRatio ? 'long' : 'ok',
    speakingMs,
    silenceMs: Math.max(0, takeMs - speakingMs),
    leadInMs: first.startMs,
    pauses: longGaps.length,
    longestPauseMs: Math.max(0, ...longGaps),
    intonation: input.pitch ? measureIntonation(input.pitch, regions, norms.intonation) : null,
  };
}
