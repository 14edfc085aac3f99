import type { AnalysisNorms } from '../norms';
import type { Measure } from '../report';

/**
 * The one place where a pace or a filler rate becomes a verdict. An answer's chip, its feedback, the event's
 * figures and the summary all read these verdicts, so they cannot disagree about where "too fast" or "too
 * many fillers" begins, nor judge from too little speech (norms.ts: minSpeakingMs).
 */
export function paceVerdict(charsPerMinute: number, speakingMs: number, norms: AnalysisNorms): Measure['verdict'] {
  const { fastCharsPerMinute, slowCharsPerMinute, minSpeakingMs } = norms.pace;
  if (speakingMs < minSpeakingMs) return 'info';
  return charsPerMinute >= fastCharsPerMinute ? 'high' : charsPerMinute < slowCharsPerMinute ? 'low' : 'ok';
}

export function fillerVerdict(count: number, speakingMs: number, norms: AnalysisNorms): Measure['verdict'] {
  const { okPerMinute, minSpeakingMs, minCountForShortSpeech } = norms.fillers;
  if (speakingMs <= 0) return 'info';
  if (count / (speakingMs / 60_000) <= okPerMinute) return 'ok';
  return speakingMs >= minSpeakingMs || count >= minCountForShortSpeech ? 'high' : 'info';
}
