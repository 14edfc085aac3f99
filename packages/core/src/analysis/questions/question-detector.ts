import type { QuestionCue } from '../report';
import {
  CASUAL_HAVE,
  CASUAL_TARI,
  ellipticalQuestion,
  INDEFINITE,
  isEmbeddedQuestion,
  isInvitation,
  openChoice,
  SPOKEN_REQUEST,
  withoutPhraseSpaces,
  withoutTrailingGreeting,
} from './casual-forms';

export interface DetectedQuestion {
  cue: QuestionCue;
  /** The words that made it a question. */
  evidence: string;
}

/** The prompt for the candidate's own questions: 何か質問はありますか, 聞きたいことはある？, any questions? */
export const REVERSE_PROMPT =
  /(質問|聞きたいこと|聞いておきたいこと|聞いときたいこと|聞いてみたいこと|確認しておきたいこと|気になっ?てる?こと)(は|って|が|を|など|とか)?(何か)?(あり|ござい|ある|いかが|あれば|どうぞ|受け付け|ない(です)?(か)?(\s+大丈夫)?$)|質問をどうぞ|(ほかに|他に)[^。]{0,3}気になる(こと|とこ|ところ|点)(は|って|が)?(あり|ある|ござい)|(最後|ほかに|他に)[^。]{0,4}(何か|なにか|なんか)あれば$|^(.{1,12}(さん|様)から|(そっち|そちら|皆さん|みなさん)から|最後に|他に|ほかに)?[、,]?\s*(何か|なにか|なんか)(あります|ございます|ある)(か|でしょうか)?[？?]?$|^(ほかに|他に|最後に|何か)?[、,]?\s*(ご)?質問(は|とか|って)$|^(ほかに|他に)は$|(何か|なにか|なんか)(ご)?質問$|(聞き残した|聞き足りない|聞きそびれた)こと|(何か|なにか|なんか)気になる(こと|点|ところ)(は|って|とか|が)?(あり|ござい|ある|あれば)|(^|ほかに|他に|最後に|(さん|様)から)[、,]?\s*(何か|なにか)?(聞きたい|聞いておきたい|気になる|気になっている|質問したい)こと(は|って|とか)$|any questions|questions for (us|me)/i;

/** Reactions that end in か but ask nothing: そうですか, 本当ですか. */
const REACTION =
  /^(あ|ああ|へえ|へー|ほう|えっ|なるほど)?[、,]?\s*(そう(なん)?(です|でした)か|本当(です|でした)か|そうなんですか)[?？]?$/;

/** Checks of the call or the set-up, not interview questions: 聞こえていますか, 画面は見えていますか. */
const PROCEDURAL =
  /(?<!(そう|よう|みたい)に)聞こえ(て|ま)|(画面|資料|スライド)(は|が)?(見え|共有)|音声(は|が)?(大丈夫|問題|聞こえ|途切れ)|カメラ|マイク|ミュート|接続(は|が)?(大丈夫|問題|切れ)|準備(は|の方は)?(よろしい|大丈夫|いい|できて)|(始め|進め)ても(よろしい|大丈夫|いい)|通信(状況|環境)/;

/** Greetings that end like a request: (本日は)よろしくお願いします — but 自己紹介をよろしくお願いします asks. */
const GREETING =
  /^((はい|ええ|それでは|では|本日は|今日は|改めまして|改めて|引き続き|どうぞ|こちらこそ)[、,\s]*)*(よろしく|よろしゅう)(お願い|おねがい)(します|いたします|致します|申し上げます)$/;

/** Requests for content: 教えてください, お聞かせください, 〜をお願いします, 推定してください. */
const REQUEST =
  /(て|で)(ください|下さい|くださいますか|いただけ(ます|ません)(でしょう)?か|もらえ(ます|ません)(でしょう)?か|くれる?|ほしい|欲しい)$|(聞かせ|教え)て$|(聞かせ|聞かし|教え|話し)(て|で)(や|な|ちょう|ちょうだい|くれへん|くれん)$|お(聞かせ|話し|答え|教え)(ください|いただけますか)$|ご(説明|紹介)(ください|いただけますか)$|お願い(します|いたします|できますか|できますでしょうか|してもよろしいですか|できます|できる)$|(か|理由|経験|考え|こと)(を|について)[、,\s]*([^。]{0,20}(さん|様)(に|から)[、,\s]*)?(伺い|お伺いし|お聞きし|お尋ねし)ます$|(自己PR|自己紹介|志望動機|ガクチカ|アピール)[^。]{0,4}どうぞ$|(一言|ひとこと|順番に|一人ずつ|お一人ずつ)[^。]{0,6}どうぞ$|(教えて|聞かせて|話して)(もらえ|いただけ)ます$|(教えて|聞かせて|話して)(もらって|もろて|いただいて)(も)?(いい|ええ|よろしい)(ですか|かな|か)?$|(自己PR|自己紹介|志望動機|ガクチカ|長所|短所|強み|弱み|理由|こと)を[、,\s]*([^。]{0,16}(から|順に|順番に|ずつ)[、,\s]*)?(伺い|お伺いし|お聞きし)ます$|(自己PR|自己紹介|志望動機)(から|を)?(いいかな|いい|いいですか|お願いできる)$/;

