import type { TranscriptContent } from '../../transcript/model';
import { findFillers } from '../metrics/fillers';
import { speakingTime } from '../metrics/speaking-time';
import { fillerVerdict, paceVerdict } from '../metrics/verdicts';
import type { SegmentMorphemes } from '../morphology';
import type { AnalysisNorms } from '../norms';
import type { AnalysisMode, EventMetrics, FeedbackPoint, Measure, QuestionAnalysis, SpeakerSummary } from '../report';
import { countSpokenCharacters } from '../text/characters';

export interface EventMetricsInput {
  content: TranscriptContent;
  morphemes: SegmentMorphemes;
  mode: AnalysisMode;
  speakers: readonly SpeakerSummary[];
  questions: readonly QuestionAnalysis[];
  timing: 'measured' | 'estimated';
  norms: AnalysisNorms;
}

/** Figures for the whole event: my talk share, how many questions, flagged answers, overall pace and fillers. */
export function eventMetrics(input: EventMetricsInput): { metrics: EventMetrics; points: FeedbackPoint[] } {
  const { content, norms } = input;
  const mine = content.segments.filter((segment) =>
    input.speakers.some((s) => s.key === segment.speaker && s.role === 'me'),
  );
  const myMs = speakingTime(mine, content.speechRegions, norms.pauses.minMs);
  const timed = input.timing === 'measured' && myMs >= 1_000;
  const minutes = myMs / 60_000;
  const fillers = mine.reduce(
    (sum, segment) => sum + findFillers(segment, input.morphemes[segment.id] ?? [], norms.fillers).length,
    0,
  );
  const chars = mine.reduce((sum, segment) => sum + countSpokenCharacters(segment.text), 0);
  const latencies = input.questions.flatMap((question) =>
    question.answer?.metrics.latencyMs ? [question.answer.metrics.latencyMs.value] : [],
  );
  const first = content.segments.reduce((min, segment) => Math.min(min, segment.startMs), Number.POSITIVE_INFINITY);
  const last = content.segments.reduce((max, segment) => Math.max(max, segment.endMs), 0);
  const share = myShare(input);
  const metrics: EventMetrics = {
    durationMs: Number.isFinite(first) ? last - first : 0,
    myTalkShare: share,
    questionCount: input.questions.length,
    answeredCount: input.questions.filter((question) => question.answer).length,
    flaggedAnswers: input.questions.filter((question) => (question.answer?.relevance.flags.length ?? 0) > 0).length,
    fillersPerMinute: timed
      ? {
          value: Math.round((fillers / minutes) * 10) / 10,
          unit: 'per_min',
          norm: null,
          verdict: fillerVerdict(fillers, myMs, norms),
        }
      : null,
    charsPerMinute: timed
      ? {
          value: Math.round(chars / minutes),
          unit: 'chars_per_min',
          norm: null,
          verdict: paceVerdict(chars / minutes, myMs, norms),
        }
      : null,
    medianLatencyMs: median(latencies),
  };
  return { metrics, points: talkSharePoints(share, norms) };
}

/** The 50–70 % norm is for a one-to-one interview; elsewhere the share is reported without a verdict. */
function myShare(input: EventMetricsInput): Measure | null {
  const me = input.speakers.find((speaker) => speaker.role === 'me');
  if (!me || input.timing !== 'measured') return null;
  const talking = input.speakers.filter((speaker) => speaker.speakingMs > 0);
  const oneToOne = input.mode === 'interview' && talking.length === 2;
  const { min, max } = input.norms.talkShare;
  return {
    value: me.share,
    unit: 'ratio',
    norm: oneToOne
      ? {
          ja: `1対1の面接では${min * 100}〜${max * 100}%が目安`,
          en: `${min * 100}–${max * 100} % in a one-to-one interview`,
        }
      : null,
    verdict: !oneToOne ? 'info' : me.share < min ? 'low' : me.share > max ? 'high' : 'ok',
  };
}

function talkSharePoints(share: Measure | null, norms: AnalysisNorms): FeedbackPoint[] {
  if (!share || share.verdict === 'ok' || share.verdict === 'info') return [];
  const percent = Math.round(share.value * 100);
  const low = share.verdict === 'low';
  return [
    {
      kind: low ? 'talk_share_low' : 'talk_share_high',
      severity: 1,
      atMs: null,
      questionId: null,
      message: low
        ? {
            ja: `あなたが話した割合は${percent}%でした（目安${norms.talkShare.min * 100}〜${norms.talkShare.max * 100}%）。回答に理由や具体例を足して、もう少し自分から話しましょう。`,
            en: `You spoke ${percent} % of the time (about ${norms.talkShare.min * 100}–${norms.talkShare.max * 100} % is typical). Add reasons and examples to your answers.`,
          }
        : {
            ja: `あなたが話した割合は${percent}%でした（目安${norms.talkShare.min * 100}〜${norms.talkShare.max * 100}%）。要点を絞って、面接官が質問できる間を残しましょう。`,
            en: `You spoke ${percent} % of the time (about ${norms.talkShare.min * 100}–${norms.talkShare.max * 100} % is typical). Keep to the point and leave room for questions.`,
          },
    },
  ];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}
