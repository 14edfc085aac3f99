import { QUESTION_CATEGORY_LABELS, type QuestionCategory } from '../analysis/categories';
import { sourceOf } from './claims';
import type { PredictionDraft } from './follow-ups';
import { whenSaid } from './prep-text';
import type { PrepEvent } from './types';

function categoryLabel(id: string): string {
  return QUESTION_CATEGORY_LABELS[id as QuestionCategory]?.ja ?? id;
}

/**
 * A question I answered off the point or without an example (the analysis' relevance flags) tends to come
 * back in another form: the interviewer did not get what they wanted to know.
 */
export function weakAnswerRepeats(event: PrepEvent): PredictionDraft[] {
  return event.report.questions.flatMap((question) => {
    const flags = question.answer?.relevance.flags ?? [];
    if (flags.length === 0 || !question.answer) return [];
    const offTopic = flags.includes('off_topic');
    const when = whenSaid({ round: event.round, date: event.date, eventType: event.type });
    return [
      {
        kind: 'repeat_weak' as const,
        text: { ja: question.question.text, en: question.question.text },
        why: offTopic
          ? {
              ja: `${when.ja}この質問（${categoryLabel(question.category.category as string)}）に、聞かれたことと違う話で答えた`,
              en: `${when.en} your answer to this question talked about something else`,
            }
          : {
              ja: `${when.ja}この質問に具体的なエピソードなしで答えた`,
              en: `${when.en} you answered this without a concrete example`,
            },
        topic: `repeat:${question.category.category as string}`,
        score: offTopic ? 0.8 : 0.7,
        source: sourceOf(event, question, question.answer.text),
      },
    ];
  });
}