/**
 * Requests left open out of politeness: 「理由を伺えればと思います」, 「聞かせてもらえると」, 「お聞きしたいです」 —
 * the conditional or the wish stands for 「教えてください」; so does 「〜の話も聞きたいです」 and an episode asked for
 * by a condition alone (「役に立った経験があれば」).
 */
const HEDGED_REQUEST =
  /(伺え|お伺いでき|お聞かせ願え|お聞かせいただけ|聞かせてもらえ|聞かせていただけ|教えてもらえ|教えていただけ|お話しいただけ)(れば|ると|たら)(と思います|と|幸いです|嬉しいです|助かります)?$|(伺い|お伺いし|お聞きし|聞かせてもらい|お聞かせいただき)たい(です|と思います)?$|(聞かせて|教えて|話して|説明して)(ほしい|欲しい|もらいたい|いただきたい)(です|んですが|んですけど)?$|(話|お話|経験|エピソード|こと)(も|を|は)?(ぜひ)?(聞き|お聞きし|伺い)たい(です|と思います|んですが|んですけど)?$|(も|を|は)(聞いて|お聞きして|伺って)おきたい(です|と思います)?$|(経験|エピソード|こと|話|例|ところ)(が|は|とか|など)?(あれば|ありましたら|あったら)$/;

/** Requests that ask for no answer: お待ちください, おかけください, リラックスしてください. */
const NON_CONTENT_REQUEST =
  /(待ち|かけ|掛け|入り|座り|座って|おかけになって|お座りになって|始めて|楽にして|リラックスして|気をつけて|連絡|連絡して|ご連絡|お越し|確認して)(ください|下さい)|させて(ください|下さい|いただけますか|もらえますか)/;
/** Requests for something done outside the conversation: アンケートのご記入, 挙手, 退出 (a 座談会's housekeeping). */
const ACTION_REQUEST = /アンケート|フォーム|記入|提出|挙手|手を挙げ|退出|退室|ご移動/;

/**
 * A hint tacked on after the question in an unpunctuated turn (「一番しんどかったことって何 部活以外でもええよ」,
 * 「何台あると思います 考え方だけでいいです」, 「自己紹介お願いできます 一分くらいで」): the question is what comes
 * before it.
 */
const TRAILING_HINT =
  /\s+[^\s]{0,12}(上|下|右|左|端|前|後ろ)から順(番)?(に|で)$|\s+[^\s]{0,24}((で|でも)(いい|ええ|良い|構わない|かまわない|大丈夫|結構)(よ|です|ですよ|から|し)?|(くらい|ぐらい|程度|以内)で|だけで(いい|ええ)(です|よ)?)$|(\s+[^\s]{1,12}とか){1,3}$/;
/**
 * Who answers first, said after the question in a group interview (「志望する理由をお願いします 高木さんから」,
 * 「どうしたかを伺います 村井さんからどうぞ」): the question is what comes before it.
 */
const TRAILING_TURN_CALL =
  /[\s、,]+(今度は|次は|まずは|では)?([^\s、,]{1,8}(さん|くん|君|様)|(右|左|端|手前|奥)の方)から[\s、,]*(どうぞ|お願いします|お願いできますか|順に|順番に)?$/;
/** The question just asked, put to another candidate: 「〇〇さん、同じ質問で」. */
const SAME_QUESTION = /同じ質問(で|です|を|に)/;

