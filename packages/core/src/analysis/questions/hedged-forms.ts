/**
 * Questions that end as statements. Spoken Japanese often leaves the question to the listener: a hedged
 * observation closed by が/けど (「四十店舗だと断られることもあったと思うんですが」), a tag closed by よね
 * (「同業は他にもありますよね」), a guess closed by でしょうね or のかなと (「育成も任されているんでしょうね」), or a
 * casual polite form whose topic is marked by って/とか instead of が/を (「数字が届かない月ってありました」
 * 「ほかの会社とか見てます」), the rising tone lost in the transcript. Each is also an ordinary statement, so the
 * finder takes one for a question only where the candidate is expected to reply (see question-finder).
 */
const HEDGED_END =
  /(ん(です|だ)|の(です|だ)|と思う|と思います|でしょう|ました|ます|です|た|だ|い)(が|けど|けれど|けれども)$/;
const TAG_END =
  /(です|ます|でした|ました|でしょう|た|だ|ない)よね$|(ん|の)でしょうね$|(の|ん)かなあ?(と|って)?(思って|思いまして)?$/;
/**
 * って after a noun (katakana, a kanji, こと/の…), not the て-form of a verb: the kanji of the common verbs whose
 * て-form is 〜って (言って, 思って, 持って…) are left out.
 */
const CASUAL_TOPIC =
  /(([ァ-ヶー]|(?![言行思持待立買会勝打取送知作使払笑習戻帰入走切減乗困残守通迷頼])[一-龯]|こと|もの|ところ|とき|の)って|とか(って|は)?)[^、,]{0,14}(ます|ました|です|でした)$/;
/**
 * A polite question whose か ASR dropped: whether the candidate has something (「イメージあります」「何か経験って
 * あります」), or what they would have done had things gone otherwise (「その話がなかったら今も残ってました」).
 */
const DROPPED_KA =
  /(イメージ|予定|経験|考え|希望|心当たり|アイデア|目標|夢|こだわり|理由)(は|って|とか|が|も)?(あります|ありました)$|(なかったら|なければ|てなかったら|てたら|ていたら)[、,]?[^。]{0,20}(ました|てました|でした)$/;
/** The speaker talking about their own side (うちは, 私も, 弊社では) states, not asks. */
const OWN_SIDE = /(うち|弊社|当社|私|わたし|僕|我々|こちら)(は|が|も|では|でも|だと|って|の(会社|部署|チーム|場合))/;

/**
 * Agreement and praise (「そうですよね」「それはすごいですよね」) take nothing up; a preface (「次の質問ですが」)
 * announces a question still to come.
 */
const REACTION =
  /^(そう|確かに|本当に|ほんと)|(すごい|いい|良い|大変|面白い|素晴らしい|さすが)(です|だ)?よね$|(質問|話|お話|確認|伺い|お聞き)(なん|なの)?(です|だ)?(が|けど)$/;

/** The hedged, tag or casual ending of a sentence that may be a question, or null. */
export function statementLikeQuestion(bare: string): string | null {
  if (OWN_SIDE.test(bare) || REACTION.test(bare)) return null;
  const match = HEDGED_END.exec(bare) ?? TAG_END.exec(bare) ?? CASUAL_TOPIC.exec(bare) ?? DROPPED_KA.exec(bare);
  return match ? match[0].slice(-8) : null;
}
