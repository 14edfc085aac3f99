import type { QuestionCategory } from '../categories';
import { PRACTICAL_CUES } from './category-cues-practical';
import { TEAM_AND_OUTLOOK_CUES } from './category-cues-team-and-outlook';
import { type Cue, cue } from './cue';

export type { Cue } from './cue';

/**
 * What interviewers say when they ask each kind of question. Weight 3 = the textbook wording of that
 * question (志望動機, 自己紹介); lower weights are hints that need company. Quantity words make a closed
 * fact question whatever the topic (チームは何名でしたか is about a number, not about teamwork).
 */
export const QUESTION_CUES: Record<Exclude<QuestionCategory, 'other'>, Cue[]> = {
  // The categories about the person and their story here; those about the others and the years ahead in
  // ./category-cues-team-and-outlook.ts, those about pressure, the job hunt and the job itself in
  // ./category-cues-practical.ts (same order as before the splits: ties keep their winner).
  self_introduction: [
    cue(/自己紹介|自己紹介/, 3),
    // 「ご経歴を」「これまでの経歴について」 asks for it; 経歴書 is the document, and 「順風満帆に見える経歴ですが」 only
    // sets up another question, as 「ご経歴の中で」「経歴を拝見すると」 set the scene for what is asked in it.
    cue(/(ご|これまでの|今までの)経歴(?!書|の中|で(?!す)|を(拝見|見))|経歴(?!書)(を(?!拝見|見)|について|だけ)/, 3),
    cue(/経歴(?!書)/, 1.5),
    // 「ご自身の言葉で改めて紹介してもらえますか」: an introduction asked for without 自己.
    cue(/(改めて|ご自身の言葉で|簡単に)[^。]{0,6}(ご)?紹介(して|を|いただ|願)/, 3),
    cue(
      /(今|現在)(は)?(どんな|どのような|どういう|どういった)(お)?(仕事|業務|開発|案件|プロジェクト)|(今|現在)の(お)?仕事(について|の内容)|簡単に(自己紹介|ご紹介)/,
      3,
    ),
    cue(/(これまで|今まで)の(お)?仕事(の(内容|流れ)|について|を)|職務経歴(?!書|の中|で(?!す)|を(拝見|見))|業務内容/, 3),
    // 「今のお仕事では」 sets a scene: what is asked in it (うまくいった施策, 苦労) names the topic.
    cue(/(今|現在)の(お)?(仕事|業務)(では|で)/, 2),
    // 「今の会社で何やってるか」: what one does there, not why one leaves it.
    cue(/(今|現在|いま)の(会社|職場|部署)(で|では)[、,\s]*(何|なに|どんな(仕事|こと))(を)?(やって|して|担当)/, 3.5),
    // 「今何年生で何勉強してるんだっけ」: who the student is, at the start of a visit or a casual talk.
    cue(
      /何年生[^。]{0,6}(何|なに)(を)?(勉強|専攻|研究|やって(る|いる))|(何|なに)(を)?(勉強|専攻)して(る|いる|います)(?!き)/,
      3.5,
    ),
    // 「前職は。」 alone opens a mid-career interview: what the job was, not why it was left.
    cue(/^[^。、]{0,4}[、,\s]*(前職|現職|今のお仕事|ご職業)(は|って)[。？?]*$/, 3.5),
    // 「まず中川くんのこと軽く教えてよ」「いまって何やってんの」: who the candidate is, asked in plain words.
    cue(
      /(?<!(お客|取引先|お母|お父|親御|患者|利用者|生徒|先輩|上司|店長|部長|課長|担当))(さん|くん|君)のこと(も|を)?[^。]{0,6}(教えて|聞かせて|聞きたい|伺いたい|話して)|(自分|ご自身|あなた)のこ[とど](も|を)?[^。]{0,10}(教えて|聞かせて|話して|しゃべ|喋)/,
      3.5,
    ),
    cue(
      /^(で|じゃあ|まず)?[、,\s]*(今|いま|現在)(って|は)?[、,\s]*(何|なに)(を)?(やって|して)(ん|る|い)|(今|いま|現在)(は)?[^。]{0,4}どんな(もの|物)(を)?(作|つく)/,
      3,
    ),
    cue(/about yourself|introduce yourself/i, 3),
    // 「どういう人か、改めて二分くらいで話して」「一分くらいでざっとお願いできますか」: who the candidate is, in a time
    // box — unless the box is for another topic (「志望動機を一分で」).
    cue(
      /^(?!.*(志望|ＰＲ|PR|強み|長所|短所|弱み|力を入れ|ガクチカ|動機|理由|転職|退職)).*?((どういう|どんな)(人|方)(か|なのか)[^。]{0,20}(話して|聞かせて|教えて|お願い)|([一二三1-3１-３]|数)(分|ふん)(くらい|ぐらい|程度|ほど)?で[^。]{0,8}(話して|しゃべ|喋|お願い|聞かせて|説明))/,
      3.5,
    ),
    // 「ざっくりバックグラウンドを伺っても」: the background asked for is the career so far.
    cue(/バックグラウンド|background/i, 3.5),
    // 「キャリアのサマリーを2分で」「レジュメに沿ってwalkthrough」「a brief intro」: the career told from the start.
    cue(
      /(キャリア|経歴|職歴)の(サマリー|概要|要約|ダイジェスト)|walk ?through|brief intro|intro(duction)? of yourself/i,
      3.5,
    ),
    cue(/(これまで|今まで).{0,8}(キャリア|経歴|職歴|歩んで)(?!の中|で(?!す)|を(拝見|見)|において)/, 3.5),
    // 「どこで何をしてきたか」: where one has been and what one did there.
    cue(/どこで(何|なに)を(して|やって)(き|こら)/, 3),
    // A 座談会's round of names: 「お名前と大学を一言ずつ」.
    cue(/(お)?名前(と|や|、)|(大学|学校名?|所属|学部)(と|や|、)(お)?名前/, 3),
    // The round of names in a group interview (「お名前と大学、それから学生時代に力を入れたことを一言ずつ」) is the
    // self-introduction, though it names the ガクチカ too.
    cue(/(お)?名前(と|や|、)\s*(大学|学校|学部|所属)|(大学名?|学校名?|学部|所属)(と|や|、)\s*(お)?名前/, 5.5),
  ],
  motivation: [
    // 「教育系はなんでまた」「なんでインフラなん」: why this field, in a few casual words (leaving, 3, outweighs it).
    cue(
      /^(で|じゃあ|そもそも)?[、,\s]*((なんで|なぜ|どうして)[、,\s]*[一-龯ァ-ヶー]{2,8}(なん|なの)|[一-龯ァ-ヶー]{2,8}(は|って)[、,\s]*(なんで|なぜ|どうして)(また)?)[？?。]*$/,
      2.5,
    ),
    // 「鉄道会社を見ているのは、ゼミがきっかけですか」: why one looks at this field, above the looking.
    cue(/(業界|会社|企業|メーカー|商社|銀行)を[^。]{0,4}(見て|志望して|受けて)(い)?る(の|ん)(は|って)/, 3.5),
    // 「その中でうちが気になったのはどのへん」「あえて当社を選ぶとしたら、決め手は」「それでもうちなのは」: why us, above
    // the offers and the other companies named around it.
    cue(
      /(うち|当社|弊社|御社)(が|の|を|に)[^。]{0,6}(気になった|惹かれた|選ぶ(とした|なら|とすれば)|決め手)|(それでも|それなのに)[、,\s]*(うち|弊社|当社|御社)(なの|を選|に来)/,
      4,
    ),
    // The motivation challenged: 「それ、ほかの電力会社でも同じですよね」「実用書なら他社もあるやろ」 — why us, then.
    // Another person doing the same (「ほかの主任さんがやっても同じ結果に」) doubts the candidate's part instead.
    cue(
      /(他社|(ほかの|他の)(?![^。？?]{0,8}(人|方|さん|くん|メンバー|社員|スタッフ|誰|主任|担当))|同業)[^。？?]{0,10}(でも|も)[^。？?]{0,10}(同じ|できる|できます|やれる|ある(やろ|よね|でしょ|じゃない)|あります(よね|けど))/,
      3.5,
    ),
    cue(/志望/, 3),
    cue(
      /(なぜ|なんで|何で|なして|どうして)(弊社|当社|うち|御社)|(弊社|当社|うち)(を|に)(選|決め)|(弊社|当社|うち)なん/,
      3,
    ),
    // How the candidate came to us, put in a few words (「うちのことは前から？」「で、うちは。」「うちに声かけてくれたのは」).
    // 「なして食品の方に来ようと思ったと」: why come to this field or company.
    cue(/(なぜ|なんで|何で|なして|どうして)[^。]{0,12}(に|へ)(来|き)(よう|たい|た(の|ん|か))/, 3),
    // 「その研究とうちの開発ってどこがつながる」「うちの倉庫アプリ、触ってみました」: the link to us, our product tried.
    cue(
      /(うち|弊社|当社|御社)の[^。]{0,14}(と|に)[^。]{0,8}(つなが|繋が)|(うち|弊社|当社|御社)の[^。]{0,8}(アプリ|商品|製品|サービス|お店|店舗)[、,\s]*(を|って|は)?[^。]{0,4}(触|使|見|行|利用)/,
      3,
    ),
    // 「コンサルも見てるのはなんで」: why the candidate looks at a field, asked after it.
    cue(/(見て|受けて|志望して)(る|いる)の(は|って)[、,\s]*(なんで|なぜ|どうして)/, 3.5),
    // 「なんでゼネコン見てるの」: why the candidate looks at a field (which others is the job search).
    cue(/(なんで|なぜ|何で|どうして)[^。、を]{1,10}(見て|受けて|志望して)(る|いる|ます)(の|ん)?[？?。]?$/, 3.5),
    // 「あの経験が今回のご応募にどうつながったのか」: what led to applying here.
    cue(/(ご)?応募(に|へ|と)[^。]{0,4}(つなが|繋が|結びつ)|(応募|志望)の(きっかけ|決め手)/, 3),
    cue(/(弊社|当社|うち|御社)のこと(は|って)?[^。]{0,4}(前から|どこで|いつ(から|頃|ごろ)?|何で|なんで)/, 3),
    cue(
      /^(で|それで|じゃあ|では)?[、,\s]*(弊社|当社|うち)(は|って)[。？?]*$|(弊社|当社|うち|御社)に声(を)?(かけ|掛け)/,
      3,
    ),
    cue(/(弊社|当社|うち)の(商品|製品|サービス)/, 2),
    // 「どうしてバス会社を見てくれたんですか」: why this company or field caught the candidate's eye.
    cue(/(なぜ|なんで|どうして)[^。]{0,14}を(見て|受けて|志望して|選んで|希望して)(い|くれ|もら|いただ|る)/, 3.5),
    // 「なんで信金なのさ 銀行じゃなくて」: why this one, in any dialect's ending.
    cue(/(なぜ|なんで|どうして)[^、。？?\s]{1,10}なの(さ|よ|かい)(?=[\s、。？?]|$)/, 2.5),
    // 「わざわざうちに移ってまで」: what the move here is for.
    cue(/(弊社|当社|うち|御社)に(来て|移って|入って|転職して)まで/, 3.5),
    cue(/入社していただけ|入社の意思/, 2.5),
    cue(/興味を(持|も)/, 1.5),
    // 「化粧品メーカーを見ようと思ったのはなぜ」: why this field or company, asked of its choice.
    cue(/(業界|メーカー|会社|企業|職種|仕事)を(見よう|受けよう|志望しよう|目指そう|選ぼう)と(思った|考えた)/, 3),
    // 「この仕事のどこに興味が」「どこに惹かれて」: what draws you to the field or the company.
    cue(/どこ(に|が)(興味|関心|魅力|惹か|ひか|面白)/, 2.5),
    // 「なぜ営業なんですか」「どうしてメーカーなの」: why this field (a hint: the topic word decides with it).
    cue(
      /(なぜ|なんで|どうして)[^、。？?]{1,10}なん(です|でしょう|だろう)?(か)?[。？?]*$|(なぜ|なんで|どうして)[^、。？?]{1,10}なの[。？?]*$/,
      2,
    ),
    cue(/(なぜ|なんで|どうして).{0,12}(興味|応募|受け)|(応募|エントリー)(した|された|いただいた)?(理由|きっかけ)/, 2.5),
    cue(/(話|お話)を聞(いて|こう|きたい).{0,6}と思(った|われた)/, 2.5),
    cue(/(弊社|当社|うち|御社)を知った|魅力を感じ|惹かれ|共感|理念|ビジョン/, 2.5),
    // How the candidate came to know us, however it is asked (「うちのこと知ったのってなに経由」).
    cue(/(弊社|当社|うち|御社|この会社)(のこと|の会社|の名前)?(を)?(知った|知って(くれ|もら|いただ))/, 3.5),
    // 「うちより大きい会社は…」: a comparison with other companies asks why this one.
    cue(/(弊社|当社|うち|御社)(より|じゃなく|でなく|ではなく|じゃないと|でないと|でなければ)/, 2.5),
    // 「ほかの会社でも同じことができる」 challenges why this company.
    cue(/(ほか|他|別)の(会社|企業|業界)でも|(同業|他社)でも/, 3),
    // 「同業の他社さんでもできる」「よその会社でも務まる」: the challenge why this company, though 他社 is named.
    cue(
      /(同業の)?(他社|同業|よその会社|ほかの会社|他の会社)(さん)?(で|に)?も.{0,4}(でき|いい|同じ|務ま|通用|やれ)/,
      3.5,
    ),
    cue(
      /(弊社|当社|うち|御社)(を|に)(受け|応募|志望)|(なぜ|なんで|どうして)[^、。]{0,8}(業界|職種)|(業界|職種)(を|に)(選|決め|志望)/,
      3,
    ),
    cue(/(説明会|面談|インターン|イベント|座談会)(に|へ)(来|参加|申し込|応募)/, 2.5),
    cue(
      /(他社|同業|ほかの会社|他の会社)(では|じゃ)なく|(弊社|当社|うち|御社)(である|でなければ|じゃないと|でないと)(いけない)?理由/,
      3.5,
    ),
    cue(/why (are you interested|do you want|this (position|company|role))|interested in (this|the|our)/i, 3),
  ],
  reason_for_change: [
    // 「今の会社、待遇も悪くなさそうなのに、出ようと思ったのは」「なぜ今なんですか」: leaving, and its timing.
    cue(
      /(会社|職場|前職|現職)[^。]{0,20}出(よう|たい)と(思|考え)|(なぜ|なんで|どうして)[、,\s]*(今|いま|このタイミング)(なん|なの|なのか|転職|動)/,
      3.5,
    ),
    // 「今の経理の仕事で、何か物足りないところがある」: what the present job lacks.
    cue(/(今|現在|いま)の[^。]{0,8}(仕事|会社|職場|環境|ポジション)[^。]{0,10}物足りな/, 3.5),
    // 「部下が辞めたいと言ってきたら」 is about someone else leaving: a management question.
    // 「転職してすぐの頃」 only dates what is asked about.
    cue(
      /転職(?!活動|して(すぐ|から|間もな|まもな))|退職|(?<!(部下|メンバー|後輩|スタッフ|社員)が)(?<!(部活|サークル|アルバイト|バイト|ゼミ|研究室|部の[^。]{0,4}年間)[^。]{0,24})辞め(る|た|よう|られ)|離職/,
      3,
    ),
    cue(/(今|現在)の(会社|職場)を|(現職|前職)を?(離れ|辞め)|現職|不満/, 2.5),
    cue(/(会社|職場)を(離れ|辞め|変え)/, 3),
    // 「今の会社の中で手を挙げる」「今の職場に残る」: why not stay, the other side of why leave.
    cue(
      /(今|現在|いま)の(会社|職場)(の中で|の中|内で|で(は|も)?(?![、,\s]*[^。]{0,16}(どのように|どんな形で|どういう形で)[^。]{0,4}(関わ|担当|携わ))|に残|にいて|のまま)|社内(で|の)?(異動|転籍|手を挙げ)/,
      2.5,
    ),
    // Moving inside the present company instead (「今の会社の人事に移る手」「社内で、決める側に行く option」).
    cue(
      /(今|現在|いま)の(会社|職場|部署)の[^。]{0,8}(に|へ)(移る|移れ|異動|行く|行け)|社内で[、,]?[^。]{0,16}(行く|移る|異動|option|選択肢|手は|道は)/,
      3,
    ),
    // 「三年で二回辞めてるけど」「なんで今動こうとしてるのか」: leaving, in the spoken forms.
    cue(
      /(?<!(部下|メンバー|後輩|スタッフ|社員|人|子|アルバイト|バイト|パート)(さん|たち)?(が|は|も)[^。]{0,6})辞めて(る|い|き|こ|ま)|(今|いま|このタイミングで)[^。]{0,4}動こう/,
      3.5,
    ),
    // 「ジョブ型の会社に移りたいっていうのは」: the wish to move is the reason for changing.
    cue(/(に|へ)(移りたい|移ろう)(って(いう)?の|という(の|こと)|理由)/, 3),
    // 「ここにいても先がない」: no future where one is.
    cue(
      /(ここ|今の(会社|職場|ところ))に(い|居)ても|(会社|職場|キャリア|ここ|この先)[^。]{0,6}(先がない|先が見え(ない|なかった)|頭打ち)/,
      3,
    ),
    // Why leave, with the leaving named (「なんで店長やめて人事なん」).
    cue(/(なぜ|なんで|どうして)[^。]{0,10}(辞め|やめ|離れ)(て|た|る)/, 3),
    // Leaving said as going out (「銀行を出ようと思われたのは」「外に目を向けたのは」): the reason for changing.
    cue(
      /(会社|職場|銀行|役所|役場|前職|現職|組織)を出(よう|たい)|(?<!海)外に(出よう|出たい|出て(みよう|みたい|いこう)|目を向け)|(?<!海)外の(世界|会社)を(見|考え)/,
      3,
    ),
  ],
  strengths: [
    cue(/強み|長所|自己PR|自己ＰＲ|アピール/, 3),
    cue(/得意/, 2),
    // 「部下の方からは、どういう上司だと言われてますか」「いないと困るって言われるのは」: the candidate as others see them.
    cue(
      /(?<!(店長|先輩|上司|部長|課長|社長|先生|お客|相手|その人|彼|彼女)(さん)?(って|は)[^。]{0,20})(どういう|どんな)(人|上司|部下|先輩|リーダー|存在|タイプ)(だ|だと|って|で)[^。]{0,6}(言われ|見られ|思われ|通って)|(いないと|いなきゃ|いなければ)[^。]{0,4}(困る|回らない)/,
      3.5,
    ),
    cue(/褒められ|ほめられ|頼りにされ|評価される(こと|ところ|点)/, 2.5),
    cue(/どんな人|周りから(どう|どんな)|人柄|性格/, 2),
    cue(/(どんな|どういう|どういった)人(だ|と)|人(だ)?と(よく)?言われ(ます|る)/, 2.5),
    cue(/周り(の人)?から.{0,6}(言われ|評価され)/, 2),
    // The candidate seen by others (「先輩から見て、〜さんってどういう人に映ってた」): how they come across is a strength
    // question, where 「一緒にやっていて手ごわかったのはどんな人」 describes someone else.
    cue(
      /(から見て|からは|からだと)[^。]{0,20}(どういう|どんな)(人|やつ|奴|タイプ)(に|だと|って|と)(映|見え|言われ)|((?<!(店長|上司|先輩|同僚|後輩|部長|課長|お客|相手|先生))(さん|くん|君)|自分|ご自身|あなた)(って|は)[^。]{0,8}(どういう|どんな)(人|やつ|奴|タイプ)(に|だと|って|と)(映|見え|言われ)/,
      3,
    ),
    // 「あなたの武器は」「売りは」: the strengths question in sales and job-change talk.
    cue(/武器|(の|一番の)売り(は|って|を|が|に|で)?|売り(は|って)|セールスポイント/, 3),
    cue(/負けない|自信(が|の)?ある/, 2.5),
    // 「山で鍛えられたなって思うところ」「仕事に持ち込めそうなところ」: what a pursuit made of the candidate.
    cue(
      /(鍛えられ|培われ|身につい|身に付い)[^。]{0,10}(ところ|とこ|こと|もの|力)|(仕事|業務|入社後|うち)[^。]{0,6}(活か|生か|いか|持ち込|役立て)(せ|め)そう/,
      2.5,
    ),
    cue(/持ち味/, 3),
    // 「自分のええとこ」「どこでも通用する力」: what is good in the person, in other words.
    cue(/(自分|ご自身|あなた|君)の(いい|ええ|良い)(ところ|とこ|点)|(どこ|どの[^。]{1,4})(に行って|で)も通用する/, 3),
    cue(/strength/i, 3),
  ],
  weaknesses: [
    // 苦手 of a person (「苦手な同僚」) is someone to work with: teamwork, below.
    cue(/弱み|短所|苦手(?!な(同僚|人|先輩|上司|相手|メンバー|タイプ))|弱点|欠点/, 3),
    cue(/弱い(ところ|部分|点)|注意され|指摘され/, 2.5),
    cue(/(課題|改善(したい|すべき)|直したい)(だと|と)?.{0,12}(ところ|点|部分)|(課題|改善点)(だと|と)(感じ|思)/, 2.5),
    // 「逆に、それが足を引っ張る場面は」「逆に細かすぎて窮屈に感じたりとかは」: the other side of a strength.
    cue(
      /^(で|じゃあ|では)?[、,\s]*逆に[^。]{0,24}(足を引っ張|裏目|窮屈|迷惑|マイナスに|デメリット|悪いほう|悪い方)/,
      3,
    ),
    // 「部下の方から見て、直したほうがいいところ」: what others would have the candidate correct.
    cue(/直した(ほう|方)が(いい|よい)|惜しい(と|って)[^。]{0,6}言われ|(性格|自分|ご自身)[^。]{0,6}変えたい/, 3),
    // 「ご自身でここは直していきたいなと思っているところは」: above the plan that 〜ていきたい names.
    cue(/(自分|ご自身|自身)[^。]{0,10}(直し|改め|克服し|改善し)(て)?(いき)?たい(な)?[^。]{0,8}(ところ|点|部分)/, 3.5),
    // The other side of a strength (長所の裏返し), and what one means to improve in oneself.
    cue(/裏返(し|す|せ|る)|裏目に出|(改善|克服)(して)?(いきたい|したい)[^。]{0,10}(点|ところ|部分)/, 3.5),
    // 「それで損したことは」: where a trait of the candidate cost them.
    cue(/損(を)?した(こと|経験)|損する(こと|とき)/, 3),
    // 「その癖、今はどうやって直そうと」: a habit of one's own the candidate means to correct.
    cue(/(その|自分の|悪い|ご自身の)(癖|クセ)|(癖|クセ)(を|は)[^。]{0,6}(直|治|改め)/, 3),
    // 「技術面でまだ胸を張れない領域」「自信がない分野」: where one is not yet good enough, above the field it names.
    cue(
      /(胸を張れ(ない|ません)|自信(が|の)(ない|持てない)|まだ弱い|まだまだな)[^。]{0,6}(領域|分野|ところ|部分|点|とこ)/,
      3.5,
    ),
    cue(/weakness|improvement area|areas? (for|of) improvement/i, 3),
  ],
  success: [
    cue(/力を(入れ|いれ|注)|頑張った|がんばった|打ち込|熱中|注力|ガクチカ/, 3),
    cue(/学生時代|大学時代|在学中|学生の(頃|ころ|とき)/, 2),
    cue(/成し遂げた|やり遂げた/, 2.5),
    cue(
      /(アルバイト|バイト|サークル|部活|ゼミ|研究|留学|ボランティア|インターン)(の|で|での)?(経験|活動|取り組み)/,
      2.5,
    ),
    cue(/成功|成果(?!が(出な|出ず|出てい?な|上がらな))|実績|成績|達成/, 2.5),
    // Who started it (「誰が言い出したの」「誰かに言われて作ったんですか」「テーマって誰が決めてた」): the candidate's initiative.
    cue(
      /(誰|だれ)(が|か)[^。]{0,4}(言い出|決め|始め)|(誰|だれ)か(ら|に)言われて|自分から(言い出|始め|手を挙げ|提案)/,
      3,
    ),
    // 「これはうまくいったなって施策」「手応えがあった仕事」「結果出した話」: a success, said plainly.
    cue(/(うまく|上手く)(いった|行った)|手応え(が|の)?あった|結果(を)?出した/, 2.5),
    // 「一番でかい数字を作った案件は」: the biggest result one made.
    cue(/(一番|いちばん|最も)(大きな|でかい|大きい)(数字|成果|売上|案件|契約)/, 2.5),
    cue(/(アルバイト|バイト|サークル|部活|インターン|ボランティア)(では|で)/, 2),
    // 「学生時代はサークルの副代表」: the activity and the role held, the ガクチカ's usual opening.
    cue(
      /(サークル|部活|ゼミ|委員会|実行委員|学生団体|部)の(代表|副代表|部長|副部長|幹事|リーダー|会長|主将|キャプテン)/,
      2.5,
    ),
    cue(/(研究|ゼミ|卒論|卒業研究)(では|について|の内容|内容)/, 2),
    cue(/工夫し(た(?!い)|まし)|改善し(た(?!い)|まし)|誇れる/, 2),
    cue(/胸(を)?張れ(?!な)|誇りに思/, 2.5),
    // 「誤出荷を減らしたって書いてあるけど、どうやったの」「一番数字が伸びた期」: a result, and how it was got.
    cue(
      /(減らし|増やし|伸ばし|上げ|改善し|短縮し|削減し)た(って|と)[^。]{0,12}(書いて|おっしゃ|言って|伺)|一番(数字|売上|成果|実績)(が)?(伸び|上が|出)/,
      3.5,
    ),
    cue(/進め方を改善/, 1),
    cue(/achievement|accomplish|proud/i, 3),
  ],
  hardship: [
    // 「陸上部の三年間で 一回だけ本気で辞めようと思ったこと」: the low point of a student's club or side job.
    cue(
      /(部活|サークル|アルバイト|バイト|ゼミ|研究室|部の[^。]{0,4}年間)[^。]{0,24}(辞め|やめ)(よう|たい)と(思|考え)/,
      3,
    ),
    cue(/苦労|失敗|挫折|困難/, 3),
    // 「リーダーとして一番苦しかったのは」: the worst of it, above the role it names.
    cue(
      /(一番|いちばん|最も|もっとも)(苦しかった|きつかった|しんどかった|辛かった|つらかった|大変だった|苦労した|やばかった|まずかった|参った)/,
      3.5,
    ),
    // 「思うように伸びなかった子」「思うようにいかなかったこと」: not as hoped.
    cue(/思う(よう|通り|とおり)に[^。]{0,6}(なかった|ず|ません)/, 3),
    // 「これは参ったなという場面」「ピンチだったこと」: a bad moment, in casual words.
    cue(/参った(な)?(と|って)|ピンチ/, 2.5),
    // 「売上が一番落ち込んだ時期」: the business's low point is a hardship, not the candidate's mood.
    cue(/(売上|売り上げ|業績|数字|客数|成績|利益)(が|は)?[^。]{0,6}(落ち込|下がっ|落ちた|悪化)/, 3),
    // … and how the candidate brought it back, above a case question's 「売上が落ちた原因」.
    cue(
      /(売上|売り上げ|業績|数字|客数|成績|利益)(が|は)?[^。]{0,6}(落ち込|下がっ|落ちた|悪化)[^。]{0,16}(立て直|持ち直|乗り越|挽回)/,
      4,
    ),
    cue(/(?<!伸び)悩んだ|(?<!伸び)悩み|壁にぶつか/, 2.5),
    cue(
      /大変だった|辛かった|つらかった|しんどかった|きつかった|苦しかった|乗り越え|困った|(?<!のは)難しかった|うまくいかなかった|上手くいかなかった/,
      2.5,
    ),
    cue(/試行錯誤|悔し|断られ|やめたく(なっ|なる)|諦めかけ/, 2.5),
    // An episode got through (乗り切った), below a parent topic and a feeling named (気持ちの面では…, which is the stress question).
    cue(/乗り切った|乗り切りました|乗り切れた/, 1.5),
    // 「失注で一番痛かったのは」「一番こたえたのは」: what hurt is the failure asked about.
    cue(/(一番|いちばん|最も)(痛かった|こたえた|堪えた)|痛い目/, 2.5),
    // A scare: ひやっとした, 冷や汗, 肝を冷やした.
    cue(/ひやっと|ヒヤッと|ひやり|ヒヤリ|冷や汗|肝を冷や/, 2.5),
    // Casual words for a failure: やらかした, しくじった, ミスした.
    cue(/やらかし|しくじ|ミス(を)?し(た|まし)|失態|大失敗/, 3),
    cue(/戸惑っ|途方に暮れ/, 2.5),
    cue(/mistake|failure|fail(ed)?\b|hardest|toughest|\btough\b|most difficult/i, 3),
  ],
  ...TEAM_AND_OUTLOOK_CUES,
  ...PRACTICAL_CUES,
};

