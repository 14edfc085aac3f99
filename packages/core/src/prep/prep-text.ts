import { splitSentences } from '../analysis/text/sentences';
import { EVENT_TYPE_LABELS, ROUND_LABELS } from '../domain/labels';
import type { Message } from '../domain/message';
import type { PrepSource } from './types';

/**
 * Sentences of an answer, also when ASR left out the punctuation: a long run is cut after the polite
 * sentence endings (ました, です, ます…) that end nearly every spoken Japanese sentence.
 */
export function answerSentences(text: string): string[] {
  return splitSentences(text).flatMap((sentence) =>
    sentence.text.length <= 80 ? [sentence.text] : splitAtPoliteEndings(sentence.text),
  );
}

function splitAtPoliteEndings(text: string): string[] {
  const parts = text.split(/(?<=(?:ました|でした|ません|ます|です)(?:ね|よ)?)(?=[^、。が]{6})/);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Fillers and hesitations stripped from a quote before it is reused inside a question. */
export function withoutFillers(text: string): string {
  return text
    .replace(/(?:えーと|えっと|えー|あのー|あの、|まあ|なんか|そうですね)[、,]?\s*/g, '')
    .replace(/^[はい、]+/, '')
    .trim();
}

/** Runs of kanji, katakana, Latin letters and digits: the nouns of a phrase without a dictionary. */
export const NOUN = '[\\u4e00-\\u9fff\\u30a0-\\u30ffA-Za-z0-9０-９ー々・]+';

/** A noun phrase joined by の (決済システムの移行プロジェクト), greedy from the left. */
export const NOUN_PHRASE = `${NOUN}(?:の${NOUN}){0,2}`;

/** Shortens a quote for display inside a question. */
export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * When I said something, as a reason names it: 「2次面接で」, not 「前回」, since a list for the 最終 also
 * builds on the 1次, and a round prepared again must not call a later round 「前回」.
 */
export function whenSaid({ round, date, eventType }: Pick<PrepSource, 'round' | 'date' | 'eventType'>): Message {
  if (round) return { ja: `${ROUND_LABELS[round].ja}で`, en: `In the ${ROUND_LABELS[round].en}` };
  const kind = EVENT_TYPE_LABELS[eventType];
  return { ja: `${date}の${kind.ja}で`, en: `In the ${kind.en} of ${date}` };
}
