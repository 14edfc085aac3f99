/**
 * Spoken forms that the textbook endings miss or mistake: elliptical questions, invitations, advice with an
 * indirect question inside, and a greeting glued to the end of an unpunctuated ASR turn.
 */

/**
 * An elliptical question leaves the predicate out: a topic marked with は/って/とか (「転職を考えたきっかけは」,
 * 「その結果は」), an object with を (「お父様はどういったお仕事を」), or a manner adverb that stands for 「教えて
 * ください」 (「今のお仕事について簡単に」). Common in casual interviews and drill-downs. って only after a noun-like
 * ending (こと, の, katakana, an honorific noun: 「ご予定って」): after a verb it is the て-form (思って, がんばって). A topic with a length limit
 * (「志望動機を一分で」「自己紹介、三十秒で」) is a request cut short.
 */
const ELLIPTICAL =
  /[^\s、,]{2,}(は|とかは|を)$|[^\s、,]{1,}(こと|の|もの|ところ|とこ|とき|[ァ-ヶー])って$|(ご|お)[一-龯]{2,}(とか|なんか)?って$|[一-龯]{2,}(とか|なんか)って$|(こと|もの|ところ|とこ|点|を)、?\s*(一つ|ひとつ|二つ|三つ|一言|一個|ひとこと)(だけ)?$|(について|を|のこと|って|から)、?\s*(簡単に|かんたんに|手短に|一言で|ざっくり|ざっと|軽く|詳しく|具体的に)$|[^\s、,]{2,}(理由|きっかけ|決め手)$|[^\s、,]{2,}、\s*(簡単に|かんたんに|手短に|一言で|ざっくり|ざっと|軽く)$|[^\s、,]{2,}(を|、|,|に\s|\s)\s*([一二三四五六七八九十百\d０-９]+(秒|分)|一言|手短|簡潔|端的)(で|に|以内で|くらいで|程度で)$/;
/** Not questions although they end like one: openers and greetings (では, それでは, こんにちは, 本日は). */
const ELLIPTICAL_NOT =
  /^(はい|ええ|では|それでは|じゃあ|まずは|今日は|本日は|こんにちは|こんばんは|私からは|僕からは|こちらからは|以上|最後は|次は|それ|これ)[、,\s]*(は|って|を)?$|(に|(?<!こ)と|で|から|まで)は$|ては$|(こんにちは|こんばんは)$/;

/**
 * A drill-down that only asks for more (「具体的には」「それで」「今は」「最近で言うと」「それでも〜なかったら」): the topic is the previous
 * question's, the rising tone that made it a question is lost in text. 「〜てみたら」 is advice (why not try), not asked.
 */
const BARE_DRILL_DOWN =
  /(具体的に|詳しく|例えば|たとえば|最終的に|結果的に)は$|^(それで|で|それから)$|^(で|それで)?\s*(その後|そのあと)は?$|(って|っての|というの)(は)?[、,]?\s*(たとえば|例えば)$|(と申しますと|というと|っていうと|といいますと|と言いますと|って言うと)$|^[^\s、,]{1,8}(で|に)(言うと|いうと|言えば|いえば)$|^(今|いま|現在)は$|^(で|それで|じゃあ)?\s*(今|いま)\s*振り返(ると|ってみると)$|^(ほか|他)(は|には|だと)$|^(もし|仮に|それでも|じゃあ|では)[^。]{2,}(?<!(て|で)み)(たら|なら)$|[^。]{2,}(なかったら|なければ)$/;

/** A bare compound noun of two kanji or katakana (短所, 年収, 趣味) or 強み・弱み, marked by は. */
const SHORT_TOPIC = /^([一-龯ァ-ヶー]{2}|強み|弱み)は$/;

export function ellipticalQuestion(bare: string): string | null {
  const drillDown = BARE_DRILL_DOWN.exec(bare);
  if (drillDown) return drillDown[0].slice(-8);
  // 「短所は。」「年収は」: a two-character topic word is question enough; shorter bare words are not.
  if (SHORT_TOPIC.test(bare)) return bare;
  if (bare.length < 4 || ELLIPTICAL_NOT.test(bare)) return null;
  const match = ELLIPTICAL.exec(bare);
  return match ? match[0].slice(-8) : null;
}

/** 「何でも聞いてください」, 「気軽に質問してね」: an invitation to ask, which is not itself a question. */
const INVITATION =
  /(質問|聞きたい|聞いてみたい|気になる|思いついた|浮かんだ)[^。]{0,16}(方|人|かた)(は|から)[^。]{0,30}(ください|下さい|お願いします|どうぞ)$|(何でも|なんでも|気軽に|お気軽に|遠慮なく|ご遠慮なく|自由に|どんどん)(に)?.{0,12}(聞いて|聞いちゃって|質問して|質問しちゃって|尋ねて|声をかけて|ご質問)(ください|下さい|ね|ほしい|いただければ|もらえれば)?|(気になる|気になった|聞きたい|聞いておきたい|聞いときたい)(こと|ところ|点)(が|から|を)?.{0,6}どうぞ$|(質問|ご質問)(は|が).{0,16}(で|から|まで)(お願い|どうぞ)/;

export function isInvitation(bare: string): boolean {
  return INVITATION.test(bare) && !/(ありますか|ある[？?]?$|ありませんか|ございますか)/.test(bare);
}

/**
 * An indirect question inside a statement: 「なぜ銀行なのかは毎回聞かれる」, 「何を頑張ったかを深掘りされる」 —
 * the interrogative belongs to a clause closed by か + particle, and the sentence itself ends as a statement; or a
 * question quoted (「黙ってると何しに来たのって言われる」).
 */
