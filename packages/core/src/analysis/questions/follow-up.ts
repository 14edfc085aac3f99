import type { Message } from '../../domain/message';
import type { QuestionCategory } from '../categories';
import { clausesOf, splitSentences } from '../text/sentences';
import { keywordScores, strongestTopic } from './question-classifier';

/** What the linker needs to know about each question, in order. */
export interface LinkCandidate {
  /** The question sentences. */
  text: string;
  /** The whole turn the question was asked in. */
  turnText: string;
  isPrompt: boolean;
  /** Asked as a bare topic (「担当エリアは」, 「チームは何人くらい」): it leans on what was just said. */
  elliptical?: boolean;
  /** Content words of the question and of my answer to it. */
  questionWords: string[];
  answerWords: string[];
  /** Content words of the whole turn (the remark before the question included). */
  turnWords?: string[];
  /** Content words of the other candidates' replies (a group interview): a drill-down may take up theirs. */
  otherReplyWords?: string[];
  /** A private matter (家族, 結婚…, see fair-selection): it drills into no answer, whatever its opening. */
  privateMatter?: boolean;
}

export interface FollowUpLink {
  parent: number;
  reason: Message;
}

/** Acknowledgements before the question do not change what it refers to. */
const ACK =
  /^(はい|ええ|うん|なるほど(ね)?|へえ|へー|ほう|おお|すごい(です)?(ね)?|いいですね|いいじゃん|いいね|ありがとうございます|分かりました|わかりました|承知しました|了解です|そうですか|そうなんですね|that'?s great|great|ok(ay)?|thank you|thanks|i see)[、。,.!！\s]*/i;
/** Words that open a new topic. */
const NEW_TOPIC =
  /^(それでは|では|じゃあ|次に|続いて|最後に|話は変わ(りますが|りますけど|るけど|るが|って)|話を変えて|改めて|まず|さて|ところで|今度は)[、,\s]*/;
/**
 * Words that point back at what was just said: それは, その判断, 具体的に, そう言われる, what about… — not 「そこまで
 * です」, which ends a discussion.
 */
const ANAPHORA =
  /^(.{0,8}?)(それ(は|で|って|について|に対して|以外|なら|ぞれ|だと|じゃ|が|を|も|[、,]|$)|その(?!中で)|そこ(?!まで(です|で|に|と))|そういった|そういう|そんな|そう(言|思|感じ|考え)|具体的|もう少し|もうちょっと|詳しく|今の(お話|話)|ということは|なぜそう|どうしてそう|全部|全て|すべて|両方|どちらも)/;
/**
 * A pointer in a later clause: 「…という手もあったと思うんですけど、それは？」 asks about what was just said, and
 * 「内定が出たら、そちらはどうしますか」 about the other companies just named (そちら・そっち = those, not "you" here:
 * the question has a condition or a topic of its own before it).
 */
const LATE_ANAPHORA = /^(それ|そこ|その辺|そのへん)(は|って)?(どう|いかが)?[？?。]*$|^(そちら|そっち)(は|に|を|の)/;
/** 「〇〇さんも、…」: the question just asked, put to the next person. */
const NAMED_TOO = /^.{1,10}(さん|様|君|くん)も[、,]/;
/** A bare 「ほかには」 after a 逆質問 prompt: the same invitation again (a full prompt starts afresh). */
const PROMPT_AGAIN = /^(ほか|他)に(は|何か|なにか)?[？?。]*$/;
/**
 * 「逆に」 before a topic of another kind turns to the opposite topic (strengths → 直したいところ, success →
 * うまくいかなかった話): a new question, not a drill-down.
 */
const CONTRAST = /^逆に/;

/**
 * 「ちなみに」 (by the way) adds a side question: about what was just said (「ちなみに、その商品で好きなものは」)
 * or about something new (「ちなみに、尊敬する人物は」). It links only when the question takes up a word of the
 * previous exchange.
 */
const ASIDE = /^ちなみに[、,\s]*/;
/** 「それぞれ」 (each of you) points at no answer: it links only with a shared word. */
const LOOSE_POINTER = /^それぞれ$/;
/** The same question passed to another person: 「原田さんはいかがですか」, 「青木さんも同じ質問で」. */
const REDIRECT = /^.{1,10}(さん|様|君|くん)(は|も)(いかが|どう)(ですか|でしょう(か)?)?[？?]?$|同じ質問/;
const ANAPHORA_EN =
  /^(but |and |so )?(what about|why did you|how did you|what did you|can you (elaborate|give)|for example)|\b(that|this|those) (experience|project|situation|case|decision)\b/i;
/** Weaker pointers: その中で, 逆に — only when the question is not a textbook question of its own. */
const WEAK_ANAPHORA = /^(その中で|逆に)/;
/**
 * 「テストはどうやって担保しましたか」「そこで何を変えたの」: why, how or what was done, in the past, asks about the
 * episode just told — unless the question names a topic of its own outright (「どうして当社に興味を持ったの」).
 */
const EPISODE_PROBE =
  /(なぜ|どうして|なんで|どうやって|何を)[^。？?]*(た|ました|でした)(の|んですか|のですか|んでしょう|か)?[？?。]*$/;

/** The summed weight of the question's strongest topic (fact aside): 3 or more names a topic outright. */
function topicTotal(text: string): number {
  let best = 0;
  for (const [category, items] of keywordScores(text)) {
    if (category === 'fact') continue;
    best = Math.max(
      best,
      items.reduce((sum, item) => sum + item.weight, 0),
    );
  }
  return best;
}

/** A bare question about the person's life (「ご趣味は」「休日は何を」) opens its own small topic. */
const PERSONAL_TOPIC = /趣味|特技|休日|休みの日|好きな|最近|ニュース|出身|地元|家族/;
const VOCATIVE = /^.{1,8}(さん|様|くん|君)$/;
const EARLIER = /先ほど|さっき|前半|最初にお(話|っしゃ)/;

function stripAcks(text: string): string {
  let rest = text.trim();
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(ACK, '');
  }
  return rest;
}