/** Interrogative words (what, why, how, which…); mask INDEFINITE words first. */
export const INTERROGATIVE =
  /(なぜ|何故|どうして|何(だ(?!か)|や|じゃ|が|を|で|に|と|の|は|から|まで|人|名|件|社|年|歳|回|位|割|時|点|番|台|個|本|枚|軒|店|倍|円|%|パーセント|日|週|分|秒|(?=[書話言使作見聞考選学読])(?!(度|回))|して|しに|する|し(?=[よとてた])|やって)|なに|なん(で(?!す|しょ)|の|て|か月|だ(?!か|け)|や(?!ろ)|じゃ(?!な))|どの|どんな|どう(?!ぞ|も)|どない|どげん|どがい|どっから|どういう|どういった|どちら|どっち|(?<![そあこど])いつ|どこ|誰|だれ|いくつ|いくら|どれ|いかが)/;

/** 「反応はどうでした」: a casual question in the past, with no か. */
const CASUAL_PAST_QUESTION = /(どう|どんな感じ|いかが)(でした|だった)$/;
/**
 * A group discussion's theme, given by the staff: the prompt the discussion answers — also after an opener that ASR
 * runs into it (「それでは始めてくださいテーマは…」).
 */
const DISCUSSION_THEME = /(^|ください|ます|それでは|では|はい)[、,\s]*(今日の|本日の|議論の)?テーマは/;

/** Sentence endings that assert rather than ask. */
const DECLARATIVE_END = /(です|ます|でした|ました|だ|た|ね|よ|ません|ない|でしょうね)$/;
/** 「武器って何だと思います」, 「どう思ってる」, 「どんな方向にと考えてます」: an interrogative before と思う asks a view. */
const ASKS_VIEW = /(と|って)(思(う|います|ってます|ってる|われます)|考え(てます|てる|ています))$/;
/**
 * 「目標に届かなかったらどうします」「任されたとしたら何から手をつけます」: a condition, then what you would do — asked,
 * though ます ends it (ASR drops か).
 */
const CONDITIONAL_ASK =
  /(たら|なら|れば)[、,]?\s*((どう(?!にか|にも|せ)|何を|どこから|誰に)[^。]{0,6}(します|する)|(何|どこ|誰|どれ)(から|を|に)[^。]{0,8}(ます|る))$/;
/**
 * 「そのあと何変えました」「最初の一週間何します」: 何 right before the verb, its particle and か dropped as people say
 * it and ASR writes it — a statement would keep the particle (「何も変えませんでした」 is masked as indefinite).
 */
const BARE_WHAT_DID = /(何|なに)(?![もかとでにがはのや])[一-龯ぁ-ゖ]{1,6}(します|しました|ました|ます|たん|だん)$/;
/** 「自分で何とかしようとは思わないの」: a challenge put as a negative question. */
const NEGATIVE_VIEW = /(とは|って)思わない(の|んですか|ですか)$/;
/** 「何かな」, 「どうかな」: か plus the softening な, a question when an interrogative goes with it. */
const SOFT_KA = /(の)?か(な|なあ|しら)$/;

const ENGLISH_REQUEST =
  /^(tell me|could you|can you|would you|will you|please (tell|describe|explain|introduce|share|walk)|walk me through|describe|explain|introduce yourself|what|why|how|where|when|which|who|do you|did you|are you|have you|is there)\b/i;

/** A sentence without the marks that close it (。, !, a trailing …): what the forms below are matched against. */
export function sentenceBody(sentence: string): string {
  return sentence.trim().replace(/[。．.！!…‥\s]+$/, '');
}

/** A sentence without its closing marks, a greeting glued to its end, a turn call or a hint said after it. */
export function questionBody(sentence: string): string {
  const whole = withoutTrailingGreeting(sentenceBody(sentence));
  return whole.replace(TRAILING_TURN_CALL, '').replace(TRAILING_HINT, '') || whole;
}

/**
 * Whether one sentence of the company side asks something the candidate is expected to answer, and why.
 * Reactions (そうですか), procedural checks (聞こえていますか) and greetings are not questions.
 */
export function detectQuestion(sentence: string): DetectedQuestion | null {
  const bare = questionBody(sentence);
  const found = detectInBody(bare);
  if (found) return found;
  // Without the phrase spaces only the forms that ask outright count: the elliptical ones (「経験 あります」) are
  // what a candidate's answer says too — unless a topic particle marks the thing asked about (「苦手な ことって ある」).
  const joined = withoutPhraseSpaces(bare);
  if (joined !== bare) {
    const spoken = detectInBody(joined);
    if (spoken && (spoken.cue !== 'elliptical' || ASKED_THING.test(bare))) return spoken;
  }
  // 「うちを受けた理由 坂口さんから」: a turn call said after it makes what comes before it a question — not after a
  // sentence that tells, thanks, checks the call or sets up (「二人で担当します 佐藤さんから」「お待ちください 田中さんから」).
  const call = TRAILING_TURN_CALL.exec(sentenceBody(sentence));
  if (call && bare.length >= 4 && bare !== sentenceBody(sentence) && asksWhenCalled(bare))
    return { cue: 'request', evidence: call[0].trim() };
  return null;
}

