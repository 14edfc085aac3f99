import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** The review of a recording that has no transcript yet: listen, and the ways to a review (issue #18). */
export const noTranscriptText = {
  player: { ja: '録音', en: 'Recording' },
  speech: { ja: '発話', en: 'Speech' },
  speechRegions: (count: number) => ({
    ja: `発話区間 ${count} か所（音声区間検出）を波形に示しています。`,
    en: `${count} stretches of speech (voice activity detection) are marked on the waveform.`,
  }),
  nextTitle: { ja: '振り返るには', en: 'To review it' },
  importTitle: { ja: '文字起こしファイルを取り込む', en: 'Import a transcript file' },
  importLead: {
    ja: 'Zoom・Teams・Meet の文字起こし（VTT・テキスト）や SRT があれば、ここにドロップしてください。保存前に内容を確認できます。',
    en: 'Have a transcript from Zoom, Teams or Meet (VTT, text) or an SRT? Drop it here; you can check it before saving.',
  },
  modelTitle: { ja: '音声モデルで文字起こしする', en: 'Transcribe with a speech model' },
  notesTitle: { ja: 'メモを書く', en: 'Write notes' },
  notesLead: {
    ja: '聞かれたこと・答えたこと・気づいたことを、予定のメモに書いておけます。',
    en: 'Write down what you were asked, what you answered and what you noticed in the event’s notes.',
  },
  writeNotes: { ja: '予定のメモを書く', en: 'Write the event’s notes' },
} satisfies Record<string, Text>;
