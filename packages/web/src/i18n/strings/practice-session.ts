import type { Message } from '@furikaeri/core';

/** m:ss — one format for the timer in both languages (「2s / 60秒」 mixed two). */
function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** The practice session's timer and its end: what was answered, with the verdicts, and where to go next. */
export const practiceSessionText = {
  timer: (elapsed: number, target: number): Message => ({
    ja: `経過 ${clock(elapsed)}（目安 ${clock(target)}）`,
    en: `Elapsed ${clock(elapsed)} (target ${clock(target)})`,
  }),
  finish: { ja: '練習を終える', en: 'Finish' },
  summaryTitle: { ja: '練習の結果', en: 'This session' },
  answered: (answered: number, total: number): Message => ({
    ja: `${total}問中${answered}問に答えました。`,
    en: `You answered ${answered} of ${total} question(s).`,
  }),
  notAnswered: { ja: '未回答', en: 'not answered' },
  spoken: { ja: '声', en: 'spoken' },
  typed: { ja: '入力', en: 'typed' },
  measuring: { ja: '測定中', en: 'measuring' },
  points: (made: number, total: number): Message => ({
    ja: `ポイント ${made}/${total}`,
    en: `key points ${made}/${total}`,
  }),
  again: { ja: 'もう一度練習する', en: 'Practise again' },
  backToPrep: { ja: '準備ページに戻る', en: 'Back to the preparation' },
  toBank: { ja: '質問バンクへ', en: 'To the question bank' },
};
