import type { Message, SpeakerRole } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the review page: player, transcript, editing, questions, and the slots the analysis will fill. */
export const reviewText = {
  title: { ja: '振り返り', en: 'Review' },
  openReview: { ja: '振り返る', en: 'Review' },
  pageTitle: (event: string) => ({ ja: `振り返り: ${event}`, en: `Review: ${event}` }),
  backToEvent: { ja: '録音・詳細に戻る', en: 'Back to recordings and details' },
  transcript: { ja: '文字起こし', en: 'Transcript' },
  player: { ja: '再生', en: 'Player' },
  play: { ja: '再生', en: 'Play' },
  pause: { ja: '一時停止', en: 'Pause' },
  back5: { ja: '5秒戻る', en: 'Back 5 s' },
  forward5: { ja: '5秒進む', en: 'Forward 5 s' },
  previousQuestion: { ja: '前の質問', en: 'Previous question' },
  nextQuestion: { ja: '次の質問', en: 'Next question' },
  speed: { ja: '速度', en: 'Speed' },
  position: { ja: '再生位置', en: 'Position' },
  noAudio: {
    ja: 'この文字起こしには音声がありません（テキストの取り込みか、音声が削除済み）。文字起こしの確認と修正はできます。',
    en: 'This transcript has no audio (imported text, or the audio was deleted). You can still read and correct it.',
  },
  peaksFailed: {
    ja: '波形を表示できませんでした。再生と文字起こしは使えます。',
    en: 'The waveform could not be drawn. Playback and the transcript still work.',
  },
  loadingWaveform: { ja: '波形を読み込み中…', en: 'Loading the waveform…' },
  bookmarks: { ja: 'ブックマーク', en: 'Bookmarks' },
  bookmarkAt: (time: string, label: string) => ({
    ja: `${time} ${label || 'ブックマーク'}`,
    en: `${time} ${label || 'Bookmark'}`,
  }),
  playFrom: (time: string) => ({ ja: `${time} から再生`, en: `Play from ${time}` }),
  questionMark: { ja: '質問', en: 'Question' },
  filler: { ja: 'フィラー（えーと・あのー など）', en: 'Filler (um, uh…)' },
  questionAnnounce: (index: number, total: number, text: string) => ({
    ja: `質問 ${index}/${total}: ${text}`,
    en: `Question ${index} of ${total}: ${text}`,
  }),
  noQuestionThere: { ja: 'その方向に質問はありません', en: 'No question in that direction' },
  undo: { ja: '元に戻す', en: 'Undo' },
  undoCount: (count: number) => ({ ja: `元に戻す（${count}）`, en: `Undo (${count})` }),
  undone: { ja: '1つ前の状態に戻しました', en: 'Undid the last edit' },
  saved: { ja: '保存しました', en: 'Saved' },
  emptyTranscript: { ja: 'この文字起こしには発言がありません。', en: 'This transcript has no segments.' },
} satisfies Record<string, Text>;

export const editText = {
  edit: { ja: '修正', en: 'Edit' },
  editLine: (time: string) => ({ ja: `${time} の発言を修正`, en: `Edit the segment at ${time}` }),
  text: { ja: '発言の文字', en: 'Text' },
  speaker: { ja: '話者', en: 'Speaker' },
  saveText: { ja: '文字を保存', en: 'Save text' },
  split: { ja: 'カーソル位置で分割', en: 'Split at the caret' },
  splitHint: {
    ja: '分割したい位置にカーソルを置いてから押してください。Ctrl+Enter で保存、Esc で閉じます。',
    en: 'Put the caret where the segment should split. Ctrl+Enter saves, Esc closes.',
  },
  mergeNext: { ja: '次の発言と結合', en: 'Merge with next' },
  close: { ja: '閉じる', en: 'Close' },
  speakers: { ja: '話者', en: 'Speakers' },
  speakersLead: {
    ja: '名前と役割を直すと、質問の一覧（面接官の発言）や分析に反映されます。',
    en: 'Names and roles feed the question list (the interviewer’s lines) and the analysis.',
  },
  speakerName: (key: string) => ({ ja: `話者 ${key} の名前`, en: `Name of speaker ${key}` }),
  speakerRole: (name: string) => ({ ja: `${name} の役割`, en: `Role of ${name}` }),
  addSpeaker: { ja: '話者を追加', en: 'Add a speaker' },
  newSpeakerName: { ja: '新しい話者の名前', en: 'New speaker’s name' },
  newSpeakerPlaceholder: { ja: '例: 面接官（部長）', en: 'e.g. Interviewer (manager)' },
} satisfies Record<string, Text>;

