import type { QuestionAnalysis } from '../analysis/report';
import { CLAIM_PATTERNS, NOT_A_MOTIVATION } from './claim-patterns';
import { answerSentences, withoutFillers } from './prep-text';
import type { Claim, PrepEvent, PrepSource } from './types';

/** The answer a claim can be traced to: which question, which sentence, where in the recording. */
export function sourceOf(event: PrepEvent, question: QuestionAnalysis, quote: string): PrepSource {
  const answer = question.answer;
  return {
    eventId: event.eventId,
    eventType: event.type,
    round: event.round,
    date: event.date,
    segmentIds: answer?.segmentIds ?? question.question.segmentIds,
    atMs: answer?.startMs ?? question.question.startMs,
    quote,
  };
}

/**
 * Words of a drill-down question (その時の役割は? チームは何名?): when the analysis did not link such a question
 * to the one before, prep still reads it as part of that question's thread.
 */
const DRILL_DOWN = /^(?:その|それ|ちなみに|では、?その)|何名|何人|どのくらい|どれくらい|役割|具体的|なぜそ|結果は/;

function parentOf(questions: readonly QuestionAnalysis[], index: number): string | null {
  const question = questions[index];
  if (!question) return null;
  if (question.followUpOf) return question.followUpOf;
  const previous = questions[index - 1];
  const prompt = question.category.category === 'reverse_question_prompt';
  return previous?.answer && !prompt && DRILL_DOWN.test(question.question.text) ? previous.id : null;
}

/** The question a follow-up chain started from (q5 → q4 → q3): a follow-up's answer belongs to its topic. */
export function threadRoot(questions: readonly QuestionAnalysis[], question: QuestionAnalysis): QuestionAnalysis {
  const indexOf = new Map(questions.map((q, index) => [q.id, index]));
  let current = question;
  const seen = new Set<string>();
  while (!seen.has(current.id)) {
    seen.add(current.id);
    const parentId = parentOf(questions, indexOf.get(current.id) ?? -1);
    const parent = parentId ? questions[indexOf.get(parentId) ?? -1] : undefined;
    if (!parent) break;
    current = parent;
  }
  return current;
}

/**
 * Everything I claimed about myself in the answers of one event: projects, numbers, roles, motivations,
 * plans, strengths, weaknesses — each with its sentence and the moment. Reasons for changing jobs are the
 * sentences of answers to a reason_for_change question, or any sentence that names 転職.
 */
export function extractClaims(event: PrepEvent): Claim[] {
  const claims: Claim[] = [];
  for (const question of event.report.questions) {
    if (!question.answer) continue;
    const category = question.category.category as string;
    for (const raw of answerSentences(question.answer.text)) {
      const sentence = withoutFillers(raw);
      const add = (kind: Claim['kind'], text: string) =>
        claims.push({
          kind,
          text: text.trim(),
          sentence,
          category,
          questionId: question.id,
          source: sourceOf(event, question, sentence),
        });
      for (const { kind, pattern } of CLAIM_PATTERNS) {
        for (const match of sentence.matchAll(pattern)) {
          const text = (match[1] ?? match[0]).replace(/^[、\s]+/, '');
          if (kind === 'motivation' && NOT_A_MOTIVATION.test(text)) continue;
          if (text.length >= 2) add(kind, text);
        }
      }
      if (category === 'reason_for_change' || /転職/.test(sentence)) add('reason', sentence);
    }
  }
  return claims;
}
