import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the company page's timeline and its "questions asked so far" panel. */
export const timelineText = {
  title: { ja: '選考の流れ（タイムライン）', en: 'Timeline' },
  lead: {
    ja: 'OB・OG訪問や座談会から最終面接まで、日付順に並べています。',
    en: 'From OB/OG visits and roundtables to the final round, by date.',
  },
  myNotes: { ja: '自分のメモ', en: 'My notes' },
  review: { ja: '振り返る', en: 'Review' },
  reviewOf: (name: string) => ({ ja: `${name}を振り返る`, en: `Review ${name}` }),
  questionsTitle: { ja: 'これまでに聞かれた質問（段階別）', en: 'Questions asked so far, by round' },
  questionsProvisional: {
    ja: '分析がまだない予定は暫定で、面接官の発言のうち「？」「か。」で終わるものを質問としています。',
    en: 'Events not analysed yet list the interviewer’s lines ending in “?” or “か。” as a stand-in.',
  },
  noQuestions: {
    ja: 'まだ質問はありません。文字起こしがある面接で、話者の役割に「面接官」を設定すると表示されます。',
    en: 'No questions yet. They appear for events with a transcript whose interviewer role is set.',
  },
  questionsLoading: { ja: '文字起こしを読み込み中…', en: 'Loading transcripts…' },
} satisfies Record<string, Text>;
