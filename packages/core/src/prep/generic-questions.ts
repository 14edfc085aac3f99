import type { Message } from '../domain/message';
import { ROUND_TOPIC_LIST } from './round-topic-list';

/**
 * Common questions of the kinds the round lists leave out, worded from the same guides' lists of frequently
 * asked questions (マイナビ・リクナビ「面接でよく聞かれる質問」 for 短所, ストレス耐性 and 例え質問; doda・リクルート
 * エージェント「中途採用の面接でよく聞かれる質問」 for マネジメント経験). Fact checks and "other" have no generic form.
 */
const BEYOND_ROUNDS: Readonly<Record<string, readonly Message[]>> = {
  weaknesses: [
    {
      ja: 'あなたの短所（弱み）と、それをどう補っているかを教えてください。',
      en: 'What is your weakness, and how do you make up for it?',
    },
  ],
  stress: [
    {
      ja: '強いプレッシャーを感じたとき、どのように対処していますか。',
      en: 'How do you deal with strong pressure?',
    },
    {
      ja: '落ち込んだとき、どのように気持ちを切り替えますか。',
      en: 'When you feel down, how do you get going again?',
    },
  ],
  hypothetical: [
    {
      ja: '自分を何かに例えると何ですか。その理由も教えてください。',
      en: 'If you were a thing, what would you be, and why?',
    },
    {
      ja: 'もし入社後に希望と違う仕事を任されたら、どう取り組みますか。',
      en: 'If you were given work you did not ask for, how would you go about it?',
    },
  ],
  management: [
    {
      ja: 'これまでにマネジメントしたチームの人数と、育成や評価で工夫したことを教えてください。',
      en: 'How large a team have you managed, and what did you do to develop and evaluate its members?',
    },
  ],
};

/**
 * The generic questions of one kind (a category of the analysis): the common questions of every round that
 * count as that kind, in round order and each wording once, then the ones the rounds leave out. Practice
 * offers them when the user's own history has no question of that kind yet.
 */
/**
 * Topics that count no category as asked (only their own wording does) but are of a kind to practise: the
 * 2次's deeper 志望動機 is a motivation question.
 */
const KIND_OF_WORDED_TOPIC: Readonly<Record<string, string>> = { motivation_deep: 'motivation' };

function ofKind(topic: { id: string; categories: readonly string[] }, category: string): boolean {
  return topic.categories.includes(category) || KIND_OF_WORDED_TOPIC[topic.id] === category;
}

export function genericQuestionsOf(category: string): Message[] {
  const found = new Map<string, Message>();
  for (const topics of Object.values(ROUND_TOPIC_LIST)) {
    for (const topic of topics) if (ofKind(topic, category)) found.set(topic.question.ja, topic.question);
  }
  for (const question of BEYOND_ROUNDS[category] ?? []) found.set(question.ja, question);
  return [...found.values()];
}
