import type { Message } from '@furikaeri/core';

/** Texts of the vault screens: first setup, recovery key, unlock, recover, lock. */
export const vaultText = {
  setupTitle: { ja: '録音を守るパスフレーズを決めてください', en: 'Choose a passphrase to protect your recordings' },
  setupLead: {
    ja: '録音と記録は、このパソコンの中で暗号化して保存します。furikaeri を開くたびにこのパスフレーズを入力します。',
    en: 'Recordings and notes are stored encrypted on this computer. You enter this passphrase each time you open furikaeri.',
  },
  setupNote: {
    ja: 'パスフレーズはどこにも送信されず、保存もされません。忘れた場合は、次の画面に表示される回復キーでのみ開けます。',
    en: 'The passphrase is never sent anywhere or stored. If you forget it, only the recovery key shown next can open the library.',
  },
  passphrase: { ja: 'パスフレーズ', en: 'Passphrase' },
  newPassphrase: { ja: '新しいパスフレーズ', en: 'New passphrase' },
  confirm: { ja: 'もう一度入力', en: 'Repeat it' },
  mismatch: { ja: '2つの入力が一致しません', en: 'The two entries differ' },
  show: { ja: '入力内容を表示', en: 'Show what I type' },
  strength: { ja: '強さ', en: 'Strength' },
  destroyed: {
    ja: 'すべてのデータを削除しました。続けて使う場合は、新しいパスフレーズを決めてください。',
    en: 'All data has been deleted. To go on using furikaeri, choose a new passphrase.',
  },
  create: { ja: '暗号化して始める', en: 'Encrypt and start' },
  creating: { ja: '鍵を作成中…', en: 'Creating keys…' },
  recoveryTitle: { ja: '回復キーを保管してください', en: 'Keep your recovery key' },
  recoveryLead: {
    ja: 'パスフレーズを忘れたときに録音を開ける唯一の手段です。紙に書き写すか、パスワード管理アプリに保存してください。この画面を閉じると二度と表示されません。',
    en: 'It is the only way to open your recordings if you forget the passphrase. Write it on paper or store it in a password manager. It will not be shown again.',
  },
  recoveryKey: { ja: '回復キー', en: 'Recovery key' },
  copy: { ja: 'コピー', en: 'Copy' },
  copied: { ja: 'コピーしました', en: 'Copied' },
  saved: { ja: '回復キーを安全な場所に保管しました', en: 'I have stored the recovery key somewhere safe' },
  openLibrary: { ja: 'ライブラリを開く', en: 'Open the library' },
  unlockTitle: { ja: 'ライブラリはロックされています', en: 'The library is locked' },
  unlockLead: {
    ja: 'パスフレーズを入力して開いてください。',
    en: 'Enter your passphrase to open it.',
  },
  autoLock: (minutes: number) => ({
    ja: `操作がないまま ${minutes} 分たつと自動でロックされます。`,
    en: `It locks itself after ${minutes} minutes without use.`,
  }),
  unlock: { ja: '開く', en: 'Open' },
  checking: { ja: '確認中…', en: 'Checking…' },
  forgot: { ja: 'パスフレーズを忘れた場合', en: 'Forgot the passphrase?' },
  recoverTitle: { ja: '回復キーで開く', en: 'Open with the recovery key' },
  recoverLead: {
    ja: '最初に保管した回復キーを入力し、新しいパスフレーズを決めてください。',
    en: 'Enter the recovery key you stored at setup, and choose a new passphrase.',
  },
  recover: { ja: '新しいパスフレーズで開く', en: 'Open with the new passphrase' },
  backToUnlock: { ja: 'パスフレーズで開く', en: 'Use the passphrase' },
  lock: { ja: 'ロック', en: 'Lock' },
  lockTitle: {
    ja: 'ライブラリをロックする（鍵をメモリから消去）',
    en: 'Lock the library (clears the keys from memory)',
  },
} satisfies Record<string, Message | ((...args: never[]) => Message)>;

export const STRENGTH_LABELS: Message[] = [
  { ja: '短すぎます', en: 'Too short' },
  { ja: '弱い', en: 'Weak' },
  { ja: 'ふつう', en: 'Fair' },
  { ja: '強い', en: 'Strong' },
  { ja: 'とても強い', en: 'Very strong' },
];
