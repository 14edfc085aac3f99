import { formatDuration, type Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/** The recorder: rehearsal, the in-interview screen, faults and the end of a recording. */
export const recorderText = {
  entry: { ja: '録音する', en: 'Record' },
  entryHint: {
    ja: 'このパソコンのマイクで、この予定を録音します',
    en: 'Record this event with this computer’s microphone',
  },
  title: { ja: '録音', en: 'Record' },
  recorderCard: { ja: '本番の録音', en: 'Record the real thing' },
  consent: { ja: '録音の許可', en: 'Permission to record' },
  consentNotAsked: {
    ja: '相手に録音の許可を求めていません。始める前にひと言お願いしましょう。断られたら録音しません。',
    en: 'You have not asked for permission to record. Ask before you start; if they decline, do not record.',
  },
  declinedLead: {
    ja: 'この予定は相手に録音を断られています。録音は開始できません。',
    en: 'The other side declined recording for this event. Recording cannot start.',
  },
  backToEvent: { ja: '予定のページに戻る', en: 'Back to the event' },
  guideLink: { ja: '録音の扱い方（公開・共有はしない）', en: 'Handling recordings (never publish or share)' },
  mode: { ja: '録音のしかた', en: 'How to record' },
  inPerson: { ja: '対面', en: 'In person' },
  inPersonHint: {
    ja: 'マイクだけで録音します（面接会場、OB・OG訪問など）',
    en: 'The microphone only (on site, visits)',
  },
  online: { ja: 'オンライン', en: 'Online' },
  onlineHint: {
    ja: 'マイク（自分）と相手の音（ブラウザのタブや画面の音）を別々のチャンネルに録音します',
    en: 'Your microphone and the other side’s audio (a browser tab or the screen) on separate channels',
  },
  chooseRemote: { ja: '相手の音を選ぶ（タブ・画面）', en: 'Choose their audio (tab or screen)' },
  remoteReady: { ja: '相手の音: 共有中', en: 'Their audio: shared' },
  remoteMissing: { ja: '相手の音: まだ選んでいません', en: 'Their audio: not chosen yet' },
  systemAudioTitle: { ja: '相手の音を録れる環境', en: 'Where their audio can be captured' },
  systemAudioHelp: [
    {
      ja: 'Chrome・Edge（Windows・ChromeOS）: 「画面全体」を選び「システム音声を共有」にチェックすると、Zoom・Teams のアプリの音も録れます。',
      en: 'Chrome or Edge on Windows or ChromeOS: choose “Entire screen” and tick “Share system audio”; Zoom or Teams apps are captured too.',
    },
    {
      ja: 'Chrome・Edge（macOS・Linux）: 録れるのはブラウザのタブの音だけです。Zoom・Teams・Meet をブラウザで開き、そのタブを「タブの音声を共有」付きで選んでください。',
      en: 'Chrome or Edge on macOS or Linux: only a browser tab’s audio. Open Zoom, Teams or Meet in the browser and share that tab with “Share tab audio”.',
    },
    {
      ja: 'Firefox・Safari: 相手の音は録れません。対面モードにして、イヤホンではなくスピーカーで聞けば、マイクが相手の声も拾います。',
      en: 'Firefox or Safari: their audio cannot be captured. Use in-person mode and listen on speakers, not earphones, so the microphone hears them.',
    },
  ],
  start: { ja: '録音開始', en: 'Start recording' },
  starting: { ja: '準備中…', en: 'Starting…' },
  startHint: {
    ja: 'ボタンひとつで始まります。途中で何かが落ちても、録った分は残ります。',
    en: 'One press starts it. If anything crashes, what was recorded is kept.',
  },
  practiceRun: { ja: '練習として録音する', en: 'Practice run' },
  practiceHint: {
    ja: '本番とまったく同じ手順で数分録音し、「練習」の予定としてライブラリに保存します。',
    en: 'Records a few minutes exactly like the real thing and keeps it in the library as a practice event.',
  },
  practiceBadge: { ja: '練習', en: 'Practice' },
  rehearsal: { ja: 'リハーサル', en: 'Rehearsal' },
  rehearsalLead: {
    ja: '本番の前に、マイクと音量を確かめましょう。',
    en: 'Check the microphone and the level before the interview.',
  },
  microphone: { ja: 'マイク', en: 'Microphone' },
  defaultMicrophone: { ja: '既定のマイク', en: 'Default microphone' },
  openMicrophone: { ja: 'マイクを準備する', en: 'Get the microphone ready' },
  level: { ja: '入力レベル', en: 'Input level' },
  levelMe: { ja: '自分（マイク）', en: 'You (microphone)' },
  levelThem: { ja: '相手（共有した音）', en: 'Them (shared audio)' },
  testRecord: { ja: '10 秒テスト録音', en: '10-second test' },
  testRecording: (left: number) => ({ ja: `テスト録音中… あと ${left} 秒`, en: `Test recording… ${left} s left` }),
  testPlaying: { ja: '再生中…', en: 'Playing…' },
  playAgain: { ja: 'もう一度聞く', en: 'Play again' },
  stopPlayback: { ja: '再生を止める', en: 'Stop playback' },
  testFine: (db: number) => ({
    ja: `問題ありません（話し声の音量 ${db} dBFS）。`,
    en: `Sounds fine (speech level ${db} dBFS).`,
  }),
  testNotKept: { ja: 'テスト録音は保存されません。', en: 'The test is not kept.' },
  expectedLength: { ja: '予定の長さ', en: 'Expected length' },
  minutes: (minutes: number) => ({
    ja: minutes >= 60 ? `${minutes / 60} 時間` : `${minutes} 分`,
    en: minutes >= 60 ? `${minutes / 60} h` : `${minutes} min`,
  }),
  diskEnough: (hours: string) => ({
    ja: `空き容量は十分です（約 ${hours} 時間分）。`,
    en: `Enough free disk space (about ${hours} hours).`,
  }),
  diskLow: (needed: string, free: string, minutes: number) => ({
    ja: `空き容量が足りません。予定の長さには約 ${needed} 必要ですが、空きは ${free}（約 ${minutes} 分分）です。不要なファイルを削除してください。`,
    en: `Not enough free disk space: about ${needed} is needed, ${free} is free (about ${minutes} minutes). Delete files you do not need.`,
  }),
  processing: { ja: '音声処理（通常はオフ）', en: 'Voice processing (normally off)' },
  processingHint: {
    ja: 'オフのままにすると、話す速さや抑揚を正確に分析できます。相手の声がスピーカーから回り込んで響くときだけ、エコー除去をオンにしてください。',
    en: 'Leave them off so pace and intonation can be analysed faithfully. Turn echo cancellation on only if their voice echoes back from your speakers.',
  },
  echoCancellation: { ja: 'エコー除去', en: 'Echo cancellation' },
  noiseSuppression: { ja: 'ノイズ抑制', en: 'Noise suppression' },
  autoGainControl: { ja: '自動音量調整', en: 'Automatic gain' },
  recordingNow: { ja: '録音中', en: 'Recording' },
  pausedNow: { ja: '一時停止中', en: 'Paused' },
  interruptedNow: { ja: '中断中', en: 'Interrupted' },
  stoppingNow: { ja: '保存しています…', en: 'Saving…' },
  elapsed: { ja: '録音時間', en: 'Recorded' },
  stop: { ja: '停止して保存', en: 'Stop and save' },
  pause: { ja: '一時停止', en: 'Pause' },
  resume: { ja: '再開', en: 'Resume' },
  bookmark: { ja: 'しおり', en: 'Bookmark' },
  bookmarkCount: (count: number) => ({ ja: `しおり ${count} 件`, en: `${count} bookmark${count === 1 ? '' : 's'}` }),
  bookmarkAdded: (at: number) => ({
    ja: `${formatDuration(at)} にしおりを付けました`,
    en: `Bookmarked ${formatDuration(at)}`,
  }),
  dim: { ja: '画面を暗くする', en: 'Dim the screen' },
  undim: { ja: 'クリックまたは Esc で元に戻す', en: 'Click or press Esc to undim' },
  hotkeys: {
    ja: 'キー操作: B しおり ・ P 一時停止／再開 ・ D 画面を暗くする',
    en: 'Keys: B bookmark · P pause/resume · D dim the screen',
  },
  savedUpTo: (ms: number) => ({ ja: `保存済み ${formatDuration(ms)}`, en: `Saved ${formatDuration(ms)}` }),
  pending: (ms: number) => ({
    ja: `未送信 ${seconds(ms)} 秒（このブラウザ内に保存中）`,
    en: `${seconds(ms)} s not sent yet (kept in this browser)`,
  }),
  allSaved: { ja: 'すべてサーバーに保存済み', en: 'Everything is on the server' },
  continued: (count: number) => ({
    ja: `サーバーが録音を途中で保存したため、続きは新しい録音として保存しています（${count + 1} 本目）。`,
    en: `The server had saved the recording early; the rest is saved as a new recording (part ${count + 1}).`,
  }),
  backgroundReturn: (ms: number) => ({
    ja: `このタブが裏にあった間（${formatDuration(ms)}）も録音は続いていました。`,
    en: `Recording continued while this tab was in the background (${formatDuration(ms)}).`,
  }),
  silent: {
    ja: '15 秒以上、マイクに音が入っていません。ミュートになっていませんか？',
    en: 'No sound from the microphone for over 15 seconds. Is it muted?',
  },
  stopping: { ja: '最後の音声を送って保存しています…', en: 'Sending the last audio and saving…' },
  stoppingWaiting: {
    ja: 'サーバーに届くまで待っています。このページを閉じても、次に furikaeri を開いたときに送って保存します。',
    en: 'Waiting for the server. If you close this page, it is sent and saved the next time you open furikaeri.',
  },
  savedTitle: { ja: '保存しました', en: 'Saved' },
  notSavedTitle: { ja: '録音は保存されていません', en: 'Nothing was saved' },
  practiceSaved: {
    ja: '練習録音として、ライブラリの「練習」の予定に保存しました。',
    en: 'Saved as a practice recording, in a practice event in the library.',
  },
  openRecording: { ja: '予定のページで聞く', en: 'Listen on the event page' },
  recordAgain: { ja: 'もう一度録音する', en: 'Record again' },
  notesTitle: { ja: 'メモ', en: 'Notes' },
  notesOffer: {
    ja: '覚えているうちに、聞かれたことや気づいたことを書き残しませんか？ あとで予定のページから書くこともできます。',
    en: 'Write down what you were asked and what you noticed while you remember? You can also do it later on the event page.',
  },
  notesNow: { ja: '今すぐ書く', en: 'Write now' },
  notesLater: { ja: 'あとで書く', en: 'Later' },
  notesLabel: { ja: 'この予定のメモ', en: 'Notes for this event' },
  notesSave: { ja: 'メモを保存', en: 'Save notes' },
  notesSaved: { ja: 'メモを保存しました', en: 'Notes saved' },
  bookmarks: { ja: 'しおり', en: 'Bookmarks' },
  leftoversSending: {
    ja: '前回の録音のうち、まだ送っていなかった分を送っています…',
    en: 'Sending audio a previous recording had not sent yet…',
  },
  leftoversSaved: (name: string) => ({
    ja: `前回中断した録音を保存しました: ${name}`,
    en: `A recording that was interrupted has been saved: ${name}`,
  }),
  leftoversDropped: (ms: number) => ({
    ja: `その録音はサーバー側ですでに保存されていたため、最後の ${seconds(ms)} 秒分は追加できませんでした。`,
    en: `That recording had already been saved by the server, so its last ${seconds(ms)} s could not be added.`,
  }),
  leftoversOpen: { ja: '開く', en: 'Open' },
  leftoversPractice: (question: string) => ({
    ja: `練習の回答として記録し、測りました: 「${question}」`,
    en: `Kept and measured as your practice answer to: “${question}”`,
  }),
} satisfies Record<string, Text | Message[]>;
