import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** The review's question about who is who, asked before any analysis is shown (issue #18). */
export const roleCheckText = {
  unknownTitle: {
    ja: '話者の役割が分からないため、まだ分析できません',
    en: 'The speakers’ roles are unknown, so nothing could be analysed yet',
  },
  oneSpeaker: {
    ja: 'この文字起こしには話者が一人しかいません（Whisper などの書き出し）。',
    en: 'This transcript has a single speaker (as Whisper and similar tools export it).',
  },
  split: {
    ja: '発言の内容で「質問する人」と「答える人」に分ける',
    en: 'Split into asker and answerer by what is said',
  },
  askMe: { ja: 'どの話者があなた（自分）ですか？', en: 'Which speaker is you?' },
  askAsker: { ja: 'どの話者が面接官（質問する側）ですか？', en: 'Which speaker is the interviewer (the one asking)?' },
  pickMe: (label: string) => ({ ja: `${label} が自分`, en: `${label} is me` }),
  pickAsker: (label: string) => ({ ja: `${label} が面接官`, en: `${label} is the interviewer` }),
  otherBecomes: {
    ja: '二人の会話なので、もう一人を面接官にします。違っていれば下の「話者」で直せます。',
    en: 'With two speakers, the other one becomes the interviewer; correct it under “Speakers” if not.',
  },
  guessedTitle: { ja: '役割は推定です', en: 'The roles are guesses' },
  guessedLead: {
    ja: '分析はこの推定で行いました。合っていれば確定、違っていれば選び直してください。選び直すとすぐに分析し直します。',
    en: 'The analysis used these guesses. Confirm them if they are right, or pick another role: the analysis runs again at once.',
  },
  confirmAll: { ja: 'すべて確定', en: 'Confirm all' },
  change: (label: string) => ({ ja: `${label} の役割を変える`, en: `Change the role of ${label}` }),
} satisfies Record<string, Text>;
