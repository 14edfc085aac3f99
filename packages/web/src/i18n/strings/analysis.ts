import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the analysis on the review page: summary, Q/A cards, measures, flags, sections per mode. */
export const analysisText = {
  loading: { ja: '分析しています…', en: 'Analysing…' },
  failed: { ja: '分析結果を読み込めませんでした。', en: 'The analysis could not be loaded.' },
  summaryTitle: { ja: 'まとめ', en: 'Summary' },
  focusTitle: { ja: 'まず取り組むこと', en: 'Work on these first' },
  noFocus: { ja: '目立った課題はありませんでした。', en: 'Nothing stood out to work on.' },
  talkShare: { ja: '自分の発話の割合', en: 'My share of talk' },
  questionCount: { ja: '質問', en: 'Questions' },
  answered: (count: number) => ({ ja: `うち回答 ${count}`, en: `${count} answered` }),
  flagged: { ja: '要確認の回答', en: 'Flagged answers' },
  notesTitle: { ja: '測れなかったこと', en: 'What could not be measured' },
  cardsTitle: { ja: '質問ごとの振り返り', en: 'Question by question' },
  noQuestions: { ja: '質問は見つかりませんでした。', en: 'No questions were found.' },
  questionLabel: (index: number) => ({ ja: `Q${index}`, en: `Q${index}` }),
  followUpOf: (label: string) => ({ ja: `${label} の深掘り`, en: `Follow-up of ${label}` }),
  showFollowed: (label: string) => ({ ja: `${label} のカードへ移動`, en: `Go to the card of ${label}` }),
  whyCategory: { ja: 'なぜこの分類？', en: 'Why this category?' },
  jump: { ja: 'この場面へ', en: 'Jump' },
  jumpTo: (time: string) => ({ ja: `${time} の場面へ移動して再生位置を合わせる`, en: `Jump the player to ${time}` }),
  myAnswer: { ja: '自分の回答', en: 'My answer' },
  noAnswer: {
    ja: '自分の回答はありませんでした（他の人への質問か、話が移りました）。',
    en: 'No answer from me (the question went to someone else, or the talk moved on).',
  },
  measures: { ja: '話し方の測定値', en: 'Delivery measures' },
  normsTitle: { ja: '目安を見る', en: 'Show the norms' },
  feedbackTitle: { ja: 'アドバイス', en: 'Feedback' },
  myQuestionsTitle: { ja: '自分からの質問（逆質問）', en: 'My questions (逆質問)' },
  theirAnswer: { ja: '相手の回答', en: 'Their answer' },
  noTheirAnswer: { ja: '回答は記録されていません。', en: 'No answer was recorded.' },
  answeredInstead: (category: string) => ({
    ja: `回答の話題: ${category}`,
    en: `The answer talked about: ${category}`,
  }),
  evidenceWords: (words: string) => ({ ja: `判断した言葉: ${words}`, en: `Words that decided it: ${words}` }),
  estimatedTiming: {
    ja: 'テキストの取り込みのため、時間は推定です。',
    en: 'Imported text: the times are estimates.',
  },
} satisfies Record<string, Text>;

/** The measure chips: a label for each measure and the verdict in words (never colour alone). */
export const measureText = {
  duration: { ja: '長さ', en: 'Length' },
  pace: { ja: '話す速さ', en: 'Pace' },
  fillers: { ja: 'フィラー', en: 'Fillers' },
  pauses: { ja: '2秒以上の間', en: 'Pauses > 2 s' },
  latency: { ja: '話し始め', en: 'Start' },
  intonation: { ja: '抑揚', en: 'Intonation' },
  monotone: { ja: '単調', en: 'Monotone' },
  fillerCount: (count: number) => ({ ja: `${count}回`, en: `${count}×` }),
  pauseCount: (count: number) => ({ ja: `${count}回`, en: `${count}` }),
  ok: { ja: '目安内', en: 'within norm' },
  low: { ja: '少なめ・遅め', en: 'below norm' },
  high: { ja: '多め・速め', en: 'above norm' },
  info: { ja: '参考', en: 'for reference' },
} satisfies Record<string, Text>;

/** Relevance flags: what each means, in plain words, before the report's own reason. */
export const flagText = {
  off_topic: { ja: '質問からずれています', en: 'Off the question' },
  off_topicHelp: {
    ja: '聞かれたことと違う話をしていた可能性があります。',
    en: 'The answer may have talked about something other than what was asked.',
  },
  no_concrete_example: { ja: '具体例がありません', en: 'No concrete example' },
  no_concrete_exampleHelp: {
    ja: 'エピソード（いつ・何を・どうした・数字）が見当たりませんでした。',
    en: 'No episode was found (when, what you did, a number).',
  },
} satisfies Record<string, Text>;

/** Group discussions and conversations (OB/OG visits, 座談会). */
export const modeText = {
  groupTitle: { ja: 'グループディスカッション', en: 'Group discussion' },
  participant: { ja: '参加者', en: 'Participant' },
  speakingTime: { ja: '発話時間', en: 'Speaking time' },
  share: { ja: '割合', en: 'Share' },
  turns: { ja: '発言回数', en: 'Turns' },
  interruptions: { ja: '割り込み', en: 'Interruptions' },
  interrupted: { ja: '割り込まれ', en: 'Interrupted' },
  myShare: (mine: string, equal: string) => ({
    ja: `自分の割合 ${mine}（均等なら ${equal}）`,
    en: `My share ${mine} (an equal share is ${equal})`,
  }),
  othersIdeas: { ja: '他の人のアイデア', en: 'Others’ ideas' },
  keyPoints: { ja: '要点', en: 'Key points' },
  conversationTitle: { ja: '聞けたこと', en: 'What you learned' },
  facts: { ja: '会社・仕事についての事実', en: 'Facts about the company and the work' },
  noFacts: { ja: '事実は見つかりませんでした。', en: 'No facts were found.' },
  othersQuestions: { ja: '他の参加者の質問', en: 'Other participants’ questions' },
  kind: {
    proposal: { ja: '提案', en: 'Proposal' },
    opinion: { ja: '意見', en: 'Opinion' },
    conclusion: { ja: '結論', en: 'Conclusion' },
    fact: { ja: '事実', en: 'Fact' },
    number: { ja: '数字', en: 'Number' },
    culture: { ja: '社風', en: 'Culture' },
    work: { ja: '仕事内容', en: 'Work' },
    selection: { ja: '選考', en: 'Selection' },
    advice: { ja: 'アドバイス', en: 'Advice' },
  },
} as const;