const ASKED_THING = /(って|とか)\s*(ある|あります|あったりします)$/;

function asksWhenCalled(bare: string): boolean {
  return (
    ![DECLARATIVE_END, REACTION, PROCEDURAL, GREETING, NON_CONTENT_REQUEST, ACTION_REQUEST].some((form) =>
      form.test(bare),
    ) && !isInvitation(bare)
  );
}

function detectInBody(bare: string): DetectedQuestion | null {
  if (bare === '' || REACTION.test(bare) || PROCEDURAL.test(bare) || GREETING.test(bare)) return null;
  if (isInvitation(bare)) return null;
  const prompt = REVERSE_PROMPT.exec(bare);
  if (prompt) return { cue: 'reverse_prompt', evidence: prompt[0] };
  if (/[?？]$/.test(bare)) return { cue: 'question_mark', evidence: bare.slice(-6) };
  const final =
    /(ですか|ますか|でしょうか|ましたか|でしたか|ませんか|んですか|のですか|のか|かね|かしら|でしょう|だろうか|っけ|(の|ん)では|んじゃない|(の|ん)でしょ|(大丈夫|平気|問題ない|いける|行ける)かな|(る|た|ない|の|夫)かい|か)$/.exec(
      bare,
    );
  if (final && !/(とか|何か|なにか|誰か|どこか|いつか)$/.test(bare))
    return { cue: 'sentence_final', evidence: final[0] };
  if (
    (REQUEST.test(bare) || HEDGED_REQUEST.test(bare)) &&
    !NON_CONTENT_REQUEST.test(bare) &&
    !ACTION_REQUEST.test(bare)
  ) {
    return { cue: 'request', evidence: (/(\S{0,8})$/.exec(bare)?.[1] ?? bare).slice(-10) };
  }
  const spokenRequest = SPOKEN_REQUEST.exec(bare)?.[0] ?? openChoice(bare);
  if (spokenRequest && !NON_CONTENT_REQUEST.test(bare)) return { cue: 'request', evidence: spokenRequest };
  if (DISCUSSION_THEME.test(bare)) return { cue: 'request', evidence: bare.slice(0, 8) };
  const same = SAME_QUESTION.exec(bare);
  if (same) return { cue: 'request', evidence: same[0] };
  // 「何かな」: the softened ending is no indefinite 何か.
  const probe = SOFT_KA.test(bare) ? bare.replace(SOFT_KA, '') : bare;
  const masked = probe.replace(INDEFINITE, (word) => '・'.repeat(word.length));
  const interrogative = INTERROGATIVE.exec(masked) ?? /何$/.exec(masked);
  const asks =
    !DECLARATIVE_END.test(bare) ||
    CASUAL_PAST_QUESTION.test(bare) ||
    ASKS_VIEW.test(bare) ||
    SOFT_KA.test(bare) ||
    CONDITIONAL_ASK.test(bare);
  if (interrogative && asks && !isEmbeddedQuestion(bare, interrogative.index)) {
    return { cue: 'interrogative', evidence: interrogative[0] };
  }
  const bareWhat = BARE_WHAT_DID.exec(masked);
  if (bareWhat) return { cue: 'interrogative', evidence: bareWhat[0] };
  const challenge = NEGATIVE_VIEW.exec(bare);
  if (challenge) return { cue: 'sentence_final', evidence: challenge[0] };
  const elliptical = ellipticalQuestion(bare) ?? CASUAL_TARI.exec(bare)?.[0] ?? CASUAL_HAVE.exec(bare)?.[0] ?? null;
  if (elliptical) return { cue: 'elliptical', evidence: elliptical };
  if (ENGLISH_REQUEST.test(bare) && /[a-z]/i.test(bare) && !/[\u3040-\u30ff]/.test(bare)) {
    return { cue: 'request', evidence: bare.split(/\s+/).slice(0, 3).join(' ') };
  }
  return null;
}
