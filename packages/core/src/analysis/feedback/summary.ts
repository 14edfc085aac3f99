import type { Message } from '../../domain/message';
import type { EventMetrics, FeedbackKind, FeedbackPoint, QuestionAnalysis, ReportSummary } from '../report';

/**
 * The three things to work on first: feedback kinds ranked by severity and by how many answers they
 * concern; each is represented by its most severe occurrence, with the count added to its message.
 */
export function summarise(
  questions: readonly QuestionAnalysis[],
  eventPoints: readonly FeedbackPoint[],
  metrics: EventMetrics,
): ReportSummary {
  const byKind = new Map<FeedbackKind, FeedbackPoint[]>();
  const points = [...questions.flatMap((question) => question.answer?.feedback ?? []), ...eventPoints];
  for (const point of points) {
    byKind.set(point.kind, [...(byKind.get(point.kind) ?? []), point]);
  }
  const ranked = [...byKind.values()]
    .map((same) => ({
      points: same,
      weight:
        same.reduce((sum, point) => sum + point.severity, 0) + 2 * Math.max(...same.map((point) => point.severity)),
    }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3);
  const focus = ranked.map(({ points: same }) => {
    const top = [...same].sort((a, b) => b.severity - a.severity)[0] as FeedbackPoint;
    if (same.length < 2) return top;
    return {
      ...top,
      message: {
        ja: `【${same.length}回答】${top.message.ja}`,
        en: `[${same.length} answers] ${top.message.en}`,
      },
    };
  });
  return { focus, highlights: highlights(questions, metrics, new Set(points.map((point) => point.kind))) };
}

/** What a line of praise is about, and the feedback that contradicts it wherever it appears. */
const CONTRADICTED_BY = {
  onTopic: ['off_topic', 'no_example'],
  fillers: ['fillers'],
  pace: ['too_fast', 'too_slow'],
} as const satisfies Record<string, readonly FeedbackKind[]>;

/**
 * Praise only where the event's verdict is "ok" (the shared thresholds of metrics/verdicts.ts) and no answer
 * is criticised for the same thing: "fillers are not noticeable" beside "8 fillers a minute" in an answer
 * (or in the three things to work on) would leave the user not knowing which to believe.
 */
function highlights(
  questions: readonly QuestionAnalysis[],
  metrics: EventMetrics,
  criticised: ReadonlySet<FeedbackKind>,
): Message[] {
  const praise = (topic: keyof typeof CONTRADICTED_BY) => !CONTRADICTED_BY[topic].some((kind) => criticised.has(kind));
  const lines: Message[] = [
    {
      ja: `質問 ${metrics.questionCount}件、うち回答 ${metrics.answeredCount}件、要確認の回答 ${metrics.flaggedAnswers}件。`,
      en: `${metrics.questionCount} questions, ${metrics.answeredCount} answered, ${metrics.flaggedAnswers} ${metrics.flaggedAnswers === 1 ? 'answer' : 'answers'} flagged.`,
    },
  ];
  const onTopic = questions.filter(
    (question) => question.answer && question.answer.relevance.flags.length === 0,
  ).length;
  if (metrics.answeredCount > 0 && onTopic === metrics.answeredCount && praise('onTopic')) {
    lines.push({ ja: 'すべての回答が質問に沿っていました。', en: 'Every answer addressed its question.' });
  }
  if (metrics.fillersPerMinute?.verdict === 'ok' && praise('fillers')) {
    lines.push({
      ja: `フィラーは1分あたり${metrics.fillersPerMinute.value}回で、気にならない範囲です。`,
      en: `Fillers at ${metrics.fillersPerMinute.value}/min: not noticeable.`,
    });
  }
  if (metrics.charsPerMinute?.verdict === 'ok' && praise('pace')) {
    lines.push({
      ja: `話す速さは平均${metrics.charsPerMinute.value}字/分で聞き取りやすい速さです。`,
      en: `Average pace ${metrics.charsPerMinute.value} characters/min: easy to follow.`,
    });
  }
  return lines;
}
