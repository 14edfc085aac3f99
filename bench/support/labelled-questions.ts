import type { Morphology } from '@furikaeri/core';
import type { QuestionCategory } from '../../packages/core/src/analysis/categories';
import { normaliseForModel } from '../../packages/core/src/analysis/questions/category-model';
import {
  HELD_OUT_CONVERSATION_DIRS,
  loadConversations,
} from '../../packages/server/test/analysis/support/conversations';
import { analyseFixture } from '../../packages/server/test/analysis/support/evaluate';
import type { LabelledInterview } from '../../packages/server/test/analysis/support/fixtures';

/** A labelled question as the analysis detects it, with the set it comes from. */
export interface LabelledQuestion {
  set: string;
  text: string;
  category: QuestionCategory;
}

const heldOutTurns = (): string[] =>
  HELD_OUT_CONVERSATION_DIRS.flatMap((dir) =>
    loadConversations(dir).flatMap((c) => c.content.segments.map((segment) => normaliseForModel(segment.text))),
  );

/**
 * The questions of the given sets that the category model may learn from: detected by the analysis (so with the
 * text it will classify), not drill-downs (they take their parent's category, which the words alone do not carry),
 * not from group discussions (their "questions" are the theme and the call to present), each text once. A question
 * that a held-out set also holds word for word (a common opener) is left out, so that those sets measure nothing
 * learned by heart; their turns are read for that check only, their labels never.
 */
export async function trainableQuestions(
  sets: ReadonlyArray<readonly [string, LabelledInterview[]]>,
  morphology: Morphology,
): Promise<LabelledQuestion[]> {
  const heldOut = heldOutTurns();
  const inHeldOutSet = (text: string): boolean => {
    const normalised = normaliseForModel(text);
    return normalised.length >= 6 && heldOut.some((turn) => turn.includes(normalised));
  };
  const seen = new Set<string>();
  const questions: LabelledQuestion[] = [];
  for (const [set, fixtures] of sets) {
    for (const fixture of fixtures) {
      if (fixture.eventType === 'group_discussion') continue;
      const { report } = await analyseFixture(fixture, morphology);
      for (const label of fixture.labels.questions) {
        if (label.followUpOf !== null) continue;
        const found = report.questions.find((q) => q.question.segmentIds.at(-1) === label.segment);
        const text = found?.question.text.trim();
        if (!text || seen.has(text) || inHeldOutSet(text)) continue;
        seen.add(text);
        questions.push({ set, text, category: label.category as QuestionCategory });
      }
    }
  }
  return questions;
}

/** Questions as the model's training input: lists by category. */
export function byCategory(questions: readonly LabelledQuestion[]): Partial<Record<QuestionCategory, string[]>> {
  const lists: Partial<Record<QuestionCategory, string[]>> = {};
  for (const { text, category } of questions) lists[category] = [...(lists[category] ?? []), text];
  return lists;
}
