import type { Message } from '@furikaeri/core';

/** Asking for permission to record, and what a refusal means (DESIGN.md, safety). */
export const consentText = {
  askTitle: { ja: '許可の求め方（例）', en: 'How to ask (example)' },
  askPhrase: {
    ja: '「本日のお話を、あとで振り返るために録音させていただいてもよろしいでしょうか。録音は自分の振り返りにのみ使い、外部に共有することはありません。」',
    en: '“Would you mind if I recorded today’s conversation so that I can review it afterwards? I will use the recording only for my own review and will not share it with anyone.”',
  },
  askHint: {
    ja: '始まる前に、落ち着いてひと言。断られたら録音しません。',
    en: 'Ask calmly before you start. If they decline, do not record.',
  },
  declinedTitle: { ja: 'この予定は録音しません', en: 'No recording for this event' },
  declinedReason: {
    ja: '相手が録音を断った場合は録音しません。相手の意思を尊重するため、この予定には録音を取り込めません。',
    en: 'When the other side declines, you do not record. Out of respect for that, no recording can be added to this event.',
  },
  keepNotes: {
    ja: '覚えていること（聞かれた質問、答えた内容、気づいたこと）は、詳細の「メモ」に書き残しましょう。',
    en: 'Write down what you remember — the questions, your answers, what you noticed — in the notes instead.',
  },
  mistake: {
    ja: '間違えて「録音を断られた」にした場合は、許可の状態を変更できます。',
    en: 'Marked “declined” by mistake? You can change the permission.',
  },
  change: { ja: '許可の状態を変更する', en: 'Change the permission' },
  noRecordings: { ja: '録音はありません。', en: 'No recordings.' },
} satisfies Record<string, Message>;
