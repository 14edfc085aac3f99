/**
 * Deterministic Japanese interview-like text for benchmarks: questions for the interviewer, answers with
 * fillers for the candidate, built from word lists so that the vocabulary (and the trigram index) is varied
 * the way real transcripts are, rather than a few sentences repeated a million times.
 */
// biome-ignore format: a word list reads better in lines than one word per line.
const NOUNS = [
  '志望動機', '自己紹介', '学生時代', '研究室', 'アルバイト', 'サークル', '部活動', 'インターン', '前職', '現職', 'チーム', 'プロジェクト', 'リーダー', 'メンバー', 'お客様',
  '営業', '開発', '設計', 'テスト', '運用', '決済システム', 'データ分析', '機械学習', 'クラウド', 'インフラ', 'セキュリティ', 'モバイルアプリ', 'ウェブサービス', '品質',
  '納期', '予算', '売上', '目標', '課題', '改善', '提案', '調整', '交渉', '会議', '資料', '強み', '弱み', '長所', '短所', '経験', '失敗', '成功', '挑戦',
  '成長', '学び', '価値観', '将来', 'キャリア', '転職', '退職理由', '年収', '残業', '働き方', 'リモート', '福利厚生', '研修', '配属', '御社', '業界', '競合',
  '事業', '製品', 'サービス', '市場', '顧客', '戦略', '組織', '文化', '理念', '上司', '先輩', '後輩', '同僚', '取引先', '海外', '英語', '資格', '数字',
  '成果', '評価', '責任',
];
const RARE_NOUNS = ['移行プロジェクト', 'コミュニケーション能力', 'ハッカソン', '留学経験', '簿記二級', '障害対応'];
// biome-ignore format: a word list reads better in lines than one word per line.
const PREDICATES = [
  'を担当しておりました', 'に力を入れてきました', 'について考えるようになりました', 'を改善しました', 'で苦労しました', 'を大切にしています', 'に関心があります', 'を学びました', 'を任されました',
  'を提案しました', 'に取り組みました', 'を経験しました', 'を意識しています', 'が課題でした', 'を見直しました', 'で成果を出しました', 'に貢献したいと考えています', 'を活かせると思います',
  'を調べてきました',
];
const FILLERS = ['', '', '', 'えーと、', 'あのー、', 'そうですね、', 'えー、', 'まあ、'];
const CONNECTORS = ['', 'そのため、', 'その中で、', '具体的には、', '特に、', '一方で、', '結果として、'];
// biome-ignore format: a word list reads better in lines than one word per line.
const QUESTION_FORMS = [
  'について教えていただけますか。', 'で一番苦労したことは何ですか。', 'についてどう考えていますか。', 'を選んだ理由は何でしょうか。', 'について具体的なエピソードはありますか。', 'はどのくらいの規模でしたか。',
  'で学んだことを教えてください。', 'について、もう少し詳しくお聞きしてもよろしいですか。',
];

/** A small, fast PRNG (mulberry32): the same seed gives the same library every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function noun(next: () => number): string {
  return next() < 0.01 ? pick(RARE_NOUNS, next) : pick(NOUNS, next);
}

export function interviewerLine(next: () => number): string {
  const lead = next() < 0.4 ? pick(['ありがとうございます。', 'なるほど。', 'では、', 'ちなみに、'], next) : '';
  return `${lead}${noun(next)}${pick(QUESTION_FORMS, next)}`;
}

export function answerLine(next: () => number): string {
  const sentences = 1 + Math.floor(next() * 3);
  let text = '';
  for (let i = 0; i < sentences; i++) {
    const number = next() < 0.2 ? `${1 + Math.floor(next() * 30)}名の` : '';
    text += `${pick(FILLERS, next)}${pick(CONNECTORS, next)}${number}${noun(next)}${pick(PREDICATES, next)}。`;
  }
  return text;
}
