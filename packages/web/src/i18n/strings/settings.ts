import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the settings page: auto-lock, passphrase, storage and deleting everything. */
export const settingsText = {
  title: { ja: '設定', en: 'Settings' },
  lead: {
    ja: 'ロック、パスフレーズ、保存容量、データの削除',
    en: 'Locking, passphrase, storage and deleting your data',
  },
  autoLockTitle: { ja: '自動ロック', en: 'Auto-lock' },
  autoLockLabel: { ja: '操作がないまま、この時間がたつとロック', en: 'Lock after this long without use' },
  minutes: (n: number) => ({ ja: `${n} 分`, en: `${n} minutes` }),
  never: { ja: '自動ではロックしない', en: 'Never' },
  autoLockHint: {
    ja: 'ロックすると鍵がメモリから消え、開くにはパスフレーズが必要になります。共用のパソコンでは短めに。',
    en: 'Locking clears the keys from memory; opening again needs the passphrase. Keep it short on a shared computer.',
  },
  saved: { ja: '保存しました', en: 'Saved' },
  retentionTitle: { ja: '録音の保持期間', en: 'Keeping recordings' },
  retentionLabel: {
    ja: '応募が終わってから、この日数がたつと録音の音声を削除',
    en: 'Delete the audio this many days after an application ends',
  },
  keepForever: { ja: '削除しない', en: 'Keep forever' },
  days: (n: number) => ({ ja: `${n} 日後`, en: `After ${n} days` }),
  retentionHint: {
    ja: '応募の状態が「内定承諾」「不採用」「辞退」になった日から数えます。音声だけを鍵ごと削除し、予定・メモ・文字起こしは残します。',
    en: 'Counted from the day the application becomes accepted, rejected or withdrawn. Only the audio is deleted, with its key; events, notes and transcripts stay.',
  },
  passphraseTitle: { ja: 'パスフレーズの変更', en: 'Change the passphrase' },
  currentPassphrase: { ja: '現在のパスフレーズ', en: 'Current passphrase' },
  changePassphrase: { ja: '変更する', en: 'Change' },
  changing: { ja: '変更中…', en: 'Changing…' },
  passphraseChanged: {
    ja: 'パスフレーズを変更しました。次に開くときから新しいパスフレーズを使います。回復キーは変わりません。',
    en: 'Passphrase changed. Use the new one from now on; your recovery key stays the same.',
  },
  storageTitle: { ja: '保存容量', en: 'Storage' },
  storageHint: {
    ja: '録音と記録は、このフォルダにすべて暗号化して保存されています。',
    en: 'Recordings and notes are all stored encrypted in this folder.',
  },
  dataDir: { ja: 'データの保存先', en: 'Data folder' },
  database: { ja: 'データベース（予定・メモ）', en: 'Database (events, notes)' },
  audio: { ja: '録音', en: 'Recordings' },
  total: { ja: '合計', en: 'Total' },
  unfinished: (files: number) => ({ ja: `保存途中のファイル（${files} 件）`, en: `Unfinished files (${files})` }),
  unfinishedHint: {
    ja: '取り込み・録音の途中のファイルです。中断されたものは次の起動時に削除されます。',
    en: 'Uploads and recordings in progress. Any that were cut off are removed at the next start.',
  },
  perRecording: { ja: '録音ごとの容量', en: 'Size of each recording' },
  fileName: { ja: 'ファイル名', en: 'File' },
  length: { ja: '長さ', en: 'Length' },
  size: { ja: '容量', en: 'Size' },
  openEvent: { ja: '予定を開く', en: 'Open event' },
  openEventOf: (name: string) => ({ ja: `「${name}」の予定を開く`, en: `Open the event of “${name}”` }),
  noRecordings: { ja: '録音はまだありません。', en: 'No recordings yet.' },
  destroyTitle: { ja: 'すべて削除', en: 'Delete everything' },
  destroyLead: {
    ja: '録音・予定・メモ・設定を含む、furikaeri のすべてのデータをこのパソコンから削除します。元に戻すことはできません。',
    en: 'Deletes all of furikaeri’s data from this computer: recordings, events, notes and settings. This cannot be undone.',
  },
  destroyKeysFirst: {
    ja: '最初に暗号化の鍵を破棄してからファイルを削除します。削除したデータは、回復キーやファイル復元ツールを使っても読み出せません。',
    en: 'The encryption keys are destroyed first, then the files: nothing can be recovered afterwards, not with the recovery key and not with file-recovery tools.',
  },
  destroyAfter: {
    ja: '削除が終わると、最初の設定画面（パスフレーズの設定）に戻ります。',
    en: 'Afterwards furikaeri starts over at the first set-up screen.',
  },
  confirmWordLabel: (word: string) => ({
    ja: `確認のため「${word}」と入力してください`,
    en: `Type “${word}” to confirm`,
  }),
  destroy: { ja: 'すべて削除する', en: 'Delete everything' },
  destroying: { ja: '削除中…', en: 'Deleting…' },
} satisfies Record<string, Text>;

/** The word to type before deleting everything, shown in the current language. */
export const CONFIRM_WORD: Message = { ja: 'すべて削除', en: 'DELETE ALL' };
