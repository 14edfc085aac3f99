import type { TurnSentence } from '../questions/question-finder';

/**
 * Speech without punctuation (ASR) runs a turn's ideas into one sentence: 「〜増えると思いますあとは〜撤去するのも
 * ありかなと」 holds two, and the second builds on nobody even when the first took up someone's. A spoken sentence
 * ends with a polite or tentative ending; when a connective that adds something else follows (あと, それから,
 * それと, もう一つ), a new idea starts there — not after そこに/それに (「いいですねそこにもう一個足すと」 adds to the
 * idea just praised). Punctuated text is cut by its full stops already.
 */
const ADDS_ANOTHER = '(?=あと(?![でのからに])|それから|それと|もう一つ|もう一個|別の案|ほかには|他には)';
const SPOKEN_END = new RegExp(
  `(?:ます|です|ました|ません|ですね|ますね|かなと|かな|だと|よね|いい|ない|たい)(?:[ぁ-ん]{0,3}?)(?<!そこに|それに)${ADDS_ANOTHER}`,
  'g',
);

/** How short a piece may be and still stand as an idea of its own (「あと一つ」 alone names nothing). */
const MIN_CHARS = 8;

/** The sentence cut where a spoken sentence ends and another idea is added; offsets stay the segment's. */
export function ideaClauses(sentence: TurnSentence): TurnSentence[] {
  const text = sentence.text;
  const cuts = [...text.matchAll(SPOKEN_END)].map((match) => (match.index ?? 0) + match[0].length);
  const pieces: TurnSentence[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut - start < MIN_CHARS || text.length - cut < MIN_CHARS) continue;
    pieces.push(piece(sentence, start, cut));
    start = cut;
  }
  pieces.push(piece(sentence, start, text.length));
  return pieces;
}

function piece(sentence: TurnSentence, from: number, to: number): TurnSentence {
  return { ...sentence, text: sentence.text.slice(from, to), start: sentence.start + from, end: sentence.start + to };
}
