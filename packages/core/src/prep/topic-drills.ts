import type { Message } from '../domain/message';

/**
 * Questions a technical interviewer asks about a kind of project, whatever the candidate said about it:
 * a migration is asked how data integrity and rollback were ensured, an incident about root cause and
 * prevention, performance work about how it was measured, design about the trade-offs. These follow the
 * practice of launch and migration reviews (Google SRE book, ch. 27 "Reliable Product Launches at Scale":
 * rollback plans, verification; ch. 15 "Postmortem Culture": root cause and action items) that second-round
 * technical interviews of 転職 candidates probe.
 */
export const TOPIC_DRILLS: ReadonlyArray<{ cue: RegExp; context?: RegExp; topic: string; question: Message }> = [
  {
    cue: /移行|マイグレーション|切り替え|切替|リプレイス/,
    topic: 'integrity',
    question: {
      ja: '{topic}で、データの整合性はどのように確認しましたか。切り戻しの計画はありましたか。',
      en: 'In {topic}, how did you check data integrity? Was there a rollback plan?',
    },
  },
  {
    cue: /障害|インシデント|トラブル|不具合/,
    topic: 'incident',
    question: {
      ja: '{topic}について、障害の原因と、再発防止のためにしたことを教えてください。',
      en: 'What caused the incident in {topic}, and what did you do to prevent it happening again?',
    },
  },
  {
    cue: /性能|高速化|パフォーマンス|遅延|レスポンス/,
    topic: 'measurement',
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
