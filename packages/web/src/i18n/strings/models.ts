import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the speech-model section of the settings page. */
export const modelsText = {
  title: { ja: '音声モデル', en: 'Speech models' },
  lead: {
    ja: '文字起こしと話者分離に使うモデルです。ダウンロードは、あなたが押したときに公式の配布元からだけ行います。録音や文字はどこにも送りません。',
    en: 'Models for transcription and telling speakers apart. They are downloaded only when you ask, and only from their official release; no recording or text is ever sent.',
  },
  folder: { ja: 'モデルの保存先', en: 'Models folder' },
  folderHint: {
    ja: '公開されているファイルなので暗号化しません。FURIKAERI_MODELS_DIR で場所を変えられます。',
    en: 'Public files, so they are not encrypted. FURIKAERI_MODELS_DIR moves them.',
  },
  kinds: {
    asr: { ja: '文字起こし', en: 'Transcription' },
    vad: { ja: '音声区間', en: 'Speech detection' },
    segmentation: { ja: '話者分離', en: 'Diarization' },
    'speaker-embedding': { ja: '話者分離', en: 'Diarization' },
  },
  status: {
    installed: { ja: 'インストール済み', en: 'Installed' },
    bundled: { ja: '同梱（ダウンロード不要）', en: 'Bundled (no download)' },
    missing: { ja: '未インストール', en: 'Not installed' },
    damaged: { ja: '破損・入れ直しが必要', en: 'Damaged: reinstall' },
  },
  recommended: { ja: 'おすすめ', en: 'Recommended' },
  unpinned: { ja: 'チェックサム未公開', en: 'No published checksum' },
  languages: { ja: '言語', en: 'Languages' },
  license: { ja: 'ライセンス', en: 'License' },
  size: { ja: '大きさ', en: 'Size' },
  unknownSize: { ja: '不明', en: 'unknown' },
  pull: { ja: 'ダウンロード', en: 'Download' },
  pullAgain: { ja: '入れ直す', en: 'Reinstall' },
  cancel: { ja: '中止', en: 'Cancel' },
  remove: { ja: '削除', en: 'Remove' },
  removeQuestion: (name: string) => ({ ja: `${name} を削除しますか？`, en: `Remove ${name}?` }),
  verify: { ja: '検査', en: 'Verify' },
  phases: {
    download: { ja: 'ダウンロード中', en: 'Downloading' },
    verify: { ja: '確認中', en: 'Checking' },
    extract: { ja: '展開中', en: 'Extracting' },
    install: { ja: 'インストール中', en: 'Installing' },
  },
  progressOf: (name: string) => ({ ja: `${name} の進み具合`, en: `Progress of ${name}` }),
  pulled: (name: string) => ({ ja: `${name} をインストールしました。`, en: `${name} is installed.` }),
  cancelled: {
    ja: '中止しました。次のダウンロードは続きから再開します。',
    en: 'Cancelled. The next download resumes where it stopped.',
  },
  confirmUnpinnedTitle: { ja: 'チェックサムが公開されていません', en: 'No published checksum' },
  confirmUnpinned: (name: string) => ({
    ja: `${name} は配布元がチェックサムを公開していないため、中身を事前に確かめられません。公式の配布元から取得し、計算したハッシュを記録します。続けますか？`,
    en: `${name} has no published checksum, so its contents cannot be checked in advance. It is fetched from the official release and the computed hash is recorded. Continue?`,
  }),
  confirmDownload: { ja: 'それでもダウンロード', en: 'Download anyway' },
  importTitle: { ja: '手元のファイルから入れる（オフライン）', en: 'Install from a file you have (offline)' },
  importPath: {
    ja: 'アーカイブ（.tar.bz2 / .onnx）またはフォルダのパス',
    en: 'Path of an archive (.tar.bz2 / .onnx) or folder',
  },
  importHint: {
    ja: '別のパソコンでダウンロードしたものを使えます。どのモデルかは自動で判別し、チェックサムを確かめてから入れます。',
    en: 'Use a download from another computer. The model is recognised automatically and checked before it is installed.',
  },
  importAs: { ja: 'モデル（自動判別できないとき）', en: 'Model (when it is not recognised)' },
  autoDetect: { ja: '自動判別', en: 'Recognise automatically' },
  trustUnpinned: {
    ja: 'チェックサムが公開されていないモデルも入れる（計算したハッシュを記録）',
    en: 'Also install a model without a published checksum (the computed hash is recorded)',
  },
  importSubmit: { ja: '取り込む', en: 'Import' },
  importing: { ja: '取り込み中…', en: 'Importing…' },
  imported: (name: string) => ({ ja: `${name} を取り込みました。`, en: `Imported ${name}.` }),
  verified: (ok: boolean) =>
    ok
      ? { ja: 'すべてのファイルが記録どおりです。', en: 'Every file matches its record.' }
      : { ja: 'ファイルが変わっています。入れ直してください。', en: 'Files have changed. Reinstall it.' },
  source: { ja: '配布元', en: 'Source' },
} satisfies Record<string, Text | Record<string, Message>>;
