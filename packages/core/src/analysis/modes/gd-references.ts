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
  // Someone's idea as the likeness of one's own: 〜さんのに近いんですけど, 〜さんのと似ていて.
  '(さん|くん|君|の方)の(に|と)(近|似)',
  // Someone's idea named by what it is: 〜さんの考え・意見・それ, also with what it was between
  // (〜さんの二時間無料の件, 司会の方の、〜を知らせる案).
  '(さん|くん|君|の方)の[、,]?([^。、,]{0,20}?)?(考え|意見|案|アイデア|提案|話|それ|やつ|件)',
  // The one just said: 今の案, その話.
  '(今|いま)の(案|話|意見|アイデア|提案|やつ)',
  // Changing an idea to make one's own: 〜を少し変えて, 〜をアレンジして.
  '(を|の)(少し|ちょっと)?(変えて|変える|アレンジ|ひねって|発展)',
].join('|');
const RECALL = new RegExp(RECALLS);

/**
 * An idea named by its content at the opening, with nobody's name: 「その予約の話なんですけど」, 「ペアの話いいですね」,
 * 「その夜の営業の話に乗っかると」, 「アルバイトいいですね」, 「〜って案ありましたけど」. What is named is an earlier idea (its words tell whose),
 * unless it is one's own or a new one (私の案, 別の案, 次の話); two named together (「Aの案とBの案、どちらを」) are compared.
 */
const CONTENT_RECALL =
  /^(?:(?:あ|あー|えっと|あの|はい|うん)[、,\s]*)?(?:その|あの)?([^。、,\s]{1,16}?)(?:(?:って|という|っていう)(?:案|話|アイデア|意見)(?=が|、|,|\s|あり|出)|の(?:話|案|アイデア|やつ|件|提案)(?=なんですけど|なんですが|ですけど|ですが|けど|って|に(?:乗っか|加え|付け|足)|[、,\s]|(?:すごく|めっちゃ|とても)?(?:いい|良い))|(?=(?:すごく|めっちゃ|とても)?(?:いいですね|良いですね)))/;

/**
 * 「その看板をもっと大きくして」: その before a thing someone proposed points at their idea — only when an earlier
 * idea holds the word (see Recall.strict), and not before words that point at no idea (その日, そのため, その場合).
 * Not あの, which is as often a filler (「あの自転車の置き場所を…」 names no one's idea).
 */
const POINTED =
  /^(?:(?:あ|あー|えっと|あの|はい|うん|じゃあ)[、,\s]*)?その([^。、,\s]{1,12}?)(?:を|に|は|って|も|が|で)/;
const NOT_POINTED =
  /^(ため|場合|日|時|とき|後|あと|前|上|中|分|辺|点|際|ほう|方|まま|通り|人|もの|こと|よう|くらい|ぐらい|分野|辺り)$/;

/**
 * 「看板はいいと思うんですけど、〜」: an idea judged good at the opening, then changed — someone's idea when an
 * earlier one holds the word (strict, as POINTED).
 */
const PRAISED =
  /^(?:(?:あ|あー|えっと|うん|はい)[、,\s]*)?([^。、,\s]{1,12}?)(?:は|も|って)(?:すごく|めっちゃ|とても)?(?:いい|良い)(?:と思うんですけど|と思いますけど|んですけど|けど|ですね)/;

/** What is named at the opening but recalls nobody's idea: one's own, a new one, two compared. */
const NOT_RECALLED = /私|僕|自分|わたし|別|他|ほか|次|新しい|一つ|もう|(案|話|アイデア)と/;

/** Where the recalled part ends and the speaker's own idea begins: 〜ですけど, 〜という点ですが, 〜を少し変えて. */
const REFERENT_END =
  /(なんですけど|なんですが|ですけど|ですが|だけど|けど|について|を聞いて|に(乗っか|加え|付け|足)|を(少し|ちょっと)?(変え|アレンジ|ひね)|[、,。])/g;
const SAID_THING = /^(の方|方|人)?の(やつ|案|話|件|アイデア|提案)(って|は|を|が|も|なんですけど|ですけど|[、,])?/;
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
  /** Only an earlier idea sharing a word of the referent is meant; failing that, none (その〜を). */
  strict?: boolean;
}

/** The recalled part of a sentence that points back at an earlier idea, or null. */
export function recallOf(text: string): Recall | null {
  const match = RECALL.exec(text);
  if (!match) {
    const content = CONTENT_RECALL.exec(text);
    if (content && !NOT_RECALLED.test(content[1] ?? '')) return { start: 0, end: content[0].length, justSaid: false };
    const praised = PRAISED.exec(text);
    if (praised && !NOT_RECALLED.test(praised[1] ?? '')) {
      return { start: 0, end: praised[0].length, justSaid: false, strict: true };
    }
    const pointed = POINTED.exec(text);
    if (!pointed || NOT_POINTED.test(pointed[1] ?? '')) return null;
    return { start: 0, end: pointed[0].length, justSaid: false, strict: true };
  }
  const after = match.index + match[0].length;
  // 「さっき〜って言ってた方のやつって」: the thing said is named right after the saying, and ends there.
  const thing = SAID_THING.exec(text.slice(after));
  if (thing) return { start: 0, end: after + thing[0].length, justSaid: JUST_SAID.test(match[0]) };
  const end = [...text.slice(after).matchAll(REFERENT_END)].find((found) => (found.index ?? 0) >= MIN_REFERENT);
  // The referent runs to where the own idea begins, at most a phrase further on (「〜という点ですが」).
  const at = end?.index ?? Number.POSITIVE_INFINITY;
  const stop = at <= 30 ? after + at : Math.min(text.length, after + 20);
  return { start: 0, end: stop, justSaid: JUST_SAID.test(match[0]) };
}
