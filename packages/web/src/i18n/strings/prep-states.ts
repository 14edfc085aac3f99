import type { Message } from '@furikaeri/core';

/** What the next-round pages say when there is nothing (yet) to show, and why. */
export const prepStates = {
  noCompanyTranscript: {
    ja: 'まだ比べるものがありません。この企業の面接・面談に文字起こしがないため、話の食い違いは調べていません。録音を文字起こしするか、文字起こしを取り込むと確認できます。',
    en: 'Nothing to compare yet: no event with this company has a transcript, so nothing was checked. Transcribe a recording or import a transcript to check it.',
  },
  onlyOneTranscript: {
    ja: 'まだ比べるものがありません。文字起こしのある記録が1件だけなので、食い違いは調べられません。2件目（次の選考や他社の面接）の文字起こしができると、理由・数字・志望を照らし合わせます。',
    en: 'Nothing to compare yet: only one conversation has a transcript. Once a second one does (the next round, or another company), your reasons, figures and wishes are compared.',
  },
  noWarnings: (events: number): Message => ({
    ja: `文字起こしのある${events}件の記録を比べ、転職理由・数字・志望の食い違いは見つかりませんでした。`,
    en: `Compared ${events} conversations with transcripts: no differing reasons, figures or wishes found.`,
  }),
  bankEmpty: {
    ja: 'まだ質問がありません。面接を録音して文字起こしするか、文字起こし（Zoom・Teams の字幕など）を取り込むと、聞かれた質問がここに種類ごとにまとまります。',
    en: 'No questions yet. Record an interview and transcribe it, or import a transcript (Zoom or Teams captions…): the questions you were asked gather here by kind.',
  },
  bankEmptyLibrary: { ja: 'ライブラリで記録を追加する', en: 'Add an event in the library' },
  bankEmptyPractice: { ja: '定番の質問で練習する', en: 'Practise generic questions' },
  bankNoCounts: { ja: 'まだありません', en: 'None yet' },
  gdNoRoles: {
    ja: 'まだ見つかっていません。自分がどの話者かが分からないと役割も分かりません（レビュー画面で自分を選べます）。',
    en: 'None found yet. Without knowing which speaker you are, your roles cannot be told (pick yourself on the review page).',
  },
};