/**
 * The floor left open at the end (「言い残したことはありますか」「伝えきれなかったことは」「補足しておきたいことは」):
 * no topic of the taxonomy, "other" — whatever the model's likeness to a hardship question (〜なかったこと).
 */
/** A bare question about the person's life (「ご趣味は」「休日は何を」) opens its own small topic. */
export const PERSONAL_TOPIC = /趣味|特技|休日|休みの日|好きな|最近(?!で|だと)|ニュース|出身|地元|家族/;

export const OPEN_FLOOR =
  /(言い残し|言い忘れ|言い足り|伝えきれ|伝え切れ|伝え忘れ|伝え足り|話し足り|話しきれ|話し忘れ|付け加えておきたい|補足(して)?(おき)?たい)(なかった|ていない|てない|た)?(こと|点|ところ)/;

/** Model questions per category, for similarity when the keywords are silent or tied. */
export const PROTOTYPES: Record<Exclude<QuestionCategory, 'other' | 'reverse_question_prompt'>, string[]> = {
  self_introduction: ['自己紹介をお願いします', 'これまでのご経歴を教えてください', '今どんなお仕事をされていますか'],
  motivation: ['当社を志望した理由を教えてください', 'なぜ弊社なのですか', '数ある会社の中でなぜうちを選んだのですか'],
  reason_for_change: ['転職を考えた理由は何ですか', 'なぜ今の会社を辞めようと思ったのですか'],
  strengths: ['あなたの強みは何ですか', '自己PRをしてください', 'あなたの長所を教えてください'],
  weaknesses: ['あなたの弱みは何ですか', '短所を教えてください'],
  success: ['学生時代に力を入れたことは何ですか', 'これまでの成功体験を教えてください', '一番の成果は何ですか'],
  hardship: ['一番苦労したことは何ですか', 'これまでの失敗経験を教えてください', '挫折した経験はありますか'],
  teamwork: ['チームで意見が対立したときどうしましたか', 'チームの中でどんな役割でしたか'],
  career_plan: ['五年後どうなっていたいですか', '今後のキャリアをどう考えていますか', '入社後にやりたいことは何ですか'],
  values: ['仕事で大切にしていることは何ですか', 'あなたの価値観を教えてください', '譲れないことは何ですか'],
  stress: ['ストレスを感じたときどうしますか', 'プレッシャーにどう対処しますか', '落ち込んだときの切り替え方は'],
  job_search: ['他社の選考状況を教えてください', 'ほかにどんな業界を受けていますか', '就職活動の軸は何ですか'],
  hypothetical: ['自分を動物に例えると何ですか', 'もしあなたが社長ならどうしますか'],
  management: [
    '部下の育成で意識していることは',
    'マネジメント経験を教えてください',
    'メンバーをどう評価していましたか',
  ],
  technical: ['どのような技術を使っていますか', 'このシステムをどう設計しますか', '市場規模を推定してください'],
  conditions: ['希望年収はいくらですか', '入社可能な時期はいつですか', '働き方で気になることはありますか'],
  fact: ['チームは何名でしたか', '売上はどのくらいでしたか', 'それはいつのことですか'],
};
