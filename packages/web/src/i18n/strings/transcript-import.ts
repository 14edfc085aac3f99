import type { Message, TranscriptFormat } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

export const FORMAT_LABELS: Record<TranscriptFormat, Message> = {
  vtt: { ja: 'WebVTT', en: 'WebVTT' },
  srt: { ja: 'SRT', en: 'SRT' },
  text: { ja: 'テキスト', en: 'Text' },
  json: { ja: 'JSON', en: 'JSON' },
};

/** Texts of importing a transcript file on the event page: reading, preview, saving, errors. */
export const transcriptImportText = {
  reading: (name: string) => ({ ja: `読み込み中: ${name}`, en: `Reading: ${name}` }),
  previewTitle: (name: string) => ({ ja: `文字起こしの確認: ${name}`, en: `Check the transcript: ${name}` }),
  previewLead: {
    ja: 'まだ保存していません。話者と最初の発言を確認し、役割を選んでから保存してください。',
    en: 'Nothing is saved yet. Check the speakers and the first lines, pick the roles, then save.',
  },
  facts: (format: string, encoding: string, lines: number) => ({
    ja: `${format} · ${encoding} · ${lines} 件の発言`,
    en: `${format} · ${encoding} · ${lines} lines`,
  }),
  length: (duration: string) => ({ ja: `長さ ${duration}`, en: `Length ${duration}` }),
  skipped: (count: number) => ({
    ja: `読めない字幕が ${count} 件あったため飛ばしました。残りは取り込めます。`,
    en: `${count} unreadable cue${count === 1 ? ' was' : 's were'} skipped; the rest can be imported.`,
  }),
  noTimes: { ja: '時刻なし（話す速さ・間は測れません）', en: 'No times (pace and pauses cannot be measured)' },
  speakersTitle: { ja: '話者と役割', en: 'Speakers and roles' },
  lineCount: (count: number) => ({ ja: `${count} 件`, en: `${count} lines` }),
  role: (label: string) => ({ ja: `${label} の役割`, en: `Role of ${label}` }),
  rolesUnknown: {
    ja: '話者の役割が分かりません。「自分」と「面接官」を選ぶと、保存してすぐに分析できます（振り返り画面でも選べます）。',
    en: 'The speakers’ roles are unknown. Pick “Me” and “Interviewer” so the analysis can run as soon as you save (you can also do it on the review page).',
  },
  firstLinesTitle: { ja: '最初の発言', en: 'First lines' },
  attachLabel: { ja: '録音との関係', en: 'Recording' },
  standAlone: { ja: '録音なし（文字起こしだけ）', en: 'No recording (the transcript alone)' },
  attachTo: (name: string) => ({ ja: `この録音の文字起こし: ${name}`, en: `Transcript of the recording: ${name}` }),
  save: { ja: '保存して分析する', en: 'Save and analyse' },
  cancel: { ja: 'やめる', en: 'Cancel' },
  saving: (name: string) => ({ ja: `保存中: ${name}`, en: `Saving: ${name}` }),
  saved: (lines: number) => ({
    ja: `文字起こしを保存しました（${lines} 件の発言）。分析を始めています。`,
    en: `Transcript saved (${lines} lines). The analysis is starting.`,
  }),
  openReview: { ja: '振り返りを開く', en: 'Open the review' },
  savedRolesFailed: (lines: number) => ({
    ja: `文字起こしは保存しました（${lines} 件の発言）。ただし、選んだ話者の役割を保存できませんでした。もう一度送るか、振り返り画面で選んでください。ファイルをもう一度取り込む必要はありません。`,
    en: `The transcript is saved (${lines} lines), but the roles you picked could not be. Send them again, or pick them on the review page. There is no need to import the file again.`,
  }),
  retryRoles: { ja: '役割をもう一度送る', en: 'Send the roles again' },
  failed: {
    ja: '文字起こしを取り込めませんでした。何も保存していません。',
    en: 'Could not import the transcript. Nothing was saved.',
  },
  lineAtFault: (line: number) => ({ ja: `${line} 行目の内容`, en: `Line ${line} reads` }),
  dismiss: { ja: '閉じる', en: 'Close' },
} satisfies Record<string, Text>;

/** A role shown as a guess, with why (issue #18: a guess must look like one). */
export const roleGuessText = {
  guessed: (role: string) => ({ ja: `推定: ${role}`, en: `Guessed: ${role}` }),
  evidence: { ja: '推定の根拠', en: 'Why this guess' },
  confirm: { ja: '確定', en: 'Confirm' },
} satisfies Record<string, Text>;
