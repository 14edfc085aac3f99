import type { QuestionCategory } from '../categories';
import { type Cue, cue } from './cue';

/**
 * The cues of the categories about the others and the years ahead — teamwork, career plans and values — the middle
 * part of QUESTION_CUES (./category-lexicon.ts, which says what the weights mean; same order as before the split,
 * so ties keep their winner).
 */
export const TEAM_AND_OUTLOOK_CUES: Record<Extract<QuestionCategory, 'teamwork' | 'career_plan' | 'values'>, Cue[]> = {
  teamwork: [
    cue(
      /対立|意見が[^。]{0,5}(分か|合わ|食い違|割れ|まとまら)|意見の(違う|異なる|合わない)|意見が(ぶつか|割れ)|(違う|異なる)意見|衝突|揉め|もめ/,
      3,
    ),
    cue(/チームで.{0,8}(働|取り組|仕事|活動)|協調|協力|人間関係|ステークホルダー/, 2.5),
    // 「周りと協力して何かをやり遂げた経験」: working with others is the topic, whatever was achieved.
    cue(
      /(周り|周囲|仲間|メンバー|チーム|みんな|皆|ほかの人|他の人)(と|で)(協力|力を合わせ|一緒に)|チームワーク|協調性/,
      3,
    ),
    // 「苦手な同僚と一緒に仕事しなきゃいけなかったこと」: working with someone hard to work with.
    cue(/苦手な(同僚|人|先輩|上司|相手|メンバー|タイプ)/, 3),
    // 「チームで何かをやり遂げた経験」: achieving it together is the topic, as with 協力.
    cue(/(チーム|仲間|みんな|皆)で[^。]{0,8}(やり遂げ|成し遂げ|達成)/, 3.5),
    // 「そのとき、誰が力になってくれましたか」: who helped in the story — the people around, inside a hardship chain.
    cue(/(誰|だれ)(が|か|に)?[^。]{0,10}(力になって|助けて|味方|手伝って|支えて|相談)|味方になってくれ/, 2.5),
    // 「上司と進め方が食い違った」「方針がぶつかった」: a clash with someone, whatever the work was (code, sales).
    cue(
      /(方針|考え方?|進め方|やり方|方向性|意見|判断|見解)(が|で|の)?.{0,4}(ぶつか|食い違|対立|割れ|合わな|分かれ)|(先輩|上司|同僚|メンバー|他部署|後輩|チームメイト)と.{0,14}(ぶつか|対立|揉め|もめ|衝突|食い違)/,
      3,
    ),
    // 「上の立場として」 is the lead's part: management.
    cue(/役割|(?<!上の)立場|立ち位置|ポジション|反対/, 2),
    // 「周りとぶつかってでも」「先輩と衝突した」: clashing with the people around.
    cue(
      /(周り|周囲|メンバー|チーム|仲間|先輩|上司|同僚)(と|とは)[^。]{0,2}(ぶつか|衝突|対立|噛み合)|噛み合わ(な|ず)/,
      3,
    ),
    // How the others took it (「周りはどう受け止めていました」「社内の反応はどうでした」): the people around, not the result.
    cue(
      /(周り|周囲|社内|メンバー|チームメイト|チーム|みんな|皆さん|部員|職場|同僚)(の(人|方)(たち|々)?)?(の|は|から|って)?[^。]{0,4}(反応|受け止め)/,
      3,
    ),
    // 「今のチームって、何人で、どういう役回りですか」: the part one plays names the topic, above the head count.
    cue(/(どういう|どんな)役回り/, 3),
    // The part one took: 役回り, 受け持つ, 持ち場.
    cue(/役回り|受け持|持ち場/, 2.5),
    cue(/温度差/, 2.5),
    // 「頼りにしてた先輩って、どんな人」: someone the candidate worked with, not the candidate.
    cue(/(先輩|上司|同僚|後輩|相手|仲間|その人|メンバー|店長|リーダー)(って|は)?[、,\s]*どんな(人|方|タイプ)/, 3),
    // Who else was in it (「それとも誰か巻き込んだ？」「周りはどう動いたんですか」): the others around the candidate,
    // inside a story of success or hardship. (「それ一人でやったんですか」 asks about the feat, 「一人で抱え込む癖」 a weakness.)
    cue(/(誰か|だれか|周り|周囲|ほかの(人|方|メンバー)|他の(人|方|メンバー))[^。]{0,6}(巻き込|どう動|動いてくれ)/, 2.5),
    // 「研究室の仲間は手伝ってくれたんですか」「側に立ってくれた人は」「ほかの先生たちはすんなり乗ってくれた」: others
    // who helped or went along.
    cue(
      /(仲間|周り|周囲|同僚|同期|先輩|メンバー|ほかの[^。、]{1,6}|他の[^。、]{1,6})(は|も|が|たち(は|も|が)?)?[^。]{0,8}(手伝って|協力して|乗って|ついてきて|味方して|支えて)くれ|側に立ってくれ|味方(に|して)くれ/,
      2.5,
    ),
    // 「ほかの講師の方たちとは、どう共有していったんですか」「ほかのマネージャーとはどう分担した」「スタッフの方からは反発
    // とか出なかった」: working with the others in the story.
    cue(
      /(ほかの|他の|周りの|周囲の)[^。、]{0,10}(とは|と)[、,\s]*[^。]{0,10}(関わ|分担|共有|協力|連携)|反発(とか|は|が|も)?(出|なかった|あった)|嫌がられ/,
      3,
    ),
    // 「まとめ役でしたか、それとも支える側でしたか」: the part one took in a group, lead or support.
    cue(
      /サポート役|(支える|サポートする|フォローする)側に回|(どっち|どちら)の(役|立場)|それとも[^。]{0,8}(側|役)でし/,
      3,
    ),
    cue(/チーム|周り|メンバー/, 1),
    cue(/stakeholder|conflict|team/i, 2.5),
  ],
  career_plan: [
    // 「三十代の半ばにはどんな立場にいたいですか」: where one wants to stand some years on, above the role word.
    cue(
      /(二十代|三十代|四十代|[2-4]0代|[一二三五十]+年後|将来)[^。]{0,12}(立場|ポジション|役割|役職)(に|で)?[^。]{0,4}(いたい|なりたい|つきたい|就きたい)/,
      3.5,
    ),
    // 「何年か先、うちでどんな役割をしていたら嬉しい」: some years ahead, the plan.
    cue(/(何年|数年|[一二三四五六七八九十\d]+年)(か)?(先|後)[、,\s]*[^。]{0,20}(どんな|どう|何を|どういう)/, 4.5),
    // 「入社して何年かたったときに、どんな商品の前に立っていたい」: some years in, the plan — not a figure.
    cue(
      /入社(して|後)[^。]{0,4}(何年|数年|[一二三四五六七八九十\d]+年)[^。]{0,10}(とき|頃|ころ|後|たったら|経ったら)|(うち|当社|弊社|ここ)で[^。]{0,4}(何年|数年)か?[^。]{0,4}(やった|働いた|経った|たった)(あと|後|ら)/,
      4.5,
    ),
    // 「もしうちに来たらどういう仕事がしたい」: what one would do here is the plan, however conditionally put.
    cue(
      /(うち|当社|弊社)に(来|入)(たら|った(ら|場合)|たとしたら)[^。]{0,24}(したい|してみたい|やりたい|やってみたい|挑戦)/,
      3.5,
    ),
    cue(/キャリア|年後|将来/, 3),
    cue(/実現したい|やってみたい|(挑戦|チャレンジ)(して(み)?|し)?たい|成し遂げ(たい|られる)/, 3),
    cue(/ゆくゆく|行く行く|将来的|いずれは|(入社(後|したら|してから|して)).{0,16}たい/, 3),
    cue(/関わりたい|携わりたい|担当したい/, 2.5),
    // 「三年で何を」, not 「副代表の一年で」 (a span of the past, named by の).
    cue(
      /(?<![の一二三四五六七八九十\d０-９])[一二三四五六七八九十\d０-９]+年(後|先|たった|経った|で|目には)|になって(い)?たい/,
      3,
    ),
    // 「〜をやりたいなら」 states a premise, it does not ask what you want to do.
    cue(/今後|入社後|やりたい(?!なら|のなら|のであれば|んだったら)|したい[？?]|したいですか|したいこと|目指/, 2),
    // 「その後、どういう道筋を考えてますか」: the path one plans.
    cue(/(どういう|どんな)道筋|道筋を(考え|描|思い描)|キャリアパス|キャリアの(道|描き方)/, 3),
    // 「そこは大事にしていきたいところですか」 asks what one holds to: a value, not a plan.
    cue(/成果を出して?いく|(て|で)いきますか|(?<!(大事|大切)にし)ていきたい/, 3),
    // 「この先どの辺を伸ばしていきたい」: what to grow from here, whatever the field named.
    cue(/(この先|これから|今後|将来)[^。]{0,12}(伸ばし|身につけ|磨き|深め|広げ)/, 2.5),
    // Staying a player or moving up (「ずっと現場でいたいか、管理職に進みたいか」) is the path ahead, not management.
    cue(
      /(現場|プレイヤー|プレーヤー|管理職|マネジメント|マネージャー|スペシャリスト|ゼネラリスト)[^。]{0,4}(で|に|として|側に)?(い(続け)?たい|進みたい|回りたい|なりたい|行きたい|上がりたい)/,
      4,
    ),
    cue(/see yourself|years from now|in (five|5|ten|10) years|future/i, 3),
  ],
  values: [
    cue(
      /価値観|大切にして|大事にして|譲れない|こだわり|信念|ポリシー|モットー|座右の銘|尊敬(する|している)(人|人物|方)|働くとは|(あなた|自分|ご自身)にとって.{0,8}(とは|仕事)/,
      3,
    ),
    // 「売上よりも優先しているもの」「これやられるとやる気なくなる」: what comes first, and what kills the will to work.
    cue(/より(も)?[^。]{0,2}(優先|大事に|大切に)して|やる気(が)?(なくな|下が|出な|失せ)/, 3),
    // 「これをやらされたら辞めたくなる」: what would make one quit, in general — above the 辞め of leaving (past: 辞めたくなった).
    cue(/辞めたくな(る|りそう)/, 3.5),
    // 「自分の看護観」「仕事観」: one's view of the work.
    cue(/(看護|仕事|職業|勤労|教育|介護|人生)観/, 3),
    // 「もともと持っている考え方なんですか」: whether a judgement comes from what the candidate has always held.
    cue(/もともと[^。]{0,10}(考え方|価値観|信条|ポリシー)/, 3),
    // 「それはどこから来ている考えなんですか」: where a belief of the candidate comes from.
    cue(/(考え|考え方|価値観|こだわり|思い)[^。]{0,6}どこから来|どこから来(て(いる|る)|た)(考え|思い|こだわり)/, 3),
    // 「数字で見せるっていうのは仕事でずっと意識してることなんですか」: what one keeps to in work.
    cue(/(仕事|働く)(で|の中で|うえで|上で)[^。]{0,10}(ずっと|いつも|常に|普段から|日頃から)意識して/, 3),
    cue(
      /(これがあると|何があると|(どんな|どういう)(とき|時)に)[^。]{0,6}(頑張れ|がんばれ|やる気|燃え)|(って|と)よく言(います|う|われ)[^。]{0,16}(どう思|どう考|どうお考)|という考え(方)?(について|を|に)[^。]{0,8}(どう思|どう考)|やりがい|働く(目的|意味)|(仕事|働く)(を)?する?(上|うえ)で|どんな(社会人|大人)に|モチベーション|判断の基準/,
      2.5,
    ),
  ],
};