const EMBEDDED =
  /(か|かどうか)(は|を|が|も|に|で|って|について|と|まで)|(の|か)?(って|と)(言われ|聞かれ|言って|聞いて|思われ)/;

export function isEmbeddedQuestion(bare: string, interrogativeAt: number): boolean {
  return EMBEDDED.test(bare.slice(interrogativeAt));
}

/**
 * Indefinite words built on interrogatives (いつでも, 何でも, 何か, どこか): they ask nothing. 「どこから」「何から」 are
 * interrogatives with から, not the indefinite か plus ら.
 */
export const INDEFINITE =
  /(いつでも|いつも|何でも|なんでも|何か(?!ら)|なにか(?!ら)|誰か(?!ら)|誰でも|どこか(?!ら)|どこでも|どれも|どれでも|どちらも|どっちも|いつか(?!ら)|どうぞ|どうも|どうしても|何(人|回|度|年|日|件|社|か月|ヶ月|時間|通り|十|百|千)も|何(人|回|度|年|日|件|社|か所|ヶ所|個|本|台)か(?![らりるれ])|(誰|何|どこ|いつ)(とでも|にでも|からでも|まででも)|(どんな|どの)[^、。\s]{0,6}でも|いくらでも|なぜなら|どう(考えても|見ても|やっても)|誰も|何となく|なんとなく|何より|何とか|なんとか)/g;

/**
 * A greeting at the end of an unpunctuated turn (「…山口ですどうぞよろしくお願いします」) closes the turn; it is not
 * a request. 「自己紹介をよろしくお願いします」 is, so a greeting right after を stays.
 */
const TRAILING_GREETING =
  /((どうぞ|本日は|今日は|改めて|引き続き|では|それでは|皆さん|皆様)[、,\s]*)*(よろしく|よろしゅう)(お願い|おねがい)(します|いたします|致します|申し上げます)$/;

export function withoutTrailingGreeting(bare: string): string {
  const match = TRAILING_GREETING.exec(bare);
  if (!match || match.index === 0) return bare;
  const before = bare.slice(0, match.index);
  return /を$/.test(before) ? bare : before;
}

/** A casual question with no question ending: 「趣味とかってあったりします」 (the rising tone is lost in ASR text). */
export const CASUAL_TARI = /とか(って)?.{0,10}(たり|だり)(します|する)$/;
/**
 * 「企画した経験ある」「言える根拠ある」「ここだけは外せないっていうのあります」: whether there is one, asked without
 * か (the rising tone lost in ASR text). With が it is a statement (「経験があります」), so が is left out here, and so is も (「担当することもあります」 tells).
 */
export const CASUAL_HAVE =
  /(経験|根拠|こと|ごど|予定|理由|機会|自信|覚え|エピソード|数字|データ|実績|希望|っていうの|というの|ってもの|(ない|たい)って)(って|は|とか)?[、,]?(あります|ある|あったりします)$/;

/**
 * Requests as people say them and ASR writes them, with no 「ください」: dialect imperatives (名古屋 「やってみて
 * ちょう」, 広島 「言うてみんさい」), 「強みは一言で言うと」, 「聞いてもいい」, 「成果が出た話ください」, 「短所も聞い
 * とこうかな」 (what the interviewer means to ask next) and a topic with the manner only (「自己紹介は短めで」). A bare
 * 「〜してみて」 is advice (an OB's 「インターンには行ってみて」), and 「お休みなさい」 no request: neither is here.
 */
export const SPOKEN_REQUEST =
  /(て|で)(みて)?(ちょう|ちょうだい|ちょーだい)$|(てみ|でみ)(な|ん)さい$|(言い|話し|答え|教え|説明し|紹介し)(な|ん)さい$|(一言|ひとこと|簡単に|短く|ざっくり)(で)?(言うと|言ったら|言えば|表すと|まとめると)$|(聞いて|伺って|お聞きして)(も)?(いい|ええ|よろしい)(ですか|かな|か)?$|(話|お話|こと|エピソード|例)(を)?(ください|下さい)$|(聞いとこう|聞いておこう|聞いてみよう|伺っておこう|伺おう|聞こう)(かな|か)$|(?<!(私|僕|俺|わたし|こちら)の\s?)(自己紹介|自己PR|志望動機|ガクチカ|強み|長所|短所|弱み)(は|を|も)?(短め|簡単|手短|軽く|一言|ひとこと)(で|に)?$|(話して|教えて|聞かせて|説明して|紹介して)(もらって|もろて|いただいて)(も)?(いい|ええ|よろしい)(ですか|かな|か)?$|(もう少し|もうちょっと|もうちょい)\s*(具体的に|詳しく)$/;

/** 「部下に任せます それとも 自分で」: the other choice left open — not a told 「それとも別の道もあったかもしれません」. */
export const OPEN_CHOICE = /それとも[^。]{1,16}$/;
const TOLD_END = /(ました|ません|でした|です|ます|した|った|だ|か)$/;

export function openChoice(bare: string): string | null {
  const match = OPEN_CHOICE.exec(bare);
  return match && !TOLD_END.test(bare) ? match[0] : null;
}

/**
 * An unpunctuated ASR turn splits phrases with spaces (「聞きたいこと ある」「見てる 感じ」): the spoken forms are matched
 * once more with the spaces between Japanese words taken out. Spaces next to Latin words stay.
 */
export function withoutPhraseSpaces(text: string): string {
  return text.replace(/(?<=[^\sA-Za-z0-9])\s+(?=[^\sA-Za-z0-9])/g, '');
}
