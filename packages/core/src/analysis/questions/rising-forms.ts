import { INDEFINITE } from './casual-forms';
import { INTERROGATIVE } from './question-detector';

/**
 * Questions that only the rising tone made, lost in an unpunctuated transcript: an interrogative with a plain or
 * polite ending (「DBは何を使ってました」「どこから見ていきます」「何書くつもりなの」), a request whose か was
 * dropped (「軽く教えてもらえます」), whether something is there (「直したいとこある」「譲れないポイントあります」
 * 「ほかも受けてたりします」), a confirmation (「他は辞退するということですね」) or a condition alone (「キャッシュが
 * 原因だったら」). Each is also an ordinary statement, so the finder takes one for a question only where the
 * candidate is expected to reply (see question-finder), as it does the hedged forms.
 */
const DROPPED_KA_REQUEST = /(て|で)(もらえ|いただけ|くれ)(ます|ません|る)$/;
const THERE_IS =
  /(こと|ごど|とこ|ところ|ポイント|もの|点|部分|何か|なにか|なんか)(は|って|とか|が|も)?(ある|あります|ありそう|あったりします|あったりする)$|(こと|とこ|ところ|経験)(は|って|とか)?(あった|ありました)$|(たり|だり)(します|する)$/;
const CONFIRMATION = /(ということ|ってこと|という(理解|認識))(で)?(よろしい|いい)?(です|でしょう|だ)?ね$/;
/**
 * Whatever is named before it, 「大丈夫」 asks whether the candidate is fine with it (転勤, 運転, 年収が下がる…), and so
 * do 「いいんですね」 and 「そのへんは気になります」.
 */
const FINE_WITH_IT =
  /(大丈夫|問題ない|平気|いけ(る|そう)|行け(る|そう))(そう)?(です)?$|(いい|よろしい|大丈夫|構わない)(ん|の)ですね$|(は|って|とか)気にな(ります|る|りそう)$/;
/** 「〜とかある」: whether there is something, with the casual とか for the thing. */
const SOMETHING_LIKE = /とか(って|は)?(ある|あります|あった|ありました|あったりする)$/;
/** The casual question in の: 「規模って気にしてないの」「もう決めてるの」. */
const CASUAL_NO = /(ない|てる|ている|た|る|い)の$/;
/**
 * Regional question endings (Kansai, Chūgoku…): 「受けよるん」「一番なん」「なかったん」「せえへんかった」
 * 「大きいやろ」「ええんちゃうの」「じゃないん」.
 */
const REGIONAL = /(るん|たん|なん|いん|へん|へんかった|せんかった|ちゃう(の|ん)?|やろ|じゃろ|じゃないん|やないの)$/;
/** 「やり方で揉めたりはしなかった」「開発の人とはぶつからなかった」: whether something did not happen, asked plainly. */
const DID_NOT =
  /(たり|とか)(は|も)?(し)?なかった$|(と|とは|には)[^\s、。]{1,8}なかった$|(選択肢|考え|つもり|手|道)(は|って)なかった$/;
/** A cleft ending on the name of the one meant: 「それ言い出したのって川上さん自身」. */
const CLEFT = /のって[^\s、,]{1,12}$/;
/**
 * More plain forms a reply takes up (「周りからも切り替え早いって言われる」「それ強みって言っていい」「季節は考えなくていい」
 * 「尊敬してる人っている」「人事とかじゃだめなの」「うちでもやれそう」「評価とかも」).
 */
const PLAIN_CHECK =
  /(って|と)[^。]{0,10}言われ(る|ない)$|(って|と)言って(いい|もいい)$|(なくて|ても)(いい|ええ)$|(人|方|相手)(って|は|とか)\s?(いる|います|いらっしゃる|いた|いました|おった|おる|おらんかった)$|(だめ|ダメ|無理)な(の|ん)$|(やれ|でき|いけ|行け|活かせ|生かせ)そう$|^[^\s、,]{1,8}とかも$/;
/** 「もう物足りない感じ」: how it feels, put for the candidate to confirm. */
const FEELS_LIKE = /(い|な|た|る)感じ(です)?$|(る|な|の)タイプ(です)?$|(とか|みたいな)\s*そういう(の|こと|感じ)?$/;
/** A topic word alone (「短所。」「志望動機」): the question reduced to what it is about — not a reaction. */
const BARE_TOPIC = /^[一-龯ァ-ヶー]{2,8}$/;
const REACTION_WORD =
  /^(了解|承知|確か|最高|正解|残念|結構|大丈夫|失礼|以上|本当|当然|納得|感心|感謝|同感|順調|無理|最後|次|完璧|素敵|素晴|なるほど)/;
/** 「〜てみたら」 is advice (why not try), not a what-if. */
const CONDITION_ALONE = /(?<!(て|で)み)(たら|だら|なら|としたら|とすれば|場合は)$/;
/** The clause after a concession (「うちはGoが中心なんですけど…」): what is asked follows it. */
const LAST_CLAUSE = /^.*(けど|けれど|けれども|ですが|ますが)[、,\s]*/;
/** The speaker's own side (うちは, 弊社では, 私も) is told, not asked. */
const OWN_SIDE =
  /^(うち|弊社|当社|私|わたし|僕|我々|こちら)(の(会社|部署|チーム|職場))?(は|が|も|にも|では|でも|だと|って)/;

/**
 * The か that closes an indirect question: before a particle or a pause (「何を優先するかは」), or a verb of knowing
 * or deciding (「何を書いたか覚えてる」「どうすればいいか迷った」) — not the か inside 動かす or から.
 */
const INDIRECT_KA =
  /か(どうか)?(は|を|が|も|に|で|って|について|と|まで|[、,\s]|わか|分か|知|覚え|迷|悩|決め|考え|気にな|聞)/;

/** An interrogative in the last clause, not inside an indirect question (「どうすればいいか迷った」). */
function asksWithInterrogative(bare: string): string | null {
  const clause = bare.replace(LAST_CLAUSE, '');
  if (OWN_SIDE.test(clause)) return null;
  const masked = clause.replace(INDEFINITE, (word) => '・'.repeat(word.length));
  const found = INTERROGATIVE.exec(masked);
  if (!found || INDIRECT_KA.test(masked.slice(found.index + found[0].length))) return null;
  return found[0];
}

/** The rising-tone form of a sentence that may be a question, or null. */
export function risingToneQuestion(bare: string): string | null {
  // The speaker's own side is told, unless a form that only asks closes it (「うちが一番なん」「…けど大丈夫」).
  const asksOutright = FINE_WITH_IT.exec(bare) ?? REGIONAL.exec(bare);
  if (OWN_SIDE.test(bare.replace(LAST_CLAUSE, ''))) return asksOutright?.[0] ?? asksWithInterrogative(bare);
  if (BARE_TOPIC.test(bare) && !REACTION_WORD.test(bare)) return bare;
  const match = [
    DROPPED_KA_REQUEST,
    THERE_IS,
    CONFIRMATION,
    CONDITION_ALONE,
    FINE_WITH_IT,
    SOMETHING_LIKE,
    CASUAL_NO,
    REGIONAL,
    CLEFT,
    FEELS_LIKE,
    DID_NOT,
    PLAIN_CHECK,
  ].reduce<RegExpExecArray | null>((found, pattern) => found ?? pattern.exec(bare), null);
  if (match) return match[0];
  return asksWithInterrogative(bare);
}
