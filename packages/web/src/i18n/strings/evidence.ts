import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the evidence package export and its warning dialog. */
export const evidenceText = {
  open: { ja: '証拠用に書き出す', en: 'Export as evidence' },
  title: { ja: '証拠用パッケージの書き出し', en: 'Export an evidence package' },
  lead: {
    ja: 'ハラスメントなどを受けたときに、弁護士・労働局（総合労働相談コーナー）・公的な相談窓口へ提出するためのものです。',
    en: 'For the rare case of harassment: a package to hand to a lawyer, the Labour Bureau (労働局) or a public counselling service.',
  },
  contentsTitle: { ja: '含まれるもの', en: 'What it contains' },
  original: (name: string, size: string) => ({
    ja: `録音の元のファイル「${name}」（${size}）— 暗号化されていません。ファイルを手にした人は誰でも再生できます。`,
    en: `The original recording “${name}” (${size}) — NOT encrypted: anyone who has the file can play it.`,
  }),
  manifest: {
    ja: '取り込んだ日時・予定・録音の許可の状態と、そのときのハッシュ値（manifest.json）',
    en: 'When it was stored, the event, the recording permission and the hashes sealed then (manifest.json)',
  },
  chain: { ja: 'フレームごとのハッシュチェーン（chain.txt）', en: 'The hash chain, frame by frame (chain.txt)' },
  readme: {
    ja: 'sha256sum などの標準的なツールで、改変がないことを第三者が確かめる手順（README.txt）',
    en: 'How anyone can check it is unaltered with standard tools such as sha256sum (README.txt)',
  },
  warningTitle: { ja: '渡すのは相談先だけにしてください', en: 'Give it only to the people advising you' },
  warning: {
    ja: '公開する（SNS への投稿など）、相談先以外の人に渡す・聞かせることは、友人や家族であっても、名誉毀損やプライバシーの侵害にあたるおそれがあります。',
    en: 'Publishing it (e.g. on social media), or handing it to or playing it for anyone else — even friends or family — can amount to defamation or invasion of privacy.',
  },
  deleteAfter: {
    ja: '書き出したファイルは暗号化されていません。提出が済んだら、パソコンから削除してください。',
    en: 'The exported file is not encrypted. Delete it from your computer once it has been handed over.',
  },
  readGuide: { ja: '録音の扱い方ガイドを読む', en: 'Read the recording guide' },
  acknowledge: {
    ja: '暗号化されていないことを理解しました。弁護士・労働局・公的な相談窓口への提出にのみ使います。',
    en: 'I understand it is not encrypted, and I will use it only to hand to a lawyer, the Labour Bureau or a public counselling service.',
  },
  download: { ja: '書き出す（.tar をダウンロード）', en: 'Download (.tar)' },
  needAcknowledge: { ja: '上の確認にチェックすると書き出せます', en: 'Tick the box above to enable the download' },
  started: {
    ja: 'ダウンロードを開始しました。保存先を確認し、相談先に渡したら削除してください。',
    en: 'The download has started. Check where it was saved, and delete it once it has been handed over.',
  },
  close: { ja: '閉じる', en: 'Close' },
} satisfies Record<string, Text>;