/** How a question opens, after acknowledgements: a new topic? pointing back? */
function opening(text: string): { newTopic: boolean; anaphora: string | null; weak: boolean; body: string } {
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

/**
 * Links a question to the one it builds on: words pointing back (それは, ちなみに, 具体的に), 先ほど with the
 * earlier question it names, or words taken from the previous answer — unless the question opens a new topic
 * (では, 最後に) or is a textbook question of another kind (志望動機 after 転職理由 is no follow-up).
 * A drill-down that does not point at the last answer word by word belongs to the topic question of its chain when
 * the last question was a count or a yes/no detail (「何人くらい」, then 「どうやって乗り越えた」: the second digs into
 * the story, not into the number), and so does a count question itself (「メンバーは何人」 counts the story's people).
 */
export function linkFollowUp(
  candidates: readonly LinkCandidate[],
  index: number,
  previousCategory: QuestionCategory | null,
  /** The first question of the chain a question belongs to (itself when it follows up nothing). */
  rootOf: (index: number) => number = (at) => at,
): FollowUpLink | null {
  const link = linkToPrevious(candidates, index, previousCategory, rootOf);
  if (!link || link.link.parent !== index - 1 || link.pointer) return link?.link ?? null;
  const detail = previousCategory === 'fact' || link.count;
  return detail ? { ...link.link, parent: rootOf(index - 1) } : link.link;
}

/** The count question of a drill-down: a quantity asked with no topic of its own (「部署は何人くらい」). */
function isCountQuestion(text: string): boolean {
  const scores = keywordScores(text);
  const count = (scores.get('fact') ?? []).some((item) => item.weight >= 3);
  const topic = strongestTopic(text);
  return count && (topic === null || topic.weight < 2.5) && !PERSONAL_TOPIC.test(text);
}

/**
 * A count digs into the story when it asks about the past (「何人くらいだったんですか」) or names something of the
 * exchange (「ゼミって何人」); 「チームは今何人くらいですか」 after a technical answer asks about the present team.
 */
function countsTheStory(current: LinkCandidate, exchanges: ReadonlyArray<LinkCandidate | undefined>): boolean {
  if (/(た|だった|でした|ました)(の|んですか|んでしょう|のですか|か)?[？?。]*$/.test(current.text.trim())) return true;
  const said = exchanges.flatMap((exchange) => (exchange ? [...exchange.questionWords, ...exchange.answerWords] : []));
  return overlap(current.questionWords, said).length > 0;
}

interface Linked {
  link: FollowUpLink;
  /** Linked by a word pointing at the last answer (それは, その…): it stays with that answer. */
  pointer: boolean;
  count: boolean;
}

function linkToPrevious(
  candidates: readonly LinkCandidate[],
  index: number,
  previousCategory: QuestionCategory | null,
  rootOf: (index: number) => number,
): Linked | null {
  const current = candidates[index];
  const previous = candidates[index - 1];
  if (!current || !previous || current.privateMatter) return null;
  const to = (parent: number, reason: Message, pointer = false): Linked => ({
    link: { parent, reason },
    pointer,
    count: false,
  });
  if (current.isPrompt && previous.isPrompt && PROMPT_AGAIN.test(stripAcks(current.text).trim()))
    return to(index - 1, { ja: '逆質問の促しを重ねています。', en: 'The invitation to ask, again.' }, true);
  if (current.isPrompt) return null;
  const asked = stripAcks(current.text).replace(/[。\s]+$/, '');
  if (REDIRECT.test(asked) || NAMED_TOO.test(asked)) {
    const redirect = redirectLink(candidates, rootOf(index - 1));
    return redirect ? { link: redirect, pointer: true, count: false } : null;
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
  const late = clausesOf(stripAcks(current.text))
    .slice(1)
    .map((clause) => LATE_ANAPHORA.exec(clause)?.[0])
    .find((found) => found !== undefined);
  const pointerWord = pointer?.anaphora ?? late;
  if (pointerWord) {
    return to(
      index - 1,
      {
        ja: `「${pointerWord}」で直前の話を受けています。`,
        en: `"${pointerWord}" refers back to the previous answer.`,
      },
      true,
    );
  }
  if (EARLIER.test(current.turnText)) {
    const earlier = linkEarlier(candidates, index);
    return earlier ? { link: earlier, pointer: true, count: false } : null;
  }
  // A textbook question of another kind opens its own topic — unless it also names the previous one's
  // (リトライが失敗した場合 after a design question is still about the design).
  const topic = strongestTopic(current.text);
  const keepsTopic = previousCategory !== null && keywordScores(current.text).has(previousCategory as never);
  const textbook = topic !== null && topic.weight >= 3 && topic.category !== previousCategory && !keepsTopic;
  // 「一番うれしかったことはわかりました。逆に…」: a remark on the answer before it keeps the contrast in the thread.
  const remark = stripAcks(current.turnText).length > stripAcks(current.text).length + 2;
  const contrast = CONTRAST.test(own.body) && topic !== null && topic.weight >= 2.5 && !keepsTopic && !remark;
  if (own.weak && !textbook && !contrast)
    return to(index - 1, { ja: '直前の回答の中身を掘り下げています。', en: 'It digs into the previous answer.' });
  if (starts.some((start) => start.newTopic) || textbook || contrast) return null;
  if (isCountQuestion(current.text) && countsTheStory(current, [previous, candidates[rootOf(index - 1)]])) {
    return {
      ...to(index - 1, {
        ja: '話題を名指さずに数を聞き、直前の話を掘り下げています。',
        en: 'It asks for a number about what was just told.',
      }),
      count: true,
    };
  }
  if (current.elliptical && (topic === null || topic.weight < 2) && !PERSONAL_TOPIC.test(current.text)) {
    return to(index - 1, {
      ja: '話題を名指さない短い質問で、直前の回答を受けています。',
      en: 'A bare follow-on question that names no topic of its own takes up the previous answer.',
    });
  }
  if (EPISODE_PROBE.test(stripAcks(current.text)) && topicTotal(current.text) < 3) {
    return to(index - 1, {
      ja: '「なぜ・どうやって〜したのか」と、直前に話した経験の中身を聞いています。',
      en: 'It asks why or how about the experience just told.',
    });
  }
  if (ASIDE.test(stripAcks(current.text)) || ASIDE.test(stripAcks(current.turnText))) {
    // A side question stays in the thread when it keeps its topic or the remark before it takes up the answer.
    const taken = overlap(current.turnWords ?? current.questionWords, [
      ...previous.answerWords,
      ...previous.questionWords,
    ]);
    if (!keepsTopic && taken.length === 0) return null;
    return to(index - 1, {
      ja: '「ちなみに」で直前の話題に付け加えて聞いています。',
      en: '"By the way" adds a question on the same topic.',
    });
  }
  // A name called (「大西さん自身は」) is no word taken from the answer.
  const shared = overlap(current.questionWords, [
    ...previous.answerWords,
    ...(previous.otherReplyWords ?? []),
    ...previous.questionWords,
  ]).filter((word) => !new RegExp(`${escapeRegExp(word)}(さん|様|くん|君)`).test(current.text));
  if (shared.length === 0) return null;
  return to(index - 1, {
    ja: `直前のやり取りの言葉（${shared.slice(0, 3).join('、')}）を受けた質問です。`,
    en: `It picks up words of the previous exchange (${shared.slice(0, 3).join(', ')}).`,
  });
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

function overlap(words: readonly string[], others: readonly string[]): string[] {
  const pool = new Set(others);
  return [...new Set(words)].filter((word) => pool.has(word));
}
