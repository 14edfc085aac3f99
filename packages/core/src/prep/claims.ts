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

/**
 * The question each question's follow-up chain started from (q5 → q4 → q3), by question id: a follow-up's
 * answer belongs to its topic. Parents always come before their follow-ups, so one pass in order does it.
 */
export function threadRoots(questions: readonly QuestionAnalysis[]): Map<string, QuestionAnalysis> {
  const roots = new Map<string, QuestionAnalysis>();
  questions.forEach((question, index) => {
    const parentId = parentOf(questions, index);
    roots.set(question.id, (parentId ? roots.get(parentId) : undefined) ?? question);
  });
  return roots;
}

/**
 * Everything I claimed about myself in the answers of one event: projects, numbers, roles, motivations,
 * plans, strengths, weaknesses — each with its sentence and the moment. Reasons for changing jobs are the
 * sentences of answers to a reason_for_change question, or any sentence that names 転職.
 */
export function extractClaims(event: PrepEvent): Claim[] {
  const known = extracted.get(event.report);
  if (known?.eventId === event.eventId) return known.claims;
  const claims = claimsOf(event);
  extracted.set(event.report, { eventId: event.eventId, claims });
  return claims;
}

/** Predictions and the consistency check read the same reports: their claims are extracted once per report. */
const extracted = new WeakMap<object, { eventId: string; claims: Claim[] }>();

function claimsOf(event: PrepEvent): Claim[] {
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
