import type { Message } from '@furikaeri/core';

/** Texts shared by every screen: the frame, navigation, generic actions. */
export const common = {
  appName: { ja: '振り返り', en: 'furikaeri' },
  tagline: {
    ja: '録音と記録はこのパソコンの中だけに保存されます',
    en: 'Recordings and notes stay on this computer',
  },
  library: { ja: 'ライブラリ', en: 'Library' },
  breadcrumb: { ja: '現在地', en: 'Breadcrumb' },
  language: { ja: '表示言語', en: 'Language' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  retryLoad: { ja: '再読み込み', en: 'Reload' },
  save: { ja: '保存', en: 'Save' },
  saving: { ja: '保存中…', en: 'Saving…' },
  cancel: { ja: 'キャンセル', en: 'Cancel' },
  edit: { ja: '編集', en: 'Edit' },
  delete: { ja: '削除', en: 'Delete' },
  confirmDelete: { ja: '削除する', en: 'Delete' },
  keep: { ja: 'やめる', en: 'Keep' },
  optional: { ja: '任意', en: 'optional' },
  required: { ja: '必須', en: 'required' },
  dismiss: { ja: '閉じる', en: 'Dismiss' },
  notes: { ja: 'メモ', en: 'Notes' },
  none: { ja: 'なし', en: 'None' },
  skipToContent: { ja: '本文へ移動', en: 'Skip to content' },
} satisfies Record<string, Message>;

export const screens = {
  unauthorizedTitle: {
    ja: 'ターミナルに表示された URL から開き直してください',
    en: 'Open the URL from the terminal again',
  },
  unauthorizedBody: {
    ja: 'このページを開くための鍵（セッション）がないか、期限が切れています。furikaeri を起動したターミナルに表示された URL（http://127.0.0.1:…/?token=…）をもう一度開いてください。',
    en: 'This page has no valid session. Open the URL printed in the terminal where furikaeri is running (http://127.0.0.1:…/?token=…) again.',
  },
  unauthorizedWhy: {
    ja: '録音を守るため、furikaeri は起動のたびに新しい鍵を発行し、ターミナルの URL を開いたブラウザだけを受け付けます。',
    en: 'To protect your recordings, furikaeri issues a new key on every start and only accepts the browser that opened the URL from the terminal.',
  },
  notFoundTitle: { ja: 'ページが見つかりません', en: 'Page not found' },
  notFoundBody: {
    ja: 'アドレスが正しくないか、削除された可能性があります。',
    en: 'The address is wrong, or the item was deleted.',
  },
  backHome: { ja: 'ライブラリに戻る', en: 'Back to the library' },
} satisfies Record<string, Message>;

export const navText = {
  menu: { ja: 'メニュー', en: 'Menu' },
  guide: { ja: '録音ガイド', en: 'Guide' },
  settings: { ja: '設定', en: 'Settings' },
} satisfies Record<string, Message>;
