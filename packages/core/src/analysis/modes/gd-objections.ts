import type { SegmentMorphemes } from '../morphology';
import { contentWords, sharedWords } from '../text/content-words';
import type { Turn } from '../turns';

/**
 * A turn that raises a problem with an idea instead of bringing one: 「でもそれだと〜不公平にならないですかね」,
 * 「うーん〜はやりたがらないんじゃないかな」, 「ちょっと反対で、〜」. Whoever fixes the problem next (「それなら〜ルールに
 * しとけば」, 「なので〜枠にすれば」, or straight away 「あ、返却場所を〜にすれば」) builds on the idea the problem
 * was found in — not on the one who objected, who brought no idea.
 */
const OBJECTION =
  /^((あ|あー|えっと|はい)[、,\s]*)?(でも|ただ|けど|だけど|うーん|いや|とはいえ|それだと|(ちょっと|少し)?反対)/;

/** How many turns after the objection a fix may come (an 「あーたしかに」 may come between). */
const FIX_WITHIN_TURNS = 2;

export interface Objection {
  /** Whose idea the problem was found in. */
  target: string;
  turnsLeft: number;
}

interface EarlierIdea {
  speaker: string;
  words: readonly string[];
}

/**
 * The objection a turn raises, or null: a turn that opens as one and puts no proposal forward. The idea it is
 * about is the one sharing the most words with it (the latest on ties; one's own idea too — people raise the
 * problems of their own ideas), else the latest idea of someone else.
 */
export function objectionOf(
  turn: Turn,
  proposes: boolean,
  earlier: readonly EarlierIdea[],
  morphemes: SegmentMorphemes,
): Objection | null {
  if (proposes || !OBJECTION.test(turn.text.trim())) return null;
  const words = turn.segments.flatMap((segment) => contentWords(morphemes[segment.id] ?? []));
  let best: { speaker: string; shared: number } | null = null;
  for (const idea of earlier) {
    const shared = sharedWords(words, idea.words).length;
    if (shared > 0 && shared >= (best?.shared ?? 0)) best = { speaker: idea.speaker, shared };
  }
  const target = best?.speaker ?? earlier.findLast((idea) => idea.speaker !== turn.speaker)?.speaker;
  return target ? { target, turnsLeft: FIX_WITHIN_TURNS } : null;
}
