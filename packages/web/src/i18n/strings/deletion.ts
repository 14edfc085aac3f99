import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of deleting a company or an application: the button, the confirmation and the notice after it. */
export const deletionText = {
  deleteCompany: { ja: 'この企業を削除…', en: 'Delete this company…' },
  deleteApplication: { ja: '削除…', en: 'Delete…' },
  deleteApplicationOf: (role: string) => ({ ja: `応募「${role}」を削除`, en: `Delete the application “${role}”` }),
  companyTitle: (name: string) => ({ ja: `「${name}」を削除しますか？`, en: `Delete “${name}”?` }),
  applicationTitle: (role: string) => ({
    ja: `応募「${role}」を削除しますか？`,
    en: `Delete the application “${role}”?`,
  }),
  counting: { ja: '一緒に削除されるものを数えています…', en: 'Counting what goes with it…' },
  goesWith: {
    ja: '次のものも一緒に削除され、元に戻せません。',
    en: 'These are deleted with it, and cannot be restored:',
  },
  nothingElse: {
    ja: 'ほかに削除されるものはありません。',
    en: 'Nothing else is deleted with it.',
  },
  applications: (n: number) => ({ ja: `応募 ${n}件`, en: `${n} application${n === 1 ? '' : 's'}` }),
  events: (n: number) => ({
    ja: `予定・記録 ${n}件（メモ、振り返りのメモ、分析を含む）`,
    en: `${n} event${n === 1 ? '' : 's'} (with their notes, reflections and analyses)`,
  }),
  recordings: (n: number) => ({ ja: `録音 ${n}件`, en: `${n} recording${n === 1 ? '' : 's'}` }),
  audioFiles: (n: number, size: string) => ({
    ja: `音声ファイル ${n}件（${size}）: 暗号鍵ごと消去され、復元できません`,
    en: `${n} audio file${n === 1 ? '' : 's'} (${size}): destroyed with the keys, beyond recovery`,
  }),
  transcripts: (n: number) => ({ ja: `文字起こし ${n}件`, en: `${n} transcript${n === 1 ? '' : 's'}` }),
  practiceAttempts: (n: number) => ({
    ja: `練習の記録 ${n}件（声の回答の録音を含む）`,
    en: `${n} practice attempt${n === 1 ? '' : 's'} (spoken takes included)`,
  }),
  drafts: (n: number) => ({ ja: `準備の下書き ${n}件`, en: `${n} prep draft${n === 1 ? '' : 's'}` }),
  eventsKept: (n: number) => ({
    ja: `この応募の予定・記録 ${n}件は削除されず、企業に残ります（応募との紐付けだけが外れます）。`,
    en: `Its ${n} event${n === 1 ? '' : 's'} stay with the company (only their link to this application goes).`,
  }),
  confirmCompany: (name: string) => ({ ja: `「${name}」を削除する`, en: `Delete “${name}”` }),
  confirmApplication: { ja: '応募を削除する', en: 'Delete the application' },
  deleting: { ja: '削除しています…', en: 'Deleting…' },
  keep: { ja: 'やめる', en: 'Keep it' },
  companyDeleted: (name: string) => ({ ja: `「${name}」を削除しました。`, en: `Deleted “${name}”.` }),
  applicationDeleted: (role: string) => ({
    ja: `応募「${role}」を削除しました。`,
    en: `Deleted the application “${role}”.`,
  }),
} satisfies Record<string, Text>;
