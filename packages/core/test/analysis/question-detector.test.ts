import { describe, expect, it } from 'vitest';
import { detectQuestion } from '../../src/analysis/questions/question-detector';

describe('question detection (one sentence of the company side)', () => {
  it.each([
    ['一番苦労したことは何ですか。', 'sentence_final'],
    ['転職を考えられた理由を教えていただけますか。', 'sentence_final'],
    ['なぜ当社なんでしょう。', 'sentence_final'],
    ['配属の希望が通らないこともありますが、その点はどうでしょうか', 'sentence_final'],
    ['それで数字って変わりました？', 'question_mark'],
    ['まずは一分程度で自己紹介をお願いします。', 'request'],
    ['志望動機を教えてください。', 'request'],
    ['学生時代の経験をお聞かせください。', 'request'],
    ['日本国内のコーヒーチェーンの市場規模を推定してください。', 'request'],
    ['では、自己紹介をよろしくお願いします。', 'request'],
    ['最後に、何か質問はありますか。', 'reverse_prompt'],
    ['他に何か聞きたいことありますか？', 'reverse_prompt'],
    ['最後にもう一つだけ質問を受け付けます。', 'reverse_prompt'],
    ['Do you have any questions for us?', 'reverse_prompt'],
    ['最後に何かありますか。', 'reverse_prompt'],
    ['Tell me about a time you had to deal with a difficult stakeholder.', 'request'],
    ['どういった点で当社を選ばれたの', 'interrogative'],
    ['それで、その後の売上は。', 'elliptical'],
    ['前の会社を選んだ決め手は', 'elliptical'],
    ['今担当されているプロダクトについて簡単に', 'elliptical'],
    ['差し支えなければ前職の退職理由を', 'elliptical'],
    ['お客様の反応はどうでした', 'interrogative'],
    ['テーマは、駅前の活性化策です。', 'request'],
    ['休日の過ごし方とかってあったりします', 'elliptical'],
    ['鈴木さんから何かありますか', 'reverse_prompt'],
    ['ほかに聞いておきたいことは', 'reverse_prompt'],
    ['聞き残したことはございませんか', 'reverse_prompt'],
  ] as const)('「%s」 is a question (%s)', (sentence, cue) => {
    expect(detectQuestion(sentence)?.cue).toBe(cue);
  });

  it.each([
    'よろしくお願いします。',
    'はい、よろしくお願いいたします。',
    '本日はよろしくお願いいたします。',
    'そうですか。',
    'あ、そうなんですか。',
    '聞こえていますでしょうか。',
    '画面は見えていますか。',
    '少々お待ちください。',
    '最初に、僕から会社の説明を少しさせてください。',
    '結果は一週間以内にご連絡します。',
    'それは大変でしたね。',
    'ユーザーインタビューとか',
    'まあ平均で九割くらいかな。',
    'Thank you for joining today.',
    '人事部の佐々木です本日はどうぞよろしくお願いします',
    'せっかくの機会なので、気軽に何でも質問してください。',
    'ご質問はチャットか挙手でお願いします',
    '最終面接ではなぜ今の会社を辞めるのかを必ず聞かれます。',
    '面接官は何を学んだかをよく見ていると思う',
    '困ったらいつでも相談してね',
    '選考の話はまた今度',
    'それでは。',
    'ありがとうございますとても参考になりましたと思って',
  ])('「%s」 is not a question', (sentence) => {
    expect(detectQuestion(sentence)).toBeNull();
  });
});
