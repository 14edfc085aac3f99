import { type Message, NAME_MASK } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the report exports: Markdown, print, and the masked advisor export with its rules. */
export const exportText = {
  markdown: { ja: 'レポートを保存 (Markdown)', en: 'Save the report (Markdown)' },
  markdownOther: { ja: '英語版 (Markdown)', en: 'Japanese version (Markdown)' },
  print: { ja: '印刷・PDF', en: 'Print / PDF' },
  advisor: { ja: 'アドバイザー用に書き出す', en: 'Export for an advisor' },
  dialogTitle: { ja: 'アドバイザー用の書き出し', en: 'Export for an advisor' },
  lead: {
    ja: 'キャリアセンターの職員や転職エージェントなど、面接の振り返りを手伝ってくれる人に渡すためのテキストです。質問と自分の回答だけが入り、録音や相手の発言は入りません。',
    en: 'A text for the one person helping you review — a career centre adviser or your recruiter. It holds only the questions and your own answers: no audio, nothing else the other side said.',
  },
  rulesTitle: { ja: '渡す前に確認してください', en: 'Before you send it' },
  ruleNoSns: {
    ja: 'SNS やブログなどに投稿しないでください。面接の内容の公開は、名誉毀損やプライバシーの侵害にあたるおそれがあります。',
    en: 'Do not post it on social media or a blog: publishing an interview can amount to defamation or invasion of privacy.',
  },
  ruleOnlyReviewer: {
    ja: '渡すのは振り返りを手伝ってくれる人だけにしてください（友人や家族であっても、それ以外には渡さないでください）。',
    en: 'Give it only to the person helping you review — no one else, even friends or family.',
  },
  ruleMasked: {
    ja: `会社名・参加者の名前・人名などの固有名詞は自動で「${NAME_MASK}」に伏せます。自動では漏れることがあるので、送る前に必ず下のプレビューを読んで確認してください。`,
    en: `Company and participant names and other proper nouns are replaced with “${NAME_MASK}” automatically. It can miss some: always read the preview below before sending.`,
  },
  readGuide: { ja: '録音の扱い方ガイドを読む', en: 'Read the recording guide' },
  extraNames: { ja: 'ほかに伏せる名前（1行に1つ）', en: 'More names to hide (one per line)' },
  extraNamesHint: {
    ja: '例: 面接官の名前、部署名、製品名、自分の名前',
    en: 'e.g. the interviewer’s name, a department, a product, your own name',
  },
  makePreview: { ja: 'プレビューを作る', en: 'Make the preview' },
  remakePreview: { ja: 'プレビューを作り直す', en: 'Make the preview again' },
  making: { ja: '作成中…', en: 'Making…' },
  previewTitle: { ja: 'プレビュー（この内容で保存されます）', en: 'Preview (this is what will be saved)' },
  hiddenNames: { ja: '伏せるよう指定された名前', en: 'Names it was asked to hide' },
  noHiddenNames: { ja: '（なし）', en: '(none)' },
  save: (fileName: string) => ({ ja: `${fileName} として保存`, en: `Save as ${fileName}` }),
  saved: {
    ja: '保存しました。渡す相手を確認し、不要になったら削除してください。',
    en: 'Saved. Check who you give it to, and delete it when it is no longer needed.',
  },
  close: { ja: '閉じる', en: 'Close' },
} satisfies Record<string, Text>;
