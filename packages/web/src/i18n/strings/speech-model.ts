import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Installing the speech model and transcribing again, where the missing transcript shows (issue #18). */
export const speechModelText = {
  needed: (model: string, size: string) => ({
    ja: `文字起こしには音声モデル「${model}」（${size}）が必要ですが、まだ入っていません。録音は保存済みで、再生できます。`,
    en: `Transcribing needs the speech model “${model}” (${size}), which is not installed yet. The recording is saved and plays.`,
  }),
  download: (model: string) => ({ ja: `「${model}」をダウンロードして入れる`, en: `Download and install “${model}”` }),
  downloading: (model: string) => ({ ja: `「${model}」をダウンロード中`, en: `Downloading “${model}”` }),
  cancel: { ja: '中止', en: 'Cancel' },
  offline: { ja: 'ファイルから取り込む（オフライン）', en: 'Import from a file (offline)' },
  installed: (model: string) => ({ ja: `「${model}」を入れました。`, en: `“${model}” is installed.` }),
  modelToUse: { ja: '使うモデル', en: 'Model to use' },
  retranscribe: (model: string) => ({ ja: `再文字起こし（${model}）`, en: `Transcribe again (${model})` }),
  transcribe: (model: string) => ({ ja: `文字起こしする（${model}）`, en: `Transcribe (${model})` }),
  started: {
    ja: '文字起こしを始めました。終わると振り返りに表示されます。',
    en: 'Transcription started. It shows in the review when done.',
  },
  unpinned: {
    ja: 'このモデルには公開されたチェックサムがありません。設定の「音声モデル」で確認してから入れてください。',
    en: 'This model has no published checksum. Install it from Settings → Speech models after confirming there.',
  },
  openSettings: { ja: '設定の「音声モデル」を開く', en: 'Open Settings → Speech models' },
  /** After a recording: what happens next, honestly. */
  nextWithModel: (model: string) => ({
    ja: `このあと「取り込み → 文字起こし（${model}）→ 分析」の順に自動で処理されます。`,
    en: `It now goes through import → transcription (${model}) → analysis automatically.`,
  }),
  nextWithoutModel: (model: string) => ({
    ja: `音声モデル「${model}」が入っていないため、文字起こしと分析は行われません。録音は保存済みで、再生できます。モデルを入れて文字起こしするか、文字起こしファイルを取り込むか、メモを書いて振り返れます。`,
    en: `The speech model “${model}” is not installed, so the recording will not be transcribed or analysed. It is saved and plays. Install the model and transcribe, import a transcript file, or write notes to review it.`,
  }),
} satisfies Record<string, Text>;
