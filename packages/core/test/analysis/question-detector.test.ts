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
    // Bare drill-downs and casual forms (third round): the rising tone is lost in text.
    ['予算というのは、具体的には。', 'elliptical'],
    ['それで。', 'elliptical'],
    ['その後は', 'elliptical'],
    ['じゃあ予算が足りなかったら', 'elliptical'],
    ['それでも先方が納得しなかったら。', 'elliptical'],
    // Seventh round: a topic then 、ざっと (a request cut short), 「今は」 after a past story, 何 + a verb.
    ['職歴、ざっと。', 'elliptical'],
    ['今は。', 'elliptical'],
    ['面接では何話すつもりなの', 'interrogative'],
    ['週末は何してるの', 'interrogative'],
    ['そっちから何かある。', 'reverse_prompt'],
    ['最後になんか聞いときたいことある', 'reverse_prompt'],
    ['質問は', 'reverse_prompt'],
    ['ほかにご質問は', 'reverse_prompt'],
    ['内定が出たらうちに来てくれるんでしょ', 'sentence_final'],
    ['入社したらどんな分野を伸ばしたいと考えてます', 'interrogative'],
    ['契約が取れない月が続いたらどうします', 'interrogative'],
    ['先輩に聞く前に自分で調べようとは思わないの', 'sentence_final'],
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
    'では。',
    'それから、こちらの資料をご覧ください。',
    '新しいやり方を工夫しなければと考えています',
    'もしよければ説明会にも来てみたら',
    '困ったらどうにかします',
    '私はそうは思わないです',
    '配属が決まったらどうするか一緒に考えます',
    'ありがとうございますとても参考になりましたと思って',
    // 何 before a verb asks; 何度, 何回, 何しろ, 何でも do not.
    '何度も書き直しました',
    '何回か面接官をやりました',
    '何しろ忙しい時期でした',
  ])('「%s」 is not a question', (sentence) => {
    expect(detectQuestion(sentence)).toBeNull();
  });
});

describe('question detection: soft endings, hedged requests and calls to act (#16 categories)', () => {
  it.each([
    // か softened by な asks when an interrogative goes with it.
    ['入社してから一番やってみたい仕事は何かな', 'interrogative'],
    ['今はどのあたりの会社を受けてるのかな', 'interrogative'],
    // An interrogative before と思う asks for the candidate's view.
    ['チームの中での自分の役割って何だと思います', 'interrogative'],
    ['次の職場ではどういう働き方をしたいと思ってます', 'interrogative'],
    // A request left open out of politeness.
    ['前の会社を選ばれた理由を伺えればと思います。', 'request'],
    ['休日の過ごし方を聞かせてもらえると', 'request'],
    ['学生時代の研究内容についてお聞きしたいです。', 'request'],
    ['次にどんな挑戦をしたいか聞かせてほしいです', 'request'],
    // A guess left for the other to confirm: 〜のでは, 〜んじゃない.
    ['その時はかなり落ち込んだのでは', 'sentence_final'],
    ['それって結構大変だったんじゃない', 'sentence_final'],
    // The 逆質問 prompt after a remark, in an unpunctuated turn.
    ['そこは安心してもらえると思います最後に小川さんから聞いておきたいことは', 'reverse_prompt'],
    // Fourth round: interrogatives with から (not the indefinite か), a condition then what you would do with ます.
    ['新しい店を一人で任されたらどこから始めます', 'interrogative'],
    ['急に予算が半分になったとしたら何から削ります', 'interrogative'],
    ['応募してる中で弊社は何番目くらいなの', 'interrogative'],
    // Terse and hedged requests, a bare topic word, a second 逆質問 prompt, a theme after an ASR opener.
    ['志望動機、一分で。', 'elliptical'],
    ['趣味は。', 'elliptical'],
    ['強みは', 'elliptical'],
    ['今度は失敗したときの話も聞きたいです。', 'request'],
    ['チームで揉めた経験があれば。', 'request'],
    ['ほかには', 'reverse_prompt'],
    ['了解ですじゃあほかに何か気になることあれば', 'reverse_prompt'],
    ['では時間になりましたのでお願いしますテーマは駅前の空き地の使い道です', 'request'],
  ] as const)('「%s」 is a question (%s)', (sentence, cue) => {
    expect(detectQuestion(sentence)?.cue).toBe(cue);
  });

  it.each([
    // Counted indefinites (何人も, 何度も) and concessives (誰とでも, どんな時でも) ask nothing.
    '子育てをしながら働いている人も何人もいるので、心配はいらないと思う。',
    '私も最初の年は何回も失敗したと思う',
    '誰とでも話せるのが、自分の良いところだと思います。',
    'それはどんな職場でも大事なことだと思います。',
    'どう考えても今のやり方が一番だと思う',
    '何となく営業が向いていると思う',
    // A call for volunteers is an invitation, not a question.
    '質問を思いついた方は、チャット欄でお知らせください。',
    '話してみたいことがある人から手を挙げてください。',
    // A request for something done outside the conversation.
    '最後に、お手元のアンケートにご記入をお願いします。',
    '退室の前に、感想フォームへの回答をお願いします。',
    'いつでも連絡してください',
    // Softened か with no interrogative is a statement.
    'じゃあ私からはそろそろ終わりにしようかな',
    // An invitation in a casual form, and a greeting to a room.
    '遠慮しないでどんどん質問しちゃってください',
    'みなさん、こんにちは。',
  ])('「%s」 is not a question', (sentence) => {
    expect(detectQuestion(sentence)).toBeNull();
  });
});
