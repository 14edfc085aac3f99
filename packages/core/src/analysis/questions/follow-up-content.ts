import type { QuestionCategory } from '../categories';
import { PERSONAL_TOPIC } from './category-lexicon';
import { type LinkCandidate, type Linked, linkedTo, overlap } from './follow-up-link';
import { ASIDE, CONTRAST, stripAcks } from './follow-up-openings';
import type { Openings } from './follow-up-pointers';
import { keywordScores, strongestTopic } from './question-classifier';

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

/** Counts of anything (何店, 何時間, 何パーセント): the fact cues name the commonest; a drill-down asks the rest too. */
const COUNT = /(何|なん)(店|台|個|本|枚|冊|時間|日|週|か月|ヶ月|キロ|円|倍|パーセント|%|割|箇所|か所)/;

/** The count question of a drill-down: a quantity asked with no topic of its own (「部署は何人くらい」). */
function isCountQuestion(text: string): boolean {
  const scores = keywordScores(text);
  const count = (scores.get('fact') ?? []).some((item) => item.weight >= 3) || COUNT.test(text);
  const topic = strongestTopic(text);
  return count && (topic === null || topic.weight < 2.5) && !PERSONAL_TOPIC.test(text);
}

/**
 * A count digs into the story when it asks about the past (「何人くらいだったんですか」) or names something of the
 * exchange (「ゼミって何人」); 「チームは今何人くらいですか」 after a technical answer asks about the present team.
 */
function countsTheStory(current: LinkCandidate, exchanges: ReadonlyArray<LinkCandidate | undefined>): boolean {
  if (/(た|だった|でした|ました)(の|んですか|んでしょう|のですか|か)?[？?。]*$/.test(current.text.trim())) return true;
  // 「何人くらいの患者さんで」「何パーセントから何パーセントに」: a count left hanging on a particle continues the story.
  if (current.elliptical || /(で|に|は|って)[？?。]*$/.test(current.text.trim())) return true;
  const said = exchanges.flatMap((exchange) => (exchange ? [...exchange.questionWords, ...exchange.answerWords] : []));
  return overlap(current.questionWords, said).length > 0;
}

/**
 * The second step of the follow-up linker, when no word points back outright: a textbook question of another
 * kind or a new-topic opener starts afresh; その中で, a count about the story just told, a bare elliptical question,
 * why/how about the episode, ちなみに on the same topic, or words taken from the previous exchange link to it.
 */
export function contentLink(
  candidates: readonly LinkCandidate[],
  index: number,
  previousCategory: QuestionCategory | null,
  rootOf: (index: number) => number,
  { own, starts }: Openings,
): Linked | null {
  const current = candidates[index];
  const previous = candidates[index - 1];
  if (!current || !previous) return null;
  // A textbook question of another kind opens its own topic — unless it also names the previous one's
  // (リトライが失敗した場合 after a design question is still about the design).
  const topic = strongestTopic(current.text);
  const keepsTopic = previousCategory !== null && keywordScores(current.text).has(previousCategory as never);
  // A whole question with a topic cue of its own (「臨床で成果を出せた取り組みってありますか」) opens it; a bare one
  // (「一番しんどかったところは」 after a ガクチカ question) stays a drill-down unless its cue is textbook.
  const ownTopicAt = current.elliptical ? 3 : 2.5;
  const textbook = topic !== null && topic.weight >= ownTopicAt && topic.category !== previousCategory && !keepsTopic;
  // 「一番うれしかったことはわかりました。逆に…」: a remark on the answer before it keeps the contrast in the thread.
  const remark = stripAcks(current.turnText).length > stripAcks(current.text).length + 2;
  const contrast = CONTRAST.test(own.body) && topic !== null && topic.weight >= 2.5 && !keepsTopic && !remark;
  if (own.weak && !textbook && !contrast)
    return linkedTo(index - 1, { ja: '直前の回答の中身を掘り下げています。', en: 'It digs into the previous answer.' });
  if (starts.some((start) => start.newTopic) || textbook || contrast) return null;
  if (isCountQuestion(current.text) && countsTheStory(current, [previous, candidates[rootOf(index - 1)]])) {
    return {
      ...linkedTo(index - 1, {
        ja: '話題を名指さずに数を聞き、直前の話を掘り下げています。',
        en: 'It asks for a number about what was just told.',
      }),
      count: true,
    };
  }
  // 「根拠は？」 inside a case, 「他社さんは」 after the job hunt: a bare question on the topic just asked stays in it.
  const bareTopic =
    topic === null || topic.weight < 2 || (topic.category === previousCategory && stripAcks(current.text).length <= 8);
  if (current.elliptical && bareTopic && !PERSONAL_TOPIC.test(current.text)) {
    return linkedTo(index - 1, {
      ja: '話題を名指さない短い質問で、直前の回答を受けています。',
      en: 'A bare follow-on question that names no topic of its own takes up the previous answer.',
    });
  }
  // A self-introduction is no episode to probe: 「移ろうと思ったのはなんでだったの」 after it opens the reason for leaving.
  const afterIntroduction = previousCategory === 'self_introduction';
  if (!afterIntroduction && EPISODE_PROBE.test(stripAcks(current.text)) && topicTotal(current.text) < 3) {
    return linkedTo(index - 1, {
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
    return linkedTo(index - 1, {
      ja: '「ちなみに」で直前の話題に付け加えて聞いています。',
      en: '"By the way" adds a question on the same topic.',
    });
  }
  // A self-introduction names a whole career: the next question takes up one of its words to open a topic of its own
  // (「営業として、数字はどうでした」), not to dig into the introduction.
  return afterIntroduction ? null : sharedWordsLink(current, previous, index);
}

/** The last content cue: words the question takes from the previous exchange link it there. */
function sharedWordsLink(current: LinkCandidate, previous: LinkCandidate, index: number): Linked | null {
  // A name called (「大西さん自身は」) is no word taken from the answer.
  const shared = overlap(current.questionWords, [
    ...previous.answerWords,
    ...(previous.otherReplyWords ?? []),
    ...previous.questionWords,
  ]).filter((word) => !new RegExp(`${escapeRegExp(word)}(さん|様|くん|君)`).test(current.text));
  if (shared.length === 0) return null;
  return linkedTo(index - 1, {
    ja: `直前のやり取りの言葉（${shared.slice(0, 3).join('、')}）を受けた質問です。`,
    en: `It picks up words of the previous exchange (${shared.slice(0, 3).join(', ')}).`,
  });
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
