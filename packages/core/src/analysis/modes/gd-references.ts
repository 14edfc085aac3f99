/**
 * Pointing back at an idea said earlier without the words of BUILDS_ON: 「さっきの〜の話ですけど」,
 * 「先ほどおっしゃっていた〜という点ですが」, 「〇〇さんが言ってた〜なんですけど」, 「今の案を少し変えて」,
 * 「〇〇さんの考えを聞いて」. People take up an idea by recalling it, then say their own; which idea is meant is
 * told by a name, else by the words of the recalled part (the referent), else it is the one just said.
 */
const RECALLS = [
  // An earlier moment: さっき・先ほど・前に, with the thing said (〜の) or the saying (言ってた, おっしゃっていた).
  '(さっき|先ほど|さきほど|先程)(の|[^。]{0,16}?(言って|言われて|おっしゃって|仰って|話して|出て|挙げて|話に出て)(い)?た)',
  // Someone's saying named: 〜さんが言ってた, 〜さんのおっしゃった, 〜さんの言う通り.
  '(さん|くん|君|の方)(が|の)(言って|言われて|おっしゃって|仰って|おっしゃっ|仰っ|話して|出して)(い)?た',
  '(さん|くん|君|の方)の(言う|おっしゃる)(通り|とおり)',
  // Someone's idea named by what it is: 〜さんの考え・意見・それ.
  '(さん|くん|君|の方)の(考え|意見|案|アイデア|提案|話|それ|やつ)',
  // The one just said: 今の案, その話.
  '(今|いま)の(案|話|意見|アイデア|提案|やつ)',
  // Changing an idea to make one's own: 〜を少し変えて, 〜をアレンジして.
  '(を|の)(少し|ちょっと)?(変えて|変える|アレンジ|ひねって|発展)',
].join('|');
const RECALL = new RegExp(RECALLS);

/** Where the recalled part ends and the speaker's own idea begins: 〜ですけど, 〜という点ですが, 〜を少し変えて. */
const REFERENT_END =
  /(なんですけど|なんですが|ですけど|ですが|だけど|けど|について|を聞いて|に(乗っか|加え|付け|足)|を(少し|ちょっと)?(変え|アレンジ|ひね)|[、,。])/g;
/** A comma right after 「先ほどおっしゃっていた、」 opens the referent rather than closing it. */
const MIN_REFERENT = 3;

/** The one just said: 今の案, その話 — no word needs to be shared. */
const JUST_SAID = /(今|いま)の(案|話|意見|アイデア|提案|やつ)/;

export interface Recall {
  /** Character span of the recalled part in the sentence (for its words). */
  start: number;
  end: number;
  /** The idea just said is meant (今の案), whatever words it shares. */
  justSaid: boolean;
}

/** The recalled part of a sentence that points back at an earlier idea, or null. */
export function recallOf(text: string): Recall | null {
  const match = RECALL.exec(text);
  if (!match) return null;
  const after = match.index + match[0].length;
  const end = [...text.slice(after).matchAll(REFERENT_END)].find((found) => (found.index ?? 0) >= MIN_REFERENT);
  // The referent runs to where the own idea begins, at most a phrase further on (「〜という点ですが」).
  const at = end?.index ?? Number.POSITIVE_INFINITY;
  const stop = at <= 30 ? after + at : Math.min(text.length, after + 20);
  return { start: 0, end: stop, justSaid: JUST_SAID.test(match[0]) };
}