export const SPEAKER_ROLE_LABELS: Record<SpeakerRole, Message> = {
  interviewer: { ja: '面接官', en: 'Interviewer' },
  me: { ja: '自分', en: 'Me' },
  candidate: { ja: '他の候補者', en: 'Other candidate' },
  moderator: { ja: '司会・進行', en: 'Moderator' },
  unknown: { ja: '未設定', en: 'Not set' },
};

export const questionText = {
  title: { ja: '質問とメモ', en: 'Questions and notes' },
  provisional: {
    ja: '暫定: 分析ができるまでは、面接官の「？」「か。」で終わる発言を質問としています。',
    en: 'Provisional: until the analysis is ready, lines of the interviewer ending in “?” or “か。” count as questions.',
  },
  none: {
    ja: '質問が見つかりません。話者の役割に「面接官」を設定すると、その発言から質問を拾います。',
    en: 'No questions found. Set a speaker’s role to “Interviewer” to list their questions.',
  },
  note: { ja: '振り返りメモ', en: 'Reflection note' },
  noteFor: (time: string) => ({
    ja: `${time} の質問への振り返りメモ`,
    en: `Reflection note on the question at ${time}`,
  }),
  notePlaceholder: {
    ja: '次はどう答えるか、言えなかったこと、数字の確認など',
    en: 'How you would answer next time, what you forgot, numbers to check…',
  },
  saveNote: { ja: 'メモを保存', en: 'Save note' },
  writeNote: { ja: '＋ 振り返りメモを書く', en: '+ Write a reflection note' },
  editNote: { ja: 'メモを編集', en: 'Edit note' },
  cancelNote: { ja: 'やめる', en: 'Cancel' },
} satisfies Record<string, Text>;

export const analysisSlotText = {
  qaTitle: { ja: '質問と回答（分析）', en: 'Questions and answers (analysis)' },
  chartsTitle: { ja: '話し方のグラフ', en: 'Delivery charts' },
  notYet: {
    ja: '分析結果はまだありません。分析機能ができると、質問ごとの回答・話す速さ・フィラー・抑揚がここに表示されます。',
    en: 'No analysis yet. Once analysis is available, each question’s answer, pace, fillers and pitch appear here.',
  },
} satisfies Record<string, Text>;

export const pendingText = {
  title: { ja: 'まだ文字起こしがありません', en: 'No transcript yet' },
  noRecording: {
    ja: 'この予定には録音がありません。録音を取り込むと、文字起こしのあとでここで振り返れます。',
    en: 'This event has no recording. Import one; once it is transcribed you can review it here.',
  },
  importing: { ja: '録音を取り込んでいます。', en: 'The recording is being imported.' },
  importFailed: {
    ja: 'この録音は取り込めなかったため、文字起こしできません:',
    en: 'This recording was not imported, so it cannot be transcribed:',
  },
  audioDeleted: {
    ja: '音声は保持期間の設定で削除済みのため、文字起こしできません。',
    en: 'The audio was deleted by your retention setting, so it cannot be transcribed.',
  },
  queued: { ja: '文字起こしの順番を待っています。', en: 'Waiting for its turn to be transcribed.' },
  running: {
    ja: '文字起こし中です。終わるとこのページに表示されます。',
    en: 'Transcribing. It appears here when done.',
  },
  unavailable: { ja: '文字起こしはできませんでした:', en: 'Transcription is not available:' },
  failed: { ja: '文字起こしに失敗しました:', en: 'Transcription failed:' },
  cancelled: { ja: '文字起こしは中止されました。', en: 'Transcription was cancelled.' },
  notStarted: {
    ja: '文字起こしはまだ始まっていません（録音の取り込みが終わると始まります）。',
    en: 'Transcription has not started (it starts once the recording is imported).',
  },
  doneWithoutTranscript: {
    ja: '文字起こしは完了しましたが、結果が見つかりません。再読み込みしてください。',
    en: 'Transcription finished but no transcript was found. Reload the page.',
  },
  openEvent: { ja: '録音・詳細のページへ', en: 'Go to recordings and details' },
} satisfies Record<string, Text>;

export const shortcutText = {
  title: { ja: 'キーボード操作', en: 'Keyboard shortcuts' },
  space: { ja: '再生 / 一時停止（文字起こしの行にいるときも）', en: 'Play / pause (also on a transcript line)' },
  arrows: { ja: '5秒戻る / 5秒進む', en: 'Back / forward 5 s' },
  jk: { ja: '前の質問 / 次の質問', en: 'Previous / next question' },
  speed: { ja: '遅く / 速く（0.75〜2倍）', en: 'Slower / faster (0.75× to 2×)' },
  undo: { ja: '編集を元に戻す', en: 'Undo the last edit' },
  search: { ja: '検索欄へ移動', en: 'Go to the search box' },
  enter: { ja: '行を選ぶとその位置から再生', en: 'On a line: play from there' },
} satisfies Record<string, Text>;
