import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the search box in the header and the search page. */
export const searchText = {
  label: { ja: '録音とメモを検索', en: 'Search recordings and notes' },
  placeholder: { ja: '検索（/ キー）', en: 'Search (/ key)' },
  submit: { ja: '検索', en: 'Search' },
  title: { ja: '検索', en: 'Search' },
  resultsFor: (query: string) => ({ ja: `「${query}」の検索結果`, en: `Results for “${query}”` }),
  lead: {
    ja: 'すべての文字起こし、予定のメモ、質問ごとのメモから探します。結果を選ぶと、その場面から再生できます。',
    en: 'Searches every transcript, event note and question note. Choose a hit to play from that moment.',
  },
  empty: { ja: '探したい言葉を入力してください。', en: 'Type what you are looking for.' },
  nothing: (query: string) => ({
    ja: `「${query}」は見つかりませんでした。言い方を変えて試してください。`,
    en: `Nothing found for “${query}”. Try other words.`,
  }),
  summary: (hits: number, events: number) => ({
    ja: `${events}件の予定で ${hits}件見つかりました`,
    en: `${hits} hit${hits === 1 ? '' : 's'} in ${events} event${events === 1 ? '' : 's'}`,
  }),
  truncated: {
    ja: '一致が多いため、上位の結果だけを表示しています。言葉を足して絞り込んでください。',
    en: 'Many matches: only the top results are shown. Add words to narrow it down.',
  },
  kindSegment: { ja: '発言', en: 'Transcript' },
  kindEventNote: { ja: '予定のメモ', en: 'Event note' },
  kindQuestionNote: { ja: '質問メモ', en: 'Question note' },
  playAt: (time: string) => ({ ja: `${time} から再生`, en: `Play from ${time}` }),
  openEvent: { ja: '予定を開く', en: 'Open the event' },
} satisfies Record<string, Text>;
