import type { Message } from '@furikaeri/core';

/**
 * The punctuation the prep, practice and bank pages put around user content: Japanese brackets and the
 * 中黒 read as untranslated chrome on the English page.
 */
export const prepFormat = {
  separator: { ja: ' ・ ', en: ' · ' } satisfies Message,
  list: { ja: '、', en: ', ' } satisfies Message,
  quote: (text: string): Message => ({ ja: `「${text}」`, en: `“${text}”` }),
  paren: (text: string): Message => ({ ja: `（${text}）`, en: ` (${text})` }),
  /** How often I took a group-discussion role: 「×1」 said nothing in English. */
  discussions: (count: number): Message => ({
    ja: `${count}回`,
    en: count === 1 ? 'in 1 discussion' : `in ${count} discussions`,
  }),
};
