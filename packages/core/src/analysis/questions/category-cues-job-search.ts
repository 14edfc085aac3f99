import { type Cue, cue } from './cue';

/**
 * The cues of the job search — other companies and their selections, offers weighed, the axis of the search, how far
 * and how seriously the candidate is looking — the part of PRACTICAL_CUES (./category-cues-practical.ts) that grew
 * most from round to round (./category-lexicon.ts says what the weights mean).
 */
export const JOB_SEARCH_CUES: Cue[] = [
  cue(
    /他社|併願|内定|選考(が|の|は)?(進ん|状況)|(ほか|他|よそ|別)の(選考|面接)|(就職|就活|転職)(活動)?の(状況|軸)|(会社|企業|仕事|職場)選び/,
    3,
  ),
  // 「お醤油の大手さんとか…そちらは受けてないんですか」「そちらとうちと、今のお気持ちは」: other firms, weighed with us
  // by how much one wants each (the 決め手 between them is why us: motivation).
  cue(
    /(そちら|そっち|そこ|ほか|他|大手|同業|[一-龯ァ-ヶー]{1,8}(さん|社|業界))(は|も)[、,\s]*(受けて|応募して|エントリーして)(い)?(ない|ません)|((そちら|そっち|向こう|他社)と(うち|当社|弊社)|(うち|当社|弊社)と(そちら|そっち|向こう|他社))[^。]{0,12}(気持ち|割合|志望度|第一志望)/,
    3,
  ),
  // How many firms are in play (「何社くらいから選ぶ」), and the terms one will not give up in choosing.
  cue(/(何|なん)社[^。]{0,10}(選ぶ|決め|受け|進ん|応募|エントリー|見て|残って)/, 3.5),
  cue(/外せない(条件|ポイント|こと)|譲れない条件/, 3.5),
  // How far the other selections have got, counted (「選考って何社くらい進んでますか」「ほかってどれくらい動いてます」).
  cue(
    /(選考|就活|転職活動|ほか|他社|他の(会社|企業)|ほかの(会社|企業))[^。]{0,12}(進んで|動いて|進捗|話(を)?聞いて)/,
    3,
  ),
  cue(
    /(ほか|他)(に|の)?.{0,6}(業界|企業|会社)|(業界|企業|会社|職種)を.{0,8}(見て|見る|受け|回って|検討)|(以外|ほか|他)(に|で|の|には)?[、,]?.{0,12}(受け|見て|応募)|(弊社|当社|うち|御社)の(優先順位|志望度)|志望(の)?(順位|度)/,
    2.5,
  ),
  cue(/(職場|会社|企業|仕事)(に|を)(求め|選ぶ)|(の|が)軸|軸(で|は|を|って|に)/, 2.5),
  // Whether we are the first choice (志望度), however it is checked: 「第一志望だと受け取っていい」「第一志望なの」.
  // Why we are (「第一志望の理由」) is the motivation and stays out.
  cue(
    /志望(の)?(順位|度)|第(何|なん)志望|第一志望(です|でしょう)?か|第一志望[？?]+$|第一志望(だと|と)(受け取|考え|思っ|理解|捉え|見|言い切|言え)|第一志望(って|なの|なん)/,
    3.5,
  ),
  cue(/(就職|就活|転職)活動/, 2.5),
  // 「今就活どんな感じ」: how the job hunt is going.
  cue(/(就活|転職活動|就職活動)(は|って)?[、,\s]*(どんな感じ|どう|どげん|どない|順調|進んで|状況)/, 3),
  // 「もしうちからもお話が出たら、どうやって決めます」: an offer from us weighed against the others.
  // 「転職先、どういう基準で絞ってる」: how the candidate narrows the companies down.
  cue(/(転職先|就職先|応募先|受ける(会社|企業)|会社選び|企業選び)[、,\s]*[^。]{0,8}(基準|軸|絞)/, 3.5),
  // 「転職先を選ぶとき、今何を一番見てます」: what the choice turns on.
  cue(
    /(転職先|就職先|会社|企業|職場|勤め先)を(選ぶ|決める)(とき|時|際|うえで|上で)[、,\s]*[^。]{0,8}(何|どこ|どんな(点|ところ))(を)?[^。]{0,6}(見て|重視|大事|大切|優先)/,
    3.5,
  ),
  // How the search is run: agents, scouts, how long it has gone on (「エージェント経由でも動いてる」「どのくらいの期間続けて」).
  cue(
    /転職エージェント|エージェント(経由|さん|を使|から|に登録)|転職サイト|スカウト|(転職活動|就活|就職活動)(は|って|を)?[^。]{0,16}(期間|いつ(から|頃|ごろ)|続けて|始め)/,
    3.5,
  ),
  // 「転職活動はいつ頃から始めて、今はどれくらい進んでます」: how far the search has got, above the figure word.
  cue(/(転職活動|就活|就職活動|選考)(は|って|の)?[^。]{0,16}進(んで|み)/, 3.5),
  cue(
    /(うち|弊社|当社|御社)(から)?(も)?(お話|内定|内々定|オファー|offer)(が|を)?((出|で|もらっ|いただい)(たら|た場合)|(出|で)れば)/i,
    3.5,
  ),
  // Another offer coming first (「そっちに決まったら、どうします」「他社が先に通ったら」): how the candidate would
  // choose, not a situation to imagine.
  cue(
    /(そっち|そちら|向こう|他社|ほか|他の(会社|企業)|[^。\s]{1,6}社)(の(方|ほう))?(が|に|で|から)(先に)?[^。]{0,4}(決ま|内定|受か|通)(ったら|れば|った場合)/,
    3.5,
  ),
  // 「仮に両方からお声がけがあったら、どうやって決めます」: two offers weighed.
  cue(/(両方|どちら|どっち)(から|も)[^。]{0,6}(声|内定|オファー|お話)[^。]{0,12}(決め|選)/, 3.5),
  // 「他の食品メーカーも受けてると思うけど、今どのくらい進んでる」: how far the others have got, above the figure word.
  cue(/(受けて|見て|応募して)[^。]{0,16}(どのくらい|どれくらい|どこまで)[^。]{0,4}進ん/, 4.5),
  // Which way the candidate leans between us and another offer (「うちとそっちだと、どっちに気持ち傾いてます」).
  cue(
    /(気持ち|心)(が|は)?[^。]{0,4}傾い|(弊社|当社|うち)と(そっち|そちら|[^。]{1,8}社)(だと|なら|で)[^。]{0,6}(どっち|どちら)/,
    3.5,
  ),
  // How far along the move is, as casual talks ask it: 温度感, 本気で考えている, いつまでに動く — above the bare
  // 転職 of the reason for changing.
  cue(
    /温度感|(転職|就活|活動)(は|って|を)?.{0,8}(本気|真剣|具体的に)(で|に)?(考え|検討|動|進め)|いつ(頃|ごろ)?までに(転職|動|決め)/,
    3.5,
  ),
  // How serious the move is (「今どのくらい本気です 転職」), above the 転職 of the reason for leaving.
  cue(
    /(ほか|他)に(は)?[、,\s]*(どういう|どんな|どこ)[^。]{0,8}(見て|受けて|応募)|(どのくらい|どれくらい|どれぐらい)[^。]{0,2}(本気|本腰)|本気(度|で)?[^。]{0,4}(転職|就活)/,
    5,
  ),
  // 「就活で大事にしてる軸」 is the 就活の軸, not a value of life: outweighs 大事にして; 「今回の転職で、会社を選ぶときに
  // 一番重く見ているのは」 outweighs the 転職 it is put in.
  cue(
    /(就活|就職活動|転職活動|(会社|企業|就職先|転職先|勤め先|職場)(選び|を選ぶ|を決める)).{0,12}(軸|基準|重視|大事|大切|ポイント|重く見|重きを置|優先)/,
    3.5,
  ),
];
