import type { Message } from '@furikaeri/core';
import { prepText } from './prep';

/** Texts of spoken practice answers and the progress charts (practice mode, #17 item 5). */
export const practiceText = {
  recordAnswer: { ja: '話して答える（録音）', en: 'Answer aloud (record)' },
  stopRecording: { ja: '録音を止めて分析', en: 'Stop and analyse' },
  starting: { ja: 'マイクを準備しています…', en: 'Opening the microphone…' },
  recordingNow: (seconds: number) => ({ ja: `録音中 ${seconds}秒`, en: `Recording ${seconds} s` }),
  saving: { ja: '録音を保存しています…', en: 'Saving the recording…' },
  kept: {
    ja: '声の回答は、録音と同じく暗号化して保管されます（ライブラリでは「回答練習（練習モード）」の練習として表示）。',
    en: 'Spoken answers are kept encrypted like every recording (in the library, as the practice event of the day).',
  },
  tooShort: {
    ja: '録音が短すぎて保存されませんでした（1 秒未満）。',
    en: 'The take was too short to keep (under 1 s).',
  },
  orType: { ja: 'または入力して答える', en: 'Or type your answer' },
  analysing: { ja: '録音を分析しています…', en: 'Analysing the recording…' },
  spokenResult: { ja: '声の回答', en: 'Spoken answer' },
  take: { ja: '録音の長さ', en: 'Take' },
  answerLength: { ja: '回答の長さ（話し始め〜話し終わり）', en: 'Answer (first to last word)' },
  speaking: { ja: '話していた時間', en: 'Speaking' },
  silence: { ja: '無音', en: 'Silence' },
  leadIn: { ja: '話し始めるまで', en: 'Before the first word' },
  pauses: (count: number, longest: number) =>
    count === 0
      ? { ja: '2 秒以上の間なし', en: 'no pause of 2 s or more' }
      : {
          ja: `2 秒以上の間 ${count}回（最長 ${longest}秒）`,
          en: `${count} pause(s) of 2 s or more (longest ${longest} s)`,
        },
  intonation: { ja: '抑揚', en: 'Intonation' },
  intonationValue: (pvq: number, semitones: number, monotone: boolean) => ({
    ja: `PVQ ${pvq}（${monotone ? '単調ぎみ' : '抑揚あり'}）・声の高さの幅 ${semitones} 半音`,
    en: `PVQ ${pvq} (${monotone ? 'rather monotone' : 'varied'}) · pitch range ${semitones} semitones`,
  }),
  noIntonation: { ja: '声が短く、抑揚は測れませんでした', en: 'Too little voice to measure intonation' },
  lengths: { ...prepText.lengths, silent: { ja: '声がありません', en: 'no speech' } } satisfies Record<string, Message>,
  seconds: (ms: number) => {
    const value = Math.round(ms / 100) / 10;
    return { ja: `${value}秒`, en: `${value} s` };
  },
  selected: (n: number, when: string, spoken: boolean, measure: string, value: string) => ({
    ja: `${n}回目（${when}・${spoken ? '声' : '入力'}）: ${measure} ${value}`,
    en: `Attempt ${n} (${when}, ${spoken ? 'spoken' : 'typed'}): ${measure} ${value}`,
  }),
  transcript: { ja: '文字起こし', en: 'Transcript' },
  moraePerMinute: { ja: 'モーラ/分', en: 'morae/min' },
  states: {
    pending: {
      ja: '文字起こし中です。終わると速さ・フィラー・ポイントを採点します。',
      en: 'Transcribing. Pace, fillers and key points follow when it is done.',
    },
    no_model: {
      ja: '音声認識モデルがないため、文字起こしはしていません。録音は保管してあり、上の長さ・間・抑揚は測れています。速さ（字/分・モーラ/分）・フィラー・言えたポイントは、設定でモデルを入れてから「文字起こしして再分析」で出せます。',
      en: 'No speech model is installed, so nothing was transcribed. The recording is kept and its length, pauses and intonation are measured above. Pace (chars and morae per minute), fillers and key points come once you install a model in the settings and press “Transcribe and re-analyse”.',
    },
    not_transcribed: {
      ja: '音声認識モデルが使えるようになりました。この録音を文字起こしして採点できます。',
      en: 'A speech model is available now: this take can be transcribed and scored.',
    },
    audio_deleted: {
      ja: '録音は削除済みです（測った値は残っています）。',
      en: 'The recording was deleted (its measures are kept).',
    },
    done: { ja: '文字起こしから採点しました。', en: 'Scored from the transcript.' },
    failed: {
      ja: '録音を変換できませんでした。ライブラリの「回答練習（練習モード）」から再試行できます。',
      en: 'The recording could not be decoded. Retry it from the day’s practice event in the library.',
    },
  } satisfies Record<string, Message>,
  reanalyse: { ja: '文字起こしして再分析', en: 'Transcribe and re-analyse' },
  reanalyseAll: (count: number) => ({
    ja: `モデルなしで録った ${count}件を文字起こしして再分析`,
    en: `Transcribe and re-analyse ${count} take(s) recorded without a model`,
  }),
  overall: { ja: 'これまでの練習（すべての質問）', en: 'All practice so far (every question)' },
  metric: { ja: '表示する値', en: 'Show' },
  metrics: {
    length: { ja: '長さ（目安に対する割合）', en: 'Length (share of the target)' },
    coverage: { ja: '言えたポイント（割合）', en: 'Key points made (share)' },
    fillers: { ja: 'フィラー（回数）', en: 'Fillers (count)' },
    pace: { ja: '速さ（字/分）', en: 'Pace (chars/min)' },
  } satisfies Record<string, Message>,
  chartHelp: {
    ja: '点を選ぶと（Tab・←→キー）その回の値を表示します。',
    en: 'Select a point (Tab, ← →) to see that attempt.',
  },
  noValue: { ja: '値なし', en: 'no value' },
  asTable: { ja: '表で見る（すべての値）', en: 'As a table (every measure)' },
  when: { ja: '日時', en: 'When' },
  spokenKind: { ja: '声', en: 'spoken' },
  typedKind: { ja: '入力', en: 'typed' },
} as const;
