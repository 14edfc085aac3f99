import { bigramSimilarity } from '../analysis/text/similarity';
import type { Prediction, PrepEvent } from './types';

export interface PrepNote {
  question: string;
  draft: string;
  keyPoints: string[];
}

export interface ChecklistItem {
  kind: 'prepare_answer' | 'key_point' | 'reverse_question';
  text: string;
  done: boolean;
}

/** A 逆質問 I planned counts as asked when one of my questions in an event of the company says much the same. */
const ASKED = 0.5;

/**
 * The checklist for the round: each predicted question (done when I have a draft for it), my key points,
 * and the questions I want to ask (逆質問) that I have not yet asked this company.
 */
export function roundChecklist(
  predictions: readonly Prediction[],
  notes: readonly PrepNote[],
  reverseQuestions: readonly string[],
  history: readonly PrepEvent[],
): ChecklistItem[] {
  const drafted = new Map(notes.map((note) => [note.question, note]));
  const asked = history.flatMap((event) => event.report.myQuestions.map((q) => q.question.text));
  return [
    ...predictions.map((p) => ({
      kind: 'prepare_answer' as const,
      text: p.text.ja,
      done: (drafted.get(p.text.ja)?.draft.trim() ?? '') !== '',
    })),
    ...notes.flatMap((note) =>
      note.keyPoints.map((point) => ({ kind: 'key_point' as const, text: point, done: false })),
    ),
    ...reverseQuestions
      .filter((question) => !asked.some((text) => bigramSimilarity(text, question) >= ASKED))
      .map((text) => ({ kind: 'reverse_question' as const, text, done: false })),
  ];
}
