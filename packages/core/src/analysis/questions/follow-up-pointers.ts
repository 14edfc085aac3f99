import { clausesOf, splitSentences } from '../text/sentences';
import { type FollowUpLink, type LinkCandidate, type Linked, linkedTo, overlap } from './follow-up-link';
import {
  EARLIER,
  LATE_ANAPHORA,
  LOOSE_POINTER,
  NAMED_TOO,
  type Opening,
  opening,
  PROMPT_AGAIN,
  REDIRECT,
  stripAcks,
  TRAILING_POINTER,
} from './follow-up-openings';

/** The openings of the question and of its turn's sentences, for the content cues that come next. */
export interface Openings {
  own: Opening;
  starts: Opening[];
}

export type PointerResult = { decided: true; linked: Linked | null } | { decided: false; openings: Openings };

const decided = (linked: Linked | null): PointerResult => ({ decided: true, linked });

/**
 * The first step of the follow-up linker: what the words say outright — the 逆質問 invitation again, the same
 * question put to someone else, a word pointing back (それは, その…, 「…、それは？」), 先ほど with the earlier
 * exchange it names. Decides, or hands the openings on to the content cues (./follow-up-content.ts).
 */
export function pointerLink(
  candidates: readonly LinkCandidate[],
  index: number,
  rootOf: (index: number) => number,
): PointerResult {
  const current = candidates[index];
  const previous = candidates[index - 1];
  if (!current || !previous) return decided(null);
  if (current.isPrompt && previous.isPrompt && PROMPT_AGAIN.test(stripAcks(current.text).trim()))
    return decided(
      linkedTo(index - 1, { ja: '逆質問の促しを重ねています。', en: 'The invitation to ask, again.' }, true),
    );
  if (current.isPrompt) return decided(null);
  const asked = stripAcks(current.text).replace(/[。\s]+$/, '');
  if (REDIRECT.test(asked) || NAMED_TOO.test(asked)) {
    const redirect = redirectLink(candidates, rootOf(index - 1));
    return decided(redirect ? { link: redirect, pointer: true, count: false } : null);
  }
  const own = opening(current.text);
  // The question's own opener (ところで, では) outweighs a pointer in what the turn said before it.
  const starts = own.newTopic
    ? [own]
    : [own, ...splitSentences(current.turnText).map((sentence) => opening(sentence.text))];
  const pointer = starts.find(
    (start) =>
      start.anaphora !== null &&
      (!LOOSE_POINTER.test(start.anaphora) ||
        overlap(current.questionWords, [...previous.answerWords, ...previous.questionWords]).length > 0),
  );
  const late =
    clausesOf(stripAcks(current.text))
      .slice(1)
      .map((clause) => LATE_ANAPHORA.exec(clause)?.[0])
      .find((found) => found !== undefined) ?? TRAILING_POINTER.exec(asked)?.[2];
  const pointerWord =
    pointsAtOwnRemark(current, previous) && (pointer === own || !pointer) ? undefined : (pointer?.anaphora ?? late);
  if (pointerWord) {
    return decided(
      linkedTo(
        index - 1,
        {
          ja: `「${pointerWord}」で直前の話を受けています。`,
          en: `"${pointerWord}" refers back to the previous answer.`,
        },
        true,
      ),
    );
  }
  if (EARLIER.test(current.turnText)) {
    const earlier = linkEarlier(candidates, index);
    return decided(earlier ? { link: earlier, pointer: true, count: false } : null);
  }
  return { decided: false, openings: { own, starts } };
}

/** A remark this long before the question says something of its own (a condition of the job, a scenario). */
const OWN_REMARK_CHARS = 15;
/** A polite statement this long before the question tells how things are here (not a reaction to the answer). */
const STATEMENT_CHARS = 20;

/**
 * 「最初の配属も首都圏とは限りません。そこは大丈夫ですか」: a pointer after a remark of the interviewer's own points at
 * that remark, not at the answer before it — unless the remark takes up the answer (its words, or a reaction: 「二十人はすごいですね」).
 */
function pointsAtOwnRemark(current: LinkCandidate, previous: LinkCandidate): boolean {
  if (stripAcks(current.turnText).length <= stripAcks(current.text).length + OWN_REMARK_CHARS) return false;
  // 「ちゃんとお店が動いてくれたんですね」: a remark ending in ね reacts to the answer, in words of its own.
  const remark = current.turnText.slice(0, Math.max(0, current.turnText.lastIndexOf(current.text)));
  if (/(ね|ねえ|ねー|よね)[。！!、\s]*$/.test(remark)) return false;
  // 「窓口では強い口調で責められることがあります」: a statement of how things are here, whatever words it shares.
  if (stripAcks(remark).length >= STATEMENT_CHARS && /(ます|ません|です)[。\s]*$/.test(remark)) return true;
  const asked = new Set(current.questionWords);
  const remarkWords = (current.turnWords ?? []).filter((word) => !asked.has(word));
  return overlap(remarkWords, previous.answerWords).length === 0;
}

/** The question passed on to someone else belongs to the chain's first question, whose topic it repeats. */
function redirectLink(candidates: readonly LinkCandidate[], root: number): FollowUpLink | null {
  const first = candidates[root];
  if (!first || first.isPrompt) return null;
  return {
    parent: root,
    reason: { ja: '同じ質問を別の人に向けています。', en: 'The same question, put to someone else.' },
  };
}

/**
 * How many earlier questions a 先ほど may go back to. An hour-long interview asks a few dozen; looking back
 * over every question would make the analysis quadratic in their number on a pathological transcript.
 */
export const EARLIER_QUESTIONS_LOOKED_AT = 100;

/** 先ほどの…: the earlier question whose exchange shares most words with this one (the latest on ties). */
function linkEarlier(candidates: readonly LinkCandidate[], index: number): FollowUpLink | null {
  const current = candidates[index];
  if (!current) return null;
  let best: { parent: number; shared: string[] } | null = null;
  for (let parent = Math.max(0, index - EARLIER_QUESTIONS_LOOKED_AT); parent < index; parent += 1) {
    const candidate = candidates[parent];
    if (!candidate || candidate.isPrompt) continue;
    const shared = overlap(current.questionWords, [...candidate.questionWords, ...candidate.answerWords]);
    if (shared.length > 0 && (!best || shared.length >= best.shared.length)) best = { parent, shared };
  }
  if (!best) return null;
  return {
    parent: best.parent,
    reason: {
      ja: `「先ほど」と前の話（${best.shared.slice(0, 3).join('、')}）に戻っています。`,
      en: `It goes back to an earlier exchange (${best.shared.slice(0, 3).join(', ')}).`,
    },
  };
}
