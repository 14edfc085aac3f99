import type { QuestionCategory } from '../categories';
import { JOB_SEARCH_CUES } from './category-cues-job-search';
import { type Cue, cue } from './cue';

type PracticalCategory =
  | 'stress'
  | 'job_search'
  | 'hypothetical'
  | 'management'
  | 'technical'
  | 'conditions'
  | 'reverse_question_prompt'
  | 'fact';

/**
 * The cues of the categories about pressure, the job hunt and the job itself — stress, the job search, hypotheticals,
 * management, technical and case questions, conditions and facts — the second half of QUESTION_CUES
 * (./category-lexicon.ts, which says what the weights mean). The job search's own are in ./category-cues-job-search.ts.
 */
export const PRACTICAL_CUES: Record<Extract<QuestionCategory, PracticalCategory>, Cue[]> = {
  stress: [
    cue(/ストレス|プレッシャー|重圧|メンタル/, 3),
    cue(
      /(?<!(売上|売り上げ|業績|数字|客数|成績|利益)(が|は)?[^。]{0,6})落ち込|へこ(ん|む|み|ま)|凹(ん|む|み|ま)|切り替え|気持ち.{0,4}立て直|気持ち(の面|を|が)|(目標|ノルマ)(も|が|は)?厳し|厳しい(目標|ノルマ|環境|状況)|ノルマ|理不尽|追い込まれ|逆境|怒られ|叱られ|耐え/,
      2.5,
    ),
    // 「そういう日が一週間続いたら、どうなりそうですか」: a hard run, asked ahead.
    cue(/(続いたら|続いたとき|続くと)[^。]{0,12}(どうなりそう|どうなります|持ちそう|耐えられ|やっていけ)/, 3.5),
    // Harsh treatment to be borne (「面と向かって文句言われても やっていけそう」「断られる日が続いたとき、どうなりそう」).
    cue(
      /(断られ|怒られ|文句(を)?言われ|嫌がられ|詰められ|責められ|罵られ)[^。]{0,30}(やっていけ|大丈夫|平気|耐え|どうなりそう|どうなります|持ちそう|続けられ)/,
      3.5,
    ),
    // 「自分の中ではどうやって崩れないようにしていますか」: keeping oneself together.
    cue(/(崩れ|折れ|潰れ|参ら)(ない|ず(に)?)(ように|で)/, 3),
    // How one gets through pressure; 「乗り切った」 in the past is the hardship of an episode told.
    cue(/乗り切(?!った|りました|れた)|リフレッシュ|気分転換|息抜き|持ち直/, 2),
    // How the candidate felt inside the story (「どんな気持ちでした」「焦りはなかった」「しんどくなかったですか」「やめようとは
    // 思わなかった」): holding up, in the past — 「どんな気持ちで仕事を」 asks a value.
    cue(
      /(どんな|どういう)気持ち(でした|だった)|気持ちの面(で|では)|焦り(は|って|とか)?(なかった|ありませんでした)|(しんど|辛|つら|きつ)く(なかった|なかったですか|なかった？)|やめ(よう|たい)と(は)?思わなかった/,
      3,
    ),
    // 「失敗を引きずらないために」: not carrying a setback along.
    cue(/引きずら(ない|ず)|引きずる/, 3),
    // 「そのとき精神的にはどうだったんですか」「気持ちがどん底のとき」: how the candidate held up inside.
    cue(
      /精神的(に|には)[^。]{0,6}(どう|きつ|しんど|つら|辛|大丈夫|参っ|追い詰)|メンタル面|(気持ちが(どん底|沈|折れ|落ち)|心が折れ)(?![^。]{0,4}(メンバー|部下|後輩|人|子|スタッフ))/,
      3,
    ),
    // An unreasonable order taken in (無茶な要求をどう消化する), burning out.
    cue(/無茶(な|ぶり|を)|無理難題/, 2.5),
    cue(/(どう|うまく)消化|燃え尽き|burn ?out/i, 3),
    // Being shouted at or pressed by a customer, and how one feels right now under pressure.
    cue(
      /怒鳴|クレーム|詰められ|責められ|罵倒|暴言|(今|いま)[、,]?\s*(どういう|どんな)(お)?気持ち|気持ち(を|は)(どう)?(保|維持|落ち着|保っ)|平常心/,
      2.5,
    ),
    // Pressure imagined on the person (「もし上司から感情的に怒鳴られたとしたら」「厳しい声をぶつけられたら」): how one would
    // bear it is the stress question, however hypothetically put; a complaint to handle (クレームが入ったら) stays a
    // situation to act in (hypothetical).
    cue(
      /(怒鳴|罵倒|叱責|暴言|厳しい(声|言葉|意見)|きつい言葉|詰められ|責められ|頭ごなし|否定され)[^。]{0,24}(たら|としたら|とすれば|場合)/,
      3.5,
    ),
    // Nerves and harsh words in the moment: 緊張してるんですか, きつく言われた, the English pressure.
    cue(/緊張(して|する|しや|しま)|(きつく|厳しく|強く)(言われ|当たられ|叱られ)|pressure|参っ(た|たり|て)/i, 2.5),
    // A challenge put to the candidate in a pressure interview (「熱意が伝わってこないんですが、どう思いますか」).
    cue(
      /(伝わってこない|伝わらない|物足りない|感じられない|見えてこない|向いて(い)?ない)[^。]{0,30}(どう思|どう考え|どう受け止|反論)/,
      3,
    ),
    // A target missed (「数字が届かない月」) is the pressure the ストレス耐性 question is about.
    cue(/(数字|目標|ノルマ|予算)(が|に|を)?(届かな|未達|達成できな)/, 2.5),
  ],
  job_search: JOB_SEARCH_CUES,
  hypothetical: [
    // 「在庫が余ってたら、あなたならどう捌く」: a situation, then what you would do.
    cue(/(たら|なら|れば|とき)[、,]?\s*(あなた|自分|ご自身|君)なら/, 3),
    cue(/例えると|たとえると|例えたら|たとえたら|に例え|にたとえ|で表すと|で表現すると|で表したら/, 3),
    cue(/(もし|仮に).{0,60}(たら|なら|れば|とすれば|としたら|場合)/, 3),
    // Without もし: a condition then what you would do (「配属されなかったらどうしますか」) — not a past one
    // (どうしましたか); a choice under a condition (「どの構成にしますか」) is a hint only, the topic decides.
    cue(
      /^(?!.*(もし|仮に|(挙げる|選ぶ|絞る|一つ(に)?する)(と|とす)))(?:.*)(としたら|とすれば|(た|だ)ら)[、,]?\s*どう(します|する|動きます|対応します)(か)?[？?]?[。]?$/,
      2.5,
    ),
    cue(
      /^(?!.*(もし|仮に|(挙げる|選ぶ|絞る|一つ(に)?する)(と|とす)))(?:.*)(としたら|とすれば|(た|だ|る|い)として[、,]|(た|だ)ら)[、,]?\s*.{0,20}(何を|何に|何で|どこに|どこから|誰に|どの|どれ)[^。]{0,10}(します|する|ますか|ます)[？?]?[。]?$/,
      2,
    ),
    cue(/無人島|生まれ変わ|魔法/, 2),
    // 「前日に注文が倍入ったと分かったら、企画の立場でまず何をしますか」: a situation, then the first move in it — above
    // a role it names (立場, 受け持ち). A technical incident (バグ, 障害, a slow query) asks how it is solved: technical.
    cue(
      /^(?!.*(バグ|障害|不具合|エラー|サーバ|API|DB|データベース|クエリ|ログ|遅く|落ち|部下|メンバー|後輩))(?:.*)(たら|なら|とき|場合)[、,\s]*[^。]{0,24}まず(は)?(何|なに|どこ|どう)[^。]{0,6}(します|する|しますか|動き)/,
      3,
    ),
    // 「あなたがプロジェクトのリードだとしたら」: a role the candidate is asked to imagine, without もし.
    cue(
      /(あなた|自分|ご自身|君)が[^。]{0,24}(だとしたら|としたら|だったら|だったとして|だとして|の立場なら|の立場だったら)/,
      5,
    ),
  ],
  management: [
    cue(/マネジメント|部下|育成|チームを(まとめ|率い|引っ張|運営)|チーム運営|組織運営|リーダーとして|1on1/, 3),
    // 「毎朝の人の配置って誰が決めてる」「シフトの不満ってどう拾ってました」「今見ていらっしゃる四人は」: placing the
    // people, hearing what the staff complain of, and those one looks after, counted after the looking.
    cue(
      /(人|人員|要員|スタッフ)の(配置|割り振り|配分)|(メンバー|部下|スタッフ|パート|アルバイト|後輩|現場)[^。]{0,24}(不満|本音|悩み)[^。]{0,10}(拾|吸い上げ|聞き出|くみ取|汲み取)|(見て|みて)(いらっしゃ|らっしゃ|い)?る[一二三四五六七八九十\d]+(人|名)/,
      3,
    ),
    cue(/管理職|評価する側|評価者として/, 3),
    // 「一番育てるのに苦労した人」: the hard part of bringing people on, above the 苦労.
    cue(/育て(る|た)?(の|こと)?に?(苦労|苦戦|手こず|悩)|育成(に|で)(苦労|苦戦|悩)/, 3.5),
    // 「普段どんなふうに仕事を振ってる」「仕事の割り振り」: handing out work (not 仕事を振り返って).
    cue(/仕事(を|の)?(振っ|振る|振り(?!返)|割り振)|割り振(り|っ|る)/, 3),
    // 「後輩のコードレビューも」「期限を守れない後輩」: reviewing and following up the people below.
    cue(
      /(後輩|部下|メンバー|下の(人|方|子))の[^。]{0,6}(レビュー|コードレビュー|評価)|(守れない|できない|遅れる|遅れがちな|伸びない|動かない)(後輩|部下|メンバー|新人|若手)/,
      3,
    ),
    cue(/(チーム|メンバー|部署|課)の(目標|方針|役割分担)(を|は)?.{0,8}(決め|立て|設定)/, 2.5),
    cue(/(メンバー|部下|後輩)の?(評価|育成|指導|管理|モチベーション)|評価(の)?(基準|制度)|まとめ役|指導/, 2.5),
    cue(
      /(成果|結果|数字|実績)が(出ない|出せない|上がらない)(メンバー|部下|人|後輩)|(メンバー|部下|後輩)(に|を|と).{0,8}(対応|接し|フォロー|任せ|扱)/,
      2.5,
    ),
    // 「そのメンバーの方が伸び悩んだときは」: a member who struggles, and what the lead did about it.
    cue(/(メンバー|部下|後輩|新人)(の方)?(が|は)(伸び悩|つまず|躓|行き詰|落ち込)/, 2.5),
    // Leading people, said plainly: まとめる立場, bringing up those below, getting juniors to move, a big group led.
    cue(
      /(まとめる|束ねる|率いる)(立場|役|側)|(部下|後輩|下の(方|人|子)|メンバー|新人|若手|スタッフ)(を|の)?(育て|鍛え)|(部下|後輩|メンバー|スタッフ)(に|を)[^。]{0,8}(動いてもら|動かし|巻き込)|(人数|大所帯|人たち|スタッフ)(を)?(まとめ|束ね|率い)/,
      3,
    ),
    cue(/management|direct reports?|people manag|直属の部下|部下(は|が|って)?(何|なん)人/i, 3),
    // Appraising others and bringing up juniors: 評価の場面, 自己評価とのずれ, メンター, 面倒を見る.
    cue(/面倒(を|って|は|も)?見/, 3),
    cue(/(部下|メンバー|後輩|スタッフ)(を|に)[^。]{0,4}(引き止め|引きとめ|慰留)/, 3),
    cue(/育たない|育たん|伸びない(子|人|メンバー|後輩)/, 2.5),
    // 「普段どうやって育ててるんですか」「上の立場としてどう関わって」「一対一の面談は」: bringing people up, as the lead.
    cue(
      /(どうやって|どう|どのように|どんなふうに)(して)?(育て(?!られ)|育成)|上の立場(として|で)|一対一の面談|個人面談/,
      3,
    ),
    // Bringing newcomers on and holding staff together (「新しく入った人はどうやって一人前にしていった」「八人のスタッフさん、
    // どげんしてまとめよると」).
    cue(
      /一人前に(し|育て)|(新しく入った|入ってきた|新しく来た)(人|子|方|メンバー|スタッフ)[^。]{0,12}(教え|育て|一人前|慣れさせ)|(スタッフ|部下|後輩)(さん|たち|の皆さん)?[^。]{0,10}(まとめ|束ね|率い)(て|よ|る|た|ら)/,
      3,
    ),
    // Acting as the lead (「店長として、スタッフが続けて辞めたとき」): above 辞めた, which is someone else's leaving here. Not
    // 部長, a student club's captain as often (「副部長として苦労したこと」 is hardship).
    cue(/(課長|店長|主任|係長|所長)として/, 3.5),
    // 「教育係を二年」「アルバイトさん二十人ぐらい見てた」「人を動かすうえで」: bringing up and leading people.
    cue(
      /教育係|人を動かす|下に(何|なん)(人|名)|[一二三四五六七八九十百\d０-９]+(人|名)(くらい|ぐらい|ほど|程度)?(を)?見て/,
      3,
    ),
    cue(/自己評価|メンター|OJT|(後輩|新人|若手)の?(指導|教育|育成|面倒|サポート)/i, 2.5),
    // Appraising someone else is the manager's part whoever else is named (「メンバーの自己評価とあなたの評価が…」).
    // (評価面談 alone is the candidate's own appraisal as often: 「評価面談で褒められた仕事」.)
    cue(/(本人|メンバー|部下|相手)の(自己)?評価|評価(をつけ|を下|を伝え)/, 3),
    // How many people one looks after (「何人くらい見てるんですか」「何名ほど指導」): the size of one's charge opens
    // management, as 部下は何人 does; a count of anything else stays a fact.
    cue(
      /(何|なん)(人|名)(くらい|ほど|ぐらい|程度)?(の(チーム|メンバー|部下))?(を)?(見て|見と|見よ|見られて|面倒|指導|教え|育て|マネジメント|管理|まとめ|束ね|率い)/,
      3,
    ),
    // 「若い人のコードを見たりとかはしてます」: reviewing the work of those below, above the work's own field.
    cue(
      /(若い人|若手|後輩|部下|メンバー|新人)(さん)?の(コード|資料|仕事|作業|書類)を[^。]{0,2}(見|レビュー|チェック|確認)/,
      3.5,
    ),
    // 「パートさんは今何人くらい下にいるの」「七人まとめるの大変だったでしょう」: people below, counted.
    cue(
      /(何|なん)(人|名)[^。]{0,6}下に(いる|い|おる|つい)|([一二三四五六七八九十\d]+|何)(人|名)[^。]{0,4}(まとめ|束ね|率い)/,
      3.5,
    ),
    // The same asked the other way round: 「下には何人ぐらいいらっしゃる」「直接見ているのは何人」.
    cue(
      /(の|^|\s|、)下(に|には)[^。]{0,4}(何|なん)(人|名)|(部下|直属|配下)(の方)?(に|には|は|って)[^。]{0,4}(何|なん)(人|名)|(見て|見られて|抱えて|束ねて|率いて)(いる|いらっしゃる|る)?(の|メンバー|部下|スタッフ|人)(は|って)[^。]{0,6}(何|なん)(人|名)/,
      4.5,
    ),
  ],
  technical: [
    // 「心電図ってどのくらい読めます」「SQLはどれくらい書けます」: the level of a skill, not a figure.
    cue(
      /(どのくらい|どれくらい|どれぐらい|どの程度)[^。]{0,4}(読め|書け|使え|扱え|触れ|組め|できます|できる|分かり|わかり|分かって|わかって|理解して)/,
      4.5,
    ),
    cue(
      /技術|スタック|アーキテクチャ|設計|構成|実装|コード|テスト|データベース|パフォーマンス|インデックス|リトライ|障害対応/,
      2.5,
    ),
    cue(/技術的/, 1),
    cue(
      /言語|フレームワーク|ライブラリ|インフラ|クラウド|バッチ|ログ|性能|原因を切り分|切り分け|ボトルネック|負荷|スケール|アルゴリズム|高速化|速くし|計算|キャッシュ|原因の?(切り分|特定)|障害(が|の|を)/,
      2.5,
    ),
    cue(
      /市場規模|推定|フェルミ|ケース|見積も(って|っ|り|る)|試算|分解して(ください|みて|もらえ|いただけ)|因数分解|ロジックツリー|structure/i,
      3,
    ),
    // Accounting work is the trade of the role: 連結, 仕訳, 決算の早期化 (a target imagined for it is hypothetical).
    cue(/決算(の)?(早期化|短縮)|連結(決算|会計|の経験|の実務)|仕訳|監査対応/, 3),
    // A business case put as a problem: 「売上を一年で一・五倍にするには」「三年で倍にする施策を」.
    cue(
      /(売上|利益|客数|シェア)を[^。]{0,12}(倍|伸ばす|伸ばし|上げる|増やす)[^。]{0,12}(施策|には|ために|方法|打ち手|して(ください|もらえ|みて))/,
      3,
    ),
    // A Fermi estimate without the word (「ランドセルって一年にどれくらい売れてると思いますか」): how many there must be.
    cue(
      /(どれくらい|どのくらい|どれぐらい|何個|何台|何本|何人|何店|何軒|いくつ|何件)[^。]{0,24}(ある|いる|売れ(てい|て)?る|使われ(てい|て)?る|存在する|必要|(し|て)(てい|て)?る)(と|って)(思い|思う|見|考え)/,
      3,
    ),
    cue(/施策|根拠|優先順位|見積|仮説|手法|ユーザーインタビュー/, 2),
    cue(/学んでいる|勉強して/, 1.5),
    cue(/[A-Za-z]{2,}(SQL|DB)|API|SQL|AWS|Kubernetes|React/, 1.5),
    cue(/クエリ|スキーマ|テーブル設計|バグ|不具合|再現(率|手順|性)|レンダリング/, 2.5),
    cue(/原因を(潰|特定)/, 3),
    // 「広告費はどのくらいまでかけていいと考えますか」: a quantity judged, not a fact recalled.
    cue(/(どのくらい|どれくらい|どれぐらい)[^。]{0,12}(と|って)(考え|思い|思う|見積)/, 3),
    cue(/ポートフォリオ|作品(集)?の|解析|データ(を|って|は)/, 2.5),
    // An estimate asked with the quantity after the thing (「一日に売れる傘の本数って、どのくらいだと思います」).
    cue(
      /(本数|個数|台数|人数|件数|杯数|枚数|市場規模)(って|は)?[、,]?\s*(どのくらい|どれくらい|どれぐらい|いくつ)(だ|や|ある|いる)?(と|って)(思|見|考)/,
      3.5,
    ),
    // A business case put as a fall (「来客数が五年で三割減っています。原因として何が」).
    cue(/(売上|利益|客数|来客数|来店客数|シェア|会員数|利用者数?)が[^。]{0,16}(落ち|減っ|減少|下が|伸び悩)/, 2.5),
    cue(/原因(として|は)[^。]{0,6}(何が|何だと|考えられ)|(ご)?専門(の|的な)?(立場|知識|観点|分野)/, 2.5),
    cue(/売上/, 1),
  ],
  conditions: [
    cue(/年収|給与|給料|待遇|希望額|勤務地|転勤|入社(可能|時期)|入社できる時期|いつ(から|頃|ごろ)?.{0,4}入社でき/, 3),
    // 休日の数 is a condition; 「休日は何を」 is small talk.
    cue(/働き方|残業|リモート|副業|配属|勤務時間|(年間)?休日(数|出勤)|年間休日/, 2.5),
    // 「雪の多い所に赴任してもらうこともある」: a posting far away is a condition to accept.
    cue(/(?<!単身)赴任|転居を伴う/, 3),
    cue(/転居|(転勤|異動)(は|も)?(可能|大丈夫|できま|OK)|入社日|入社(の)?時期/, 3),
    // 「入社後どちらになるかはまだ決まっていないのですが」: where one will be posted is not known yet.
    cue(
      /(どちら|どこ|どの(拠点|センター|支店|工場|部署))になるか(は)?(まだ)?[^。]{0,4}(決まって|分から|わから|未定)/,
      3,
    ),
    cue(/出勤|出社|夜勤|土日|シフト|出張|単身赴任/, 2.5),
    // A transfer put as a case (「来月から福岡の支店で働いてほしいと言われたら」), and how many shifts one can take.
    cue(
      /(支店|支社|地方|海外|工場|本社|営業所)[^。]{0,4}(で|に|へ)[^。]{0,4}(働|勤務|行って|異動|転勤)[^。]{0,16}(たら|としたら|場合)/,
      3.5,
    ),
    cue(/(何|なん)(回|日)[^。]{0,8}(まで|なら)[^。]{0,6}(入れ|出られ|働け|行け|可能|大丈夫)/, 3),
    // What is hoped for in the way of working: 「リモートはどれくらいを希望されてます」.
    cue(/(リモート|在宅|出社|勤務地|年収|給与|給料|勤務時間|休日|休み)[^。]{0,10}希望/, 3),
    // 「泊まり勤務もありますし、どの駅に行くかも分からないんですが、そのあたりは」: a working condition told, then the
    // candidate's take on it asked.
    cue(
      /(泊まり|転勤|配属|異動|夜勤|シフト|出張|休日出勤|土日|勤務地|希望と違う)[^。]{0,40}(ありますが|あるんですが|ありますし|ますが|んですが|けど)[、,\s]*[^。]{0,12}(そのあたり|そのへん|その辺|その点|そこ)(は|って|について)/,
      3.5,
    ),
    // The notice period: 「今の会社の引き継ぎって、どれくらいかかりそうですか」「退職まではどのくらい」.
    cue(/(引き継ぎ|引継ぎ|退職まで|退職(の)?交渉)[^。]{0,12}(どれくらい|どのくらい|どれぐらい|かかり|かかる|いつ)/, 5),
    // 「退職をお伝えしてから実際に辞められるまで、どのくらい」: the same, told from the notice to the last day.
    cue(
      /(退職|辞め)[^。]{0,16}まで(に|は|って)?[、,\s]*[^。]{0,6}(どれくらい|どのくらい|どれぐらい|かかり|かかる|何か月|何ヶ月)/,
      5,
    ),
    // The leaving date is a condition of the offer, above the 退職 of the reason for leaving.
    cue(/退職(日|予定日|時期)/, 3.5),
    // When the candidate can leave, asked in speech (「退職って まあ いつ頃 できそうですか」).
    cue(
      /(退職|辞めるの|辞められるの)(って|は|が)?[^。]{0,8}いつ(頃|ごろ|くらい|ぐらい)?[^。]{0,6}(でき|可能|なり|になり)/,
      4,
    ),
    // How much of a burden one accepts (「残業、月どれくらいまでなら大丈夫」): the limit is a condition, not a figure.
    cue(
      /(どれくらい|どのくらい|どれぐらい|何時間|何回|何日)まで(なら|だったら)?[^。]{0,4}(大丈夫|可能|いけ|許容|平気|OK|ok)/,
      4.5,
    ),
    cue(/compensation|salary|benefits|年俸|報酬/i, 3),
    // 「土日に呼ばれることもあります。いいんですね」: accepting a condition, confirmed.
    cue(/(いい|よろしい|構わない)(ん|の)ですね[。]*$/, 2.5),
    cue(/いつ(頃|ごろ)から|条件/, 1.5),
    // 「最初の二年は現場ですが、大丈夫ですか」: whether the candidate accepts a condition of the job.
    cue(/大丈夫(ですか|でしょうか|そう(ですか)?)?[？?。]*$/, 2.5),
    // The same check in other words: 「そこは問題ありませんか」「飲み込めますか」「体力的にはいけそう」「しんどないか」.
    cue(
      /(いける|行ける|いけます|行けます|問題(は)?(ありませんか|ないですか|なさそう(ですか)?)|飲み込めます(か)?|(やって)?いけそう(ですか)?|しんど(ない|くない)(か|ですか)|抵抗(は)?(ありませんか|ないですか)|構いませんか)[？?。]*$/,
      2.5,
    ),
    cue(/salary|notice period|relocat/i, 3),
  ],
  reverse_question_prompt: [],
  fact: [
    cue(
      /何(名|人|件|社|年|歳|回|位|割|部|台|校|店|パーセント|%)(?!も|か(で|と|の|に|先|後|経|たっ))|いくら(?!でも)|どのくらい|どれくらい|どれぐらい|何か月|何ヶ月/,
      4,
    ),
    cue(/(あなた|ご自身)が(言い出|提案|決め)/, 2),
    // 「数字。具体的に。」: the figure itself asked for.
    cue(
      /^(その)?(数字|数値|金額|人数|件数|規模)(は|って|で)?[。、,\s]*(具体的に|教えて(ください)?|ある)?[。？?\s]*$/,
      3,
    ),
    cue(/人数|件数|[ァ-ヶー]数(は|って|とか)/, 3),
    // 「撤退ってこと？」: checking what a word meant.
    cue(/(ってこと|ということ)(ですか|でしょうか)?[？?。]*$/, 2),
    cue(/数字|数値/, 1),
    cue(/(した|やった|された)こと(が|は)?(ある|あります)/, 1),
    cue(/how (many|much|long)/i, 4),
  ],
};
