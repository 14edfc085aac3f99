import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the delivery charts (titles, norm labels, the columns of their hidden tables). */
export const chartText = {
  answer: { ja: '回答', en: 'Answer' },
  speaker: { ja: '話者', en: 'Speaker' },
  paceTitle: { ja: '回答ごとの話す速さ（字/分）', en: 'Pace per answer (chars/min)' },
  paceValue: { ja: '速さ', en: 'Pace' },
  paceBand: (slow: number, fast: number) => ({ ja: `目安 ${slow}〜${fast}字/分`, en: `Norm ${slow}–${fast}/min` }),
  paceTarget: (target: number) => ({ ja: `目標 ${target}字/分（NHK）`, en: `Target ${target}/min (NHK)` }),
  fillersTitle: { ja: '回答ごとのフィラー（回/分・回数）', en: 'Fillers per answer (/min, count)' },
  fillersValue: { ja: 'フィラー', en: 'Fillers' },
  fillersLine: (ok: number) => ({ ja: `${ok}回/分まで`, en: `up to ${ok}/min` }),
  shareTitle: { ja: '発話の割合', en: 'Talk share' },
  shareValue: { ja: '割合', en: 'Share' },
  shareBand: (min: number, max: number) => ({
    ja: `自分の目安 ${Math.round(min)}〜${Math.round(max)}%`,
    en: `My norm ${Math.round(min)}–${Math.round(max)} %`,
  }),
  pitchTitle: { ja: '回答ごとの抑揚（PVQ）', en: 'Pitch variation per answer (PVQ)' },
  pitchLine: (pvq: number) => ({ ja: `${pvq} 未満は単調`, en: `below ${pvq}: monotone` }),
  pitchMissing: {
    ja: '抑揚のグラフは録音の音声があるときに表示されます（この文字起こしでは測れませんでした）。',
    en: 'The pitch chart needs the recording’s audio (it could not be measured for this transcript).',
  },
} satisfies Record<string, Text>;
