import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** The user's own names in transcripts (settings) and remembering a pick (review), issue #18. */
export const ownNamesText = {
  title: { ja: '文字起こしでの私の名前', en: 'My name in transcripts' },
  lead: {
    ja: 'Zoom・Teams・Meet の文字起こしに出るあなたの名前です。この名前の話者を「自分」と推定します（集団面接・GD・座談会でも）。漢字とローマ字など、いくつでも書き方を登録できます（10個まで）。全角・半角、空白、姓名の順、「(ゲスト)」などは区別しません。名字だけ・名前だけでは一致させません。',
    en: 'Your name as Zoom, Teams and Meet transcripts show it. A speaker with this name is guessed to be you, in group interviews, discussions and roundtables too. Add each spelling you use (kanji, romaji; up to 10). Width, spaces, name order and suffixes such as "(Guest)" do not matter; a family or given name alone never matches.',
  },
  none: {
    ja: 'まだ登録されていません。レビューで自分の話者を選ぶと、その名前がここに加わります。',
    en: 'None yet. When you pick your own speaker in a review, its name is added here.',
  },
  addLabel: { ja: '名前を追加', en: 'Add a name' },
  placeholder: { ja: '例: 佐藤 一郎 / Ichiro Sato', en: 'e.g. Ichiro Sato / 佐藤 一郎' },
  add: { ja: '追加', en: 'Add' },
  removeShort: { ja: '削除', en: 'Remove' },
  remove: (name: string) => ({ ja: `「${name}」を削除`, en: `Remove "${name}"` }),
  saved: { ja: '保存しました', en: 'Saved' },
  remember: {
    ja: 'この名前を覚えて、次からの文字起こしでも自分と推定する',
    en: 'Remember this name and guess it as me in later transcripts',
  },
  rememberHint: {
    ja: '覚えた名前は 設定 ›「文字起こしでの私の名前」で見直せます。「話者3」「Speaker 3」のような番号は覚えません。',
    en: 'Remembered names are listed under Settings › “My name in transcripts”. Numbered labels such as “Speaker 3” are never remembered.',
  },
} satisfies Record<string, Text>;
