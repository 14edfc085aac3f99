import { QUESTION_CUES } from './category-lexicon';

/**
 * A topic named alone, the request left unsaid (体言止め): 「じゃあ強み。」「他社の状況。」「人事で一番しんどかった
 * 案件。」「学生時代に力を入れたこと。手短に。」 — the way a terse interviewer asks. A manner word alone (「具体的に。」
 * 「例えば。」「一言で。」) asks for more of what was just said. Both are also how people echo or muse, so the finder
 * takes them for questions only at the end of a turn the candidate then answers (see question-finder).
 */

/** Openers before the topic: じゃあ, 次, 逆に, 続いて… */
const OPENER = /^(じゃあ|じゃ|では|で|次|次は|続いて|逆に|あと|それから|最後に|まず|まずは|ほな|なら|はい)[、,\s]*/;
/** A noun phrase: no verb or adjective ending (those end in kana), or one of the nouns that close a request. */
const NOUN_PHRASE = /^[^\s、,]{0,18}?([一-龯ァ-ヶー]|こと|ところ|とこ|強み|弱み|話)$/;
/** A manner word that stands for 「話してください」. */
const MANNER_ALONE =
  /^(もう少し|もうちょっと|もっと|改めて)?[、,\s]*(一言で|手短に|簡単に|具体的に|詳しく|ざっくり|短く|端的に|例えば|たとえば|[一二三1-3]分(くらい|ぐらい|程度|ほど)?で)$/;

/** Whether a phrase names a topic of the taxonomy (a cue of weight 2.5 or more outside "fact"). */
function namesTopic(phrase: string): boolean {
  return Object.entries(QUESTION_CUES).some(
    ([category, cues]) => category !== 'fact' && cues.some((item) => item.weight >= 2.5 && item.pattern.test(phrase)),
  );
}

/** The noun phrase of a sentence without its opener, or null when the sentence has a predicate. */
function nounPhrase(bare: string): string | null {
  const phrase = bare.replace(OPENER, '');
  return NOUN_PHRASE.test(phrase) ? phrase : null;
}

/** 「強み。」「他社の状況。」: a topic of the taxonomy named alone, or a thing asked for (〜こと, 〜ところ). */
export function topicNamedAlone(bare: string): string | null {
  const phrase = nounPhrase(bare);
  if (!phrase) return null;
  return namesTopic(phrase) || /(こと|ところ|とこ)$/.test(phrase) ? phrase.slice(-8) : null;
}

/** 「具体的に。」「一言で。」: a manner word alone. */
export function mannerAlone(bare: string): string | null {
  return MANNER_ALONE.exec(bare.replace(OPENER, ''))?.[0] ?? null;
}

/**
 * The sentences at the end of a turn that ask by naming (their indices), or [] when the end does not: a topic named
 * alone, or a manner word with the short noun phrase before it (「数字。具体的に。」「年収。今と希望。」).
 */
export function namedTopicAsk(bares: readonly string[]): number[] {
  const last = bares.length - 1;
  const final = bares[last];
  if (final === undefined) return [];
  const before = bares[last - 1];
  const beforeNamed = before !== undefined && topicNamedAlone(before) !== null;
  if (mannerAlone(final) || (nounPhrase(final) && beforeNamed)) {
    return before !== undefined && nounPhrase(before) ? [last - 1, last] : [last];
  }
  return topicNamedAlone(final) ? [last] : [];
}
