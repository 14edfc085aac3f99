import { type Message, QUESTION_CATEGORY_LABELS, type QuestionCategory } from '@furikaeri/core';

/** The category's label; an id the analysis added later is shown as it is. */
export function categoryLabel(category: string): Message {
  return QUESTION_CATEGORY_LABELS[category as QuestionCategory] ?? { ja: category, en: category };
}
