import type { Message } from '../domain/message';

/**
 * Questions a technical interviewer asks about a kind of project, whatever the candidate said about it:
 * a migration is asked how data integrity and rollback were ensured, an incident about root cause and
 * prevention, performance work about how it was measured, design about the trade-offs. These follow the
 * practice of launch and migration reviews (Google SRE book, ch. 27 "Reliable Product Launches at Scale":
 * rollback plans, verification; ch. 15 "Postmortem Culture": root cause and action items) that second-round
 * technical interviews of 転職 candidates probe.
 */
export const TOPIC_DRILLS: ReadonlyArray<{
  cue: RegExp;
  context?: RegExp;
  topic: string;
  label: Message;
  question: Message;
}> = [
  {
    cue: /移行|マイグレーション|切り替え|切替|リプレイス/,
    topic: 'integrity',
    label: { ja: 'データの整合性と切り戻し', en: 'data integrity and rollback' },
    question: {
      ja: '{topic}で、データの整合性はどのように確認しましたか。切り戻しの計画はありましたか。',
      en: 'In {topic}, how did you check data integrity? Was there a rollback plan?',
    },
  },
  {
    cue: /障害|インシデント|トラブル|不具合/,
    topic: 'incident',
    label: { ja: '障害の原因と再発防止', en: 'root cause and prevention' },
    question: {
      ja: '{topic}について、障害の原因と、再発防止のためにしたことを教えてください。',
      en: 'What caused the incident in {topic}, and what did you do to prevent it happening again?',
    },
  },
  {
    cue: /性能|高速化|パフォーマンス|遅延|レスポンス/,
    topic: 'measurement',
    label: { ja: '効果の計測', en: 'how it was measured' },
    question: {
      ja: '{topic}の改善は、何をどのように計測して確かめましたか。',
      en: 'How did you measure the improvement in {topic}?',
    },
  },
  {
    cue: /設計|アーキテクチャ/,
    // A survey or an event is designed too; the trade-off question is for software.
    context: /システム|API|データベース|サーバ|アーキテクチャ|インフラ|アプリ|基盤|プロダクト/,
    topic: 'trade_off',
    label: { ja: '設計のトレードオフ', en: 'design trade-offs' },
    question: {
      ja: '{topic}で、設計上どんなトレードオフを考えましたか。',
      en: 'Which design trade-offs did you weigh in {topic}?',
    },
  },
];

/**
 * What I did "by doing X" (Xことで / Xによって / Xことを提案し): the method a next interviewer asks the reasons
 * for. ことで before す is ことです, not a means.
 */
export const ACTION_PHRASE = /([^。]{4,80}?)(?:ことで(?!す)|ことにより|によって|ことを提案し)/g;
