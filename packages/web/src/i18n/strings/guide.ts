import type { Message } from '@furikaeri/core';

/** The tone of a guide section: what is fine, what must not happen, what to do, what furikaeri does. */
export type GuideTone = 'ok' | 'never' | 'ask' | 'protect' | 'help';

export interface GuideSection {
  id: string;
  tone: GuideTone;
  title: Message;
  paragraphs: Message[];
  /** Points listed after the paragraphs. */
  points?: Message[];
  /** Show the polite phrase for asking permission. */
  askPhrase?: boolean;
}

export const guideText = {
  title: { ja: '録音の扱い方ガイド', en: 'Recording guide' },
  lead: {
    ja: '面接の録音は、あなた自身の振り返りのためのものです。安心して使うために、次のことを守りましょう。',
    en: 'Interview recordings are for your own review. To use them safely, keep to the following.',
  },
  disclaimer: {
    ja: 'この説明は一般的な情報で、法律相談ではありません。ご自身の状況については、弁護士や公的な相談窓口にご相談ください。',
    en: 'This is general information, not legal advice. For your own situation, ask a lawyer or a public counselling service.',
  },
  backToLibrary: { ja: 'ライブラリに戻る', en: 'Back to the library' },
} satisfies Record<string, Message>;

export const GUIDE_SECTIONS: GuideSection[] = [
  {
    id: 'own-review',
    tone: 'ok',
    title: { ja: '自分の振り返りのための録音は問題ありません', en: 'Recording for your own review is fine' },
    paragraphs: [
      {
        ja: '自分が参加している面接を、自分の振り返りのために録音すること自体は、法律で禁止されていません。',
        en: 'Recording an interview you take part in, for your own review, is not against the law in itself.',
      },
      {
        ja: '聞かれたことや自分の答えを正確に思い出し、次の面接に備えるために使いましょう。',
        en: 'Use it to remember exactly what was asked and what you answered, and to prepare for the next round.',
      },
    ],
  },
  {
    id: 'never-share',
    tone: 'never',
    title: { ja: '公開しない・渡さない・漏らさない', en: 'Never publish, hand over or leak it' },
    paragraphs: [
      {
        ja: 'SNS や動画サイトへの投稿、ほかの人に渡したり聞かせたりすること（友人や家族であっても）、うっかり流出させることは、名誉毀損やプライバシーの侵害にあたるおそれがあります。',
        en: 'Posting it on social media or video sites, handing it to or playing it for anyone else — even friends or family — or letting it leak can amount to defamation or invasion of privacy.',
      },
      {
        ja: '面接官の声・名前・話した内容は、相手の情報でもあります。文字起こしや一部の抜き出しも同じように扱ってください。',
        en: 'The interviewer’s voice, name and words are their information too. Treat transcripts and excerpts the same way.',
      },
    ],
  },
  {
    id: 'ask-first',
    tone: 'ask',
    title: { ja: '面接の前に許可を求める', en: 'Ask before the interview' },
    paragraphs: [
      {
        ja: '始まる前に、ひと言たずねましょう。たとえば次のように伝えます。',
        en: 'Ask briefly before you start, for example:',
      },
    ],
    askPhrase: true,
    points: [
      {
        ja: '断られたら、録音はしません。相手の意思を尊重しましょう。',
        en: 'If they decline, do not record. Respect their wish.',
      },
      {
        ja: 'furikaeri では、予定の「録音の許可」を「録音を断られた」にすると録音を取り込めなくなります。代わりにメモを残しましょう。',
        en: 'In furikaeri, an event whose permission is “declined” accepts no recording. Keep notes instead.',
      },
    ],
  },
  {
    id: 'protection',
    tone: 'protect',
    title: { ja: 'furikaeri が録音を守るためにしていること', en: 'How furikaeri protects your recordings' },
    paragraphs: [],
    points: [
      {
        ja: 'すべてこのパソコンの中に保存します。インターネットには送信しません。',
        en: 'Everything stays on this computer. Nothing is sent over the internet.',
      },
      {
        ja: '録音と記録は、あなたのパスフレーズで暗号化して保存します。ロック中は誰も開けません。',
        en: 'Recordings and notes are encrypted with your passphrase. While locked, nobody can open them.',
      },
      {
        ja: '共有の機能はありません。SNS への投稿も、共有リンクの発行もできません。',
        en: 'There are no sharing features: no posting to social media, no share links.',
      },
      {
        ja: '例外は「証拠用パッケージ」だけです。まれなハラスメントの場合に相談先へ提出するためのもので、暗号化されていない元の録音を含みます。書き出す前に必ず確認画面が出ます。',
        en: 'The one exception is the evidence package, for the rare case of harassment. It contains the original recording unencrypted, and a warning is always shown before it is exported.',
      },
    ],
  },
  {
    id: 'harassment',
    tone: 'help',
    title: { ja: 'ハラスメントを受けたとき', en: 'If you were harassed' },
    paragraphs: [
      {
        ja: '一人で抱え込まず、弁護士や、都道府県労働局の総合労働相談コーナーなどの公的な相談窓口に相談してください。',
        en: 'Do not carry it alone: talk to a lawyer, or a public counselling service such as the Labour Bureau’s general labour consultation corner (総合労働相談コーナー).',
      },
      {
        ja: '録音が必要になったら、その録音の「証拠用に書き出す」から、改変がないことを第三者が確かめられる形で書き出せます。渡すのは相談先だけにしてください。',
        en: 'If the recording is needed, “Export as evidence” writes it in a form others can check for changes. Give it only to the people advising you.',
      },
    ],
  },
];
