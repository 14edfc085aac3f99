import type { Message } from '@furikaeri/core';

/** A long text box's count against its limit, and what to do once over it (nothing is ever cut off). */
export const textLimitText = {
  count: (length: number, limit: number): Message => ({
    ja: `${length.toLocaleString('ja-JP')} / ${limit.toLocaleString('ja-JP')}字`,
    en: `${length.toLocaleString('en-US')} / ${limit.toLocaleString('en-US')} characters`,
  }),
  over: (over: number, limit: number): Message => ({
    ja: `${limit.toLocaleString('ja-JP')}字を${over.toLocaleString('ja-JP')}字超えています。保存するには短くしてください（入力したものはそのまま残してあります）。`,
    en: `${over.toLocaleString('en-US')} characters over the ${limit.toLocaleString('en-US')}-character limit. Shorten it to save (nothing you typed or pasted was cut).`,
  }),
};
