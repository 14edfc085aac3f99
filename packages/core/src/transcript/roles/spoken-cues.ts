/**
 * Surface cues of who someone is in a hiring conversation, read from what they say. They follow the
 * conventions of Japanese 面接/面談/OB訪問 (the interviewer opens and closes, introduces themselves as the
 * one in charge, says 当社/弊社 and invites 逆質問; the candidate says 御社/貴社 and introduces themselves
 * with their school or former employer), as the common 就活/転職 guides describe them. They work on text
 * with or without punctuation (ASR output often has only spaces).
 */

/**
 * Sentence-like units, each keeping its final mark: split after sentence punctuation and, in Japanese text
 * (where ASR output often has only spaces between phrases), at spaces too.
 */
export function utterances(text: string): string[] {
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
  return text
    .split(/(?<=[。．！!？?])|\n/u)
    .flatMap((part) => (japanese ? part.split(/\s+/u) : [part]))
    .map((unit) => unit.trim())
    .filter((unit) => unit.length > 0);
}

const INTERROGATIVE =
  /(何|なに|なん|どう|どの|どこ|どちら|どれ|どんな|いつ|誰|だれ|なぜ|いかが|いくつ|why|what|how|when|which|who)/i;
const QUESTION_END = /(か|かな|かね)$/;
const POLITE_QUESTION_END = /(です|ます|でしょう|ません|ました|でした|んです|のです)か$/;
const REQUEST_END =
  /(ください|下さい|くださいますか|もらえますか|いただけますか|いただけますでしょうか|お聞かせ(ください|願えますか)?|お願いします|お願いいたします|お願いできますか|教えて)$/;
/** Procedural checks and backchannels that end like questions but ask for nothing. */
const NOT_A_QUESTION = /(^(聞こえ|見え)(て|ます|る).*|そうですか|そうなんですか|よろしく.*|大丈夫ですか|いいですか)$/;

/** A unit that asks the other side for content: a question or a request to tell something. */
export function isQuestionUnit(unit: string): boolean {
  const bare = unit.replace(/[、,。．!！\s]+$/u, '');
  const marked = /[?？]$/.test(bare);
  const words = bare.replace(/[?？]+$/u, '');
  if (NOT_A_QUESTION.test(words)) return false;
  if (marked || REQUEST_END.test(words)) return true;
  if (!QUESTION_END.test(words)) return false;
  // A bare sentence-final か asks when it follows a polite form or comes with an interrogative.
  return POLITE_QUESTION_END.test(words) || INTERROGATIVE.test(words);
}

/** The invitation to ask (逆質問): 「何かご質問はありますか」「聞きたいことはありますか」「気になることは？」 */
export const INVITES_QUESTIONS =
  /((何か|なにか|ほかに|他に)?(ご)?質問(は|など|が)?(あり|ござい)|聞(き|い)てみたい(こと)?|聞きたいこと|気になる(こと|点)(は|など)?(あり|ござい)?|何でも聞いて|なんでも聞いて|質問(を)?(どうぞ|受け付け)|any questions)/i;

/** Opening or closing the meeting as its host. */
export const HOSTS_THE_MEETING =
  /(本日は(お忙しい(中|ところ))?(お時間(を)?(いただき|頂き)|お越しいただき|ご参加いただき|来てくれて)|今日は来てくれて|来ていただいて|(面接|面談|選考|ディスカッション)を(始め|開始|終了|終わり)|(時間|定刻)になりましたので|以上で(本日の)?(面接|面談|選考)|結果は.{0,20}(ご連絡|お知らせ|連絡します)|司会を(務め|させて)|進行を務め|テーマは|それでは(始め|はじめ))/;

/** Introducing oneself as the company side: 「面接を担当します松本です」「人事部の小林です」「OGの森田です」 */
export const INTRODUCES_AS_COMPANY =
  /((面接|面談|選考|採用|人事|本日)(を|の)?(ご)?担当(いた)?(します|しております|している|させていただきます)|担当の\S{1,8}(です|と申します)|面接官を|(人事|採用|総務|営業|開発|技術|企画)(部|課|室|チーム|グループ|本部)?の\S{1,8}(です|と申します)|(課|室|チーム|グループ|事業部|本部)の\S{1,8}(です|と申します)|(OB|OG|社員)の\S{1,8}(です|と申します)|(入社|新卒で入って)\S{0,4}(年目|年になり))/;

/** Talking about one's own company as its member. */
export const SPEAKS_FOR_COMPANY = /(当社|弊社|わが社|我が社|うちの会社|私ども|うちの部署|うちの(チーム|部))/;

/** Addressing the company as an applicant does. */
export const ADDRESSES_COMPANY = /(御社|貴社|おんしゃ)/;

/** Introducing oneself as an applicant: school, faculty, former employer. */
export const INTRODUCES_AS_APPLICANT =
  /(大学(院)?(の|\S{0,6}学部)|学部(の|\S{0,4}年)|高専|専門学校|前職|現職では|新卒で入社した|年生の)/;

/** Talking at length about oneself: first-person narration of experience. */
export const NARRATES_OWN_EXPERIENCE =
  /(私は|私が|僕は|自分は|わたしは|経験|アルバイト|ゼミ|サークル|部活|研究|担当していました|携わって)/;
