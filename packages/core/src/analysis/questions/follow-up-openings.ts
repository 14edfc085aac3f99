import { clausesOf } from '../text/sentences';

/**
 * How a question opens — acknowledgements, a new topic, a word pointing back — read by the follow-up linker
 * (./follow-up.ts) before it looks at what the question shares with the previous exchange.
 */

/** Acknowledgements before the question do not change what it refers to. */
const ACK =
  /^(はい|ええ|うん|なるほど(ね)?|へえ|へー|ほう|おお|すごい(です)?(ね)?|いいですね|いいじゃん|いいね|ありがとうございます|分かりました|わかりました|承知しました|了解です|そうですか|そうなんですね|that'?s great|great|ok(ay)?|thank you|thanks|i see)[、。,.!！\s]*/i;
/** Words that open a new topic. */
const NEW_TOPIC =
  /^(それでは|それじゃあ|それじゃ|では|じゃあ|次に|続いて|最後に|話は変わ(りますが|りますけど|るけど|るが|って)|話を変えて|改めて|まず|さて|ところで|今度は)[、,\s]*/;
/**
 * Words that point back at what was just said: それは, その判断, 具体的に, そう言われる, Kansai そんとき / そない, what
 * about… — not 「そこまでです」, which ends a discussion.
 */
const ANAPHORA =
  /^(.{0,8}?)(それ(?!では|でわ|じゃあ)(は|で|って|について|に対して|以外|なら|ぞれ|だと|じゃ|が|を|も|[、,]|$)|その(?!中で)|そこ(?!まで(です|で|に|と))|そういった|そういう|そんな|そん(とき|時|中)|そない|そう(言|思|感じ|考え)|具体的|もう少し|もうちょっと|詳しく|今の(お話|話)|ということは|(?<=[^\s、,。]{1,8})(というのは|というと|っていうのは|っていうと|って言うと)|なぜそう|どうしてそう|全部|全て|すべて|両方|どちらも)/;
/**
 * A pointer in a later clause: 「…という手もあったと思うんですけど、それは？」 asks about what was just said, and
 * 「内定が出たら、そちらはどうしますか」 about the other companies just named (そちら・そっち = those, not "you" here:
 * the question has a condition or a topic of its own before it).
 */
export const LATE_ANAPHORA =
  /^(それ|そこ|その辺|そのへん)(は|って)?(どう|いかが)?[？?。]*$|^(そちら|そっち)(は|に|を|の)/;
/** 「何が効いたんですかそれ」: the pointer said after the question (倒置), as people speak and ASR writes it. */
export const TRAILING_POINTER = /(か|の|た|て|って|ん)\s*(それ|そこ)[？?。]*$/;
/** 「〇〇さんも、…」: the question just asked, put to the next person. */
export const NAMED_TOO = /^.{1,10}(さん|様|君|くん)も[、,]/;
/** A bare 「ほかには」 after a 逆質問 prompt: the same invitation again (a full prompt starts afresh). */
export const PROMPT_AGAIN = /^(ほか|他)に(は|何か|なにか)?[？?。]*$/;
/**
 * 「逆に」 before a topic of another kind turns to the opposite topic (strengths → 直したいところ, success →
 * うまくいかなかった話): a new question, not a drill-down.
 */
export const CONTRAST = /^逆に/;

/**
 * 「ちなみに」 (by the way) adds a side question: about what was just said (「ちなみに、その商品で好きなものは」)
 * or about something new (「ちなみに、尊敬する人物は」). It links only when the question takes up a word of the
 * previous exchange.
 */
export const ASIDE = /^ちなみに[、,\s]*/;
/**
 * The call for the group's presentation at the end of a discussion (「時間です。発表をお願いします」): it ends the
 * discussion the theme opened and drills into nothing, even though it repeats the theme's 発表.
 */
export const PRESENTATION_CALL = /発表.{0,8}(お願い|して(ください|下さい|もらえ|いただけ))/;
/**
 * An interviewer who introduces themselves first (「開発の石川です」「人事部の佐藤と申します」) takes over with a topic
 * of their own: the question drills into nothing the colleague asked before.
 */
export const INTERVIEWER_INTRODUCTION =
  /^(はい|では|じゃあ|改めまして)?[、,\s]*[^\s。、,]{1,12}の(?!こと|件|続き|話|方)[^\s。、,]{1,8}(です|と申します)([。、,\s]|$)/;
/** 「それぞれ」 (each of you) points at no answer: it links only with a shared word. */
export const LOOSE_POINTER = /^それぞれ$/;
/** The same question passed to another person: 「原田さんはいかがですか」, 「青木さんも同じ質問で」. */
export const REDIRECT = /^.{1,10}(さん|様|君|くん)(は|も)(いかが|どう)(ですか|でしょう(か)?)?[？?]?$|同じ質問/;
const ANAPHORA_EN =
  /^(but |and |so )?(what about|why did you|how did you|what did you|can you (elaborate|give)|for example)|\b(that|this|those) (experience|project|situation|case|decision)\b/i;
/** Weaker pointers: その中で, 逆に — only when the question is not a textbook question of its own. */
const WEAK_ANAPHORA = /^(その中で|逆に)/;
const VOCATIVE = /^.{1,8}(さん|様|くん|君)$/;
/** 先ほど…: the question goes back to an earlier exchange. */
export const EARLIER = /先ほど|さっき|前半|最初にお(話|っしゃ)/;

/** A question's (or a sentence's) opening, acknowledgements and ちなみに set aside. */
export interface Opening {
  newTopic: boolean;
  /** The word pointing back (それは, その, 具体的…), if any. */
  anaphora: string | null;
  /** その中で, 逆に: a pointer only when the question is not a textbook question of its own. */
  weak: boolean;
  /** The question after its new-topic opener. */
  body: string;
}

export function stripAcks(text: string): string {
  let rest = text.trim();
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(ACK, '');
  }
  return rest;
}

/** How a question opens, after acknowledgements: a new topic? pointing back? */
export function opening(text: string): Opening {
  const rest = stripAcks(text).replace(ASIDE, '');
  const newTopic = NEW_TOPIC.test(rest);
  const body = rest.replace(NEW_TOPIC, '');
  // A name called first (「藤本さん、そういう意味だと…」) is no part of what the question points at.
  const clauses = clausesOf(body);
  const firstClause = (VOCATIVE.test(clauses[0] ?? '') ? clauses[1] : clauses[0]) ?? '';
  // A pointer may follow a few words of setting (「今の会社でそれは…」), not a whole new subject.
  const strong = ANAPHORA.exec(firstClause);
  const english = ANAPHORA_EN.exec(body);
  const anaphora = strong ? (strong[2] ?? null) : english ? english[0] : null;
  return { newTopic, anaphora, weak: WEAK_ANAPHORA.test(firstClause), body };
}
