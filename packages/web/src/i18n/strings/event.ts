import type { Message, RecordingStatus } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the event page: details, import, recordings. */
export const eventPage = {
  details: { ja: '詳細', en: 'Details' },
  dateTime: { ja: '日時', en: 'Date and time' },
  noParticipants: { ja: '記録なし', en: 'Not noted' },
  noNotes: { ja: 'メモはまだありません', en: 'No notes yet' },
  editDetails: { ja: '詳細を編集', en: 'Edit details' },
  saved: { ja: '保存しました', en: 'Saved' },
  deleteEvent: { ja: 'この予定を削除', en: 'Delete this event' },
  deleteEventQuestion: {
    ja: '予定と、その録音をすべて削除しますか？',
    en: 'Delete this event and all its recordings?',
  },
  practice: { ja: '練習（企業なし）', en: 'Practice (no company)' },
  recordings: { ja: '録音', en: 'Recordings' },
  noRecordingsYet: {
    ja: 'まだ録音がありません。上の取り込みエリアから音声ファイルを追加してください。',
    en: 'No recordings yet. Add an audio file with the import area above.',
  },
} satisfies Record<string, Text>;

export const importArea = {
  title: { ja: '録音・文字起こしを取り込む', en: 'Import a recording or transcript' },
  dropHere: {
    ja: 'ここに音声・動画・文字起こしファイルをドロップ',
    en: 'Drop an audio, video or transcript file here',
  },
  or: { ja: 'または', en: 'or' },
  choose: { ja: 'ファイルを選ぶ', en: 'Choose a file' },
  formats: {
    ja: '録音: m4a・mp3・wav・ogg・opus・webm・flac・aac・3gp・amr、動画（音声だけを取り込みます）。文字起こし: Zoom・Teams・Meet の WebVTT、SRT、テキスト（UTF-8・Shift_JIS・EUC-JP）、JSON（保存前に確認できます）',
    en: 'Recordings: m4a, mp3, wav, ogg, opus, webm, flac, aac, 3gp, amr, and video (only its audio is kept). Transcripts: WebVTT from Zoom, Teams or Meet, SRT, text (UTF-8, Shift_JIS or EUC-JP), JSON (previewed before saving)',
  },
  privacy: {
    ja: '元のファイルは変更しません。取り込んだ録音はこのパソコンの中だけに保存されます。',
    en: 'Your original file is left untouched. The imported copy stays on this computer.',
  },
  guide: { ja: '録音の扱い方ガイド', en: 'How to handle recordings' },
  uploading: { ja: 'アップロード中', en: 'Uploading' },
  queued: { ja: '待機中', en: 'Waiting' },
  failed: { ja: '取り込めませんでした', en: 'Could not import' },
  cancelUpload: { ja: 'アップロードを中止', en: 'Cancel upload' },
  nothingAdded: { ja: '録音は追加されていません。', en: 'Nothing was added.' },
  refusedAfterDecoding: { ja: 'は取り込めませんでした。', en: ' could not be imported.' },
  openDuplicate: { ja: '取り込み済みの録音を開く', en: 'Open the existing recording' },
  showDuplicate: { ja: '取り込み済みの録音を表示', en: 'Show the existing recording' },
} satisfies Record<string, Text>;

export const recordingCard = {
  audioDeletedBadge: { ja: '音声は削除済み', en: 'Audio deleted' },
  audioDeleted: (when: string) => ({
    ja: `保持期間の設定により、音声は ${when} に削除されました（鍵ごと削除済み）。予定・メモは残っています。`,
    en: `The audio was deleted on ${when} by your retention setting (with its key). The event and notes remain.`,
  }),
  pipeline: { ja: '処理の状況', en: 'Processing' },
  size: { ja: 'サイズ', en: 'Size' },
  duration: { ja: '長さ', en: 'Length' },
  addedAt: { ja: '取り込み日時', en: 'Added' },
  consent: { ja: '録音の許可', en: 'Permission' },
  player: (name: string) => ({ ja: `「${name}」を再生`, en: `Play “${name}”` }),
  cancelImport: { ja: '取り込みを中止', en: 'Cancel import' },
  retry: { ja: 'もう一度取り込む', en: 'Retry import' },
  delete: { ja: '録音を削除', en: 'Delete recording' },
  deleteQuestion: {
    ja: 'この録音を削除しますか？元に戻せません。',
    en: 'Delete this recording? This cannot be undone.',
  },
  jobProgress: (label: string) => ({ ja: `${label}の進み具合`, en: `${label} progress` }),
  waitingForImport: { ja: '取り込みの完了後に再生できます', en: 'Playable once the import is done' },
} satisfies Record<string, Text>;

export const RECORDING_STATUS_LABELS: Record<RecordingStatus, Message> = {
  importing: { ja: '取り込み中', en: 'Importing' },
  ready: { ja: '再生できます', en: 'Ready' },
  failed: { ja: '失敗', en: 'Failed' },
  cancelled: { ja: '中止', en: 'Cancelled' },
};
