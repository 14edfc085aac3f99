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
  for (const point of [...questions.flatMap((question) => question.answer?.feedback ?? []), ...eventPoints]) {
    byKind.set(point.kind, [...(byKind.get(point.kind) ?? []), point]);
  }
  const ranked = [...byKind.values()]
    .map((points) => ({
      points,
      weight:
        points.reduce((sum, point) => sum + point.severity, 0) + 2 * Math.max(...points.map((point) => point.severity)),
    }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3);
  const focus = ranked.map(({ points }) => {
    const top = [...points].sort((a, b) => b.severity - a.severity)[0] as FeedbackPoint;
    if (points.length < 2) return top;
    return {
      ...top,
      message: {
        ja: `【${points.length}回答】${top.message.ja}`,
        en: `[${points.length} answers] ${top.message.en}`,
      },
    };
  });
  return { focus, highlights: highlights(questions, metrics) };
}

function highlights(questions: readonly QuestionAnalysis[], metrics: EventMetrics): Message[] {
  const lines: Message[] = [
    {
      ja: `質問 ${metrics.questionCount}件、うち回答 ${metrics.answeredCount}件、要確認の回答 ${metrics.flaggedAnswers}件。`,
      en: `${metrics.questionCount} questions, ${metrics.answeredCount} answered, ${metrics.flaggedAnswers} ${metrics.flaggedAnswers === 1 ? 'answer' : 'answers'} flagged.`,
    },
  ];
  const onTopic = questions.filter(
    (question) => question.answer && question.answer.relevance.flags.length === 0,
  ).length;
  if (metrics.answeredCount > 0 && onTopic === metrics.answeredCount) {
    lines.push({ ja: 'すべての回答が質問に沿っていました。', en: 'Every answer addressed its question.' });
  }
  if (metrics.fillersPerMinute && metrics.fillersPerMinute.verdict === 'ok') {
    lines.push({
      ja: `フィラーは1分あたり${metrics.fillersPerMinute.value}回で、気にならない範囲です。`,
      en: `Fillers at ${metrics.fillersPerMinute.value}/min: not noticeable.`,
    });
  }
  if (metrics.charsPerMinute && metrics.charsPerMinute.verdict === 'ok') {
    lines.push({
      ja: `話す速さは平均${metrics.charsPerMinute.value}字/分で聞き取りやすい速さです。`,
      en: `Average pace ${metrics.charsPerMinute.value} characters/min: easy to follow.`,
    });
  }
  return lines;
}
