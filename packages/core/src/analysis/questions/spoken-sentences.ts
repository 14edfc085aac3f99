/** A sentence's text with its character offsets in the segment. */
interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * An unpunctuated ASR turn runs a question into what follows (「理由を伺えますか あと それって今の会社では解決できない」,
 * 「持ち家ですか それとも賃貸」): a polite question ending followed by a space closes a sentence there — for finding
 * questions only (a GD turn's ideas keep their clauses whole), and not before a quotative (「残業って多いですか って
 * 聞かれる」 tells what students ask).
 */
const SPOKEN_QUESTION_END =
  /(ですか|ますか|でしょうか|ませんか|ましたか|でしたか)(?=\s+(?!って|と[\s言聞思]|から|とか|など|なんて)\S)/g;

export function atSpokenQuestionEnds(sentence: Piece): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of sentence.text.matchAll(SPOKEN_QUESTION_END)) {
    const to = (match.index ?? 0) + match[0].length;
    pieces.push(piece(sentence, from, to));
    from = to;
  }
  if (from === 0) return [sentence];
  pieces.push(piece(sentence, from, sentence.text.length));
  return pieces.filter((item) => item.text !== '');
}

function piece(sentence: Piece, from: number, to: number): Piece {
  const raw = sentence.text.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: sentence.start + from + leading, end: sentence.start + from + leading + text.length };
}
