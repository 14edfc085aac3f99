import type { SpeechRegion, TranscriptSegment } from '../../transcript/model';
import type { SegmentMorphemes } from '../morphology';
import type { AnalysisNorms } from '../norms';
import type { AnswerMetrics, FillerMetrics, FillerOccurrence, Measure } from '../report';
import { countSpokenCharacters, latinShare } from '../text/characters';
import { countMorae } from '../text/morae';
import { findFillers } from './fillers';
import { measureIntonation, type PitchTrack } from './intonation';
import { pausesInAnswer, speakingTime } from './speaking-time';
import { fillerVerdict, paceVerdict } from './verdicts';

export interface AnswerMetricsInput {
  segments: readonly TranscriptSegment[];
  morphemes: SegmentMorphemes;
  speechRegions: readonly SpeechRegion[];
  timing: 'measured' | 'estimated';
  /** End of the question when my answer followed it directly; null otherwise (no latency then). */
  questionEndMs: number | null;
  /** Open questions are held to the ~1 minute guideline; closed ones (facts, conditions) are not. */
  open: boolean;
  /** A first question (not a follow-up, not "other") that gets a very short answer is pointed out. */
  isFollowUp: boolean;
  norms: AnalysisNorms;
  pitch: readonly PitchTrack[] | null;
}

const measure = (
  value: number,
  unit: Measure['unit'],
  verdict: Measure['verdict'] = 'info',
  norm: Measure['norm'] = null,
): Measure => ({
  value,
  unit,
  norm,
  verdict,
});

/** Everything measured on one answer, each figure next to its norm (see norms.ts for where they come from). */
export function measureAnswer(input: AnswerMetricsInput): AnswerMetrics {
  const { norms, segments } = input;
  const first = segments[0];
  const last = segments[segments.length - 1];
  const durationMs = first && last ? last.endMs - first.startMs : 0;
  const measured = input.timing === 'measured';
  const speakingMs = speakingTime(segments, input.speechRegions, norms.pauses.minMs);
  const text = segments.map((segment) => segment.text).join('');
  const characters = countSpokenCharacters(text);
  const morae = segments.reduce((sum, segment) => sum + countMorae(input.morphemes[segment.id] ?? []).morae, 0);
  const minutes = speakingMs / 60_000;
  const timed = measured && speakingMs >= 1_000;
  const english = latinShare(text) > 0.5;
  const fillers = segments.flatMap((segment) => findFillers(segment, input.morphemes[segment.id] ?? [], norms.fillers));
  return {
    durationMs: measure(durationMs, 'ms'),
    speakingMs: measure(speakingMs, 'ms'),
    characters: measure(characters, 'chars'),
    morae: measure(morae, 'morae'),
    charsPerMinute: timed ? paceMeasure(characters / minutes, speakingMs, english, norms) : null,
    moraePerSecond: timed ? measure(round(morae / (speakingMs / 1000), 2), 'morae_per_s') : null,
    fillers: fillerMetrics(fillers, timed ? speakingMs : null, norms),
    pauses: measured ? pausesInAnswer(segments, input.speechRegions, norms.pauses.minMs) : [],
    latencyMs:
      measured && input.questionEndMs !== null && first
        ? latencyMeasure(first.startMs - input.questionEndMs, norms)
        : null,
    length: input.open ? lengthMeasure(characters, speakingMs, measured, input.isFollowUp, norms) : null,
    intonation: input.pitch ? measureIntonation(input.pitch, segments, norms.intonation) : null,
  };
}

function paceMeasure(charsPerMinute: number, speakingMs: number, english: boolean, norms: AnalysisNorms): Measure {
  const { fastCharsPerMinute, targetCharsPerMinute, minSpeakingMs } = norms.pace;
  if (english) {
    return measure(Math.round(charsPerMinute), 'chars_per_min', 'info', {
      ja: '英語の回答には文字数の目安を当てはめません',
      en: 'No character-based norm for an English answer',
    });
  }
  const verdict = paceVerdict(charsPerMinute, speakingMs, norms);
  if (verdict === 'info') {
    return measure(Math.round(charsPerMinute), 'chars_per_min', verdict, {
      ja: `話した時間が${minSpeakingMs / 1000}秒未満のため、速さは判定しません`,
      en: `Under ${minSpeakingMs / 1000} s of speech: too little to judge the pace`,
    });
  }
  return measure(Math.round(charsPerMinute), 'chars_per_min', verdict, {
    ja: `目安 ${targetCharsPerMinute}字/分（NHKニュース）、${fastCharsPerMinute}字/分以上は速い印象`,
    en: `About ${targetCharsPerMinute} chars/min (NHK news); ${fastCharsPerMinute}+ feels fast`,
  });
}

function fillerMetrics(items: FillerOccurrence[], speakingMs: number | null, norms: AnalysisNorms): FillerMetrics {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.word, (counts.get(item.word) ?? 0) + 1);
  const { okPerMinute, harmfulPerMinute } = norms.fillers;
  const perMinute =
    speakingMs === null || speakingMs <= 0
      ? null
      : measure(
          round(items.length / (speakingMs / 60_000), 1),
          'per_min',
          fillerVerdict(items.length, speakingMs, norms),
          {
            ja: `1分あたり${okPerMinute}回までは気にされにくく、${harmfulPerMinute}回前後から印象に響く`,
            en: `Up to ${okPerMinute}/min goes unnoticed; around ${harmfulPerMinute}/min it hurts`,
          },
        );
  return {
    count: items.length,
    perMinute,
    items,
    byWord: [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count),
  };
}

function latencyMeasure(latencyMs: number, norms: AnalysisNorms): Measure {
  return measure(latencyMs, 'ms', latencyMs > norms.latency.longMs ? 'high' : 'ok', {
    ja: `${norms.latency.longMs / 1000}秒を超えると考え込んだ印象`,
    en: `Over ${norms.latency.longMs / 1000} s reads as hesitation`,
  });
}

function lengthMeasure(
  characters: number,
  speakingMs: number,
  measured: boolean,
  isFollowUp: boolean,
  norms: AnalysisNorms,
): Measure {
  const { targetChars, targetMs, shortBelowRatio, longAboveRatio } = norms.length;
  const long = characters > targetChars * longAboveRatio || (measured && speakingMs > targetMs * longAboveRatio);
  const short = !isFollowUp && characters < targetChars * shortBelowRatio;
  return measure(characters, 'chars', long ? 'high' : short ? 'low' : 'ok', {
    ja: `目安は約1分・${targetChars}字前後`,
    en: `About one minute, ~${targetChars} characters`,
  });
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
