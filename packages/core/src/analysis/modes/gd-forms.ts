import type { KeyPoint } from '../report';

/**
 * The forms that make a sentence an idea: a proposal, an opinion with a stance, a conclusion. Besides the
 * textbook proposal (〜してはどうでしょう, 〜を提案します), people put an idea forward by
 * - saying what doing it would bring (「〜しておけば手間も減りますよね」「〜てもらえると、…届きますね」),
 * - wondering whether it could be done (「〜を置けないかなと」「〜できないか」「〜置けないですかね」),
 * - trailing off on the condition (「〜にも置いたら」),
 * - comparing it with another (「〜のほうが安く済みませんか」),
 * - giving it as an example or trailing off (「〜を倍にするとか。」「〜もらうみたいな」「〜無料にするのは」),
 * - counting it off (「一つは、〜ことです」「〜のが一つ」) or asking about it with a list word (「〜とかどうですかね」).
 */
const PROPOSAL = new RegExp(
  [
    'しませんか|してはどう|(は|も)どうでしょう|(の|こと)(は|も)(どう|いかが)(でしょう|ですか)|のはどう|たらどう|ばどう',
    'を提案|もあり(かな|かも)|提案します|ましょう|べき(だ|です)|(の|のが|のも|ても|でも|と|ば)(いい|良い|よい)(と思|ですね|かも|のでは)',
    '案(です|があります|もあり)|もありだと|にしたら',
    '[えけげせてねべめれ]ば[、,][^。]{0,30}(なります|なる|できます|できる|広がります|増えます)',
    // What it brings: a conditional (〜ば, or 〜と after a verb of doing or getting done) and a result at the end.
    // A bare 〜ます after it is a plan stated (a presentation's 「〜すれば…拡充します」), not one put forward.
    '[えけげせてねべめれ]ば[、,\\s]?[^。]{0,40}?(ます|ません|る|ない)(よね|ね|かな|かと|でしょう|んじゃないですか|じゃないですか)[。！]?$',
    '(する|にする|ようにする|もらえる|もらう|くれる|できる|ておく|とく)と[、,\\s]?[^。]{0,30}?(ます|る)(よね|ね)[。！]?$',
    // Wondering whether it can be done: a potential verb with ないか (置けないか, できないか), not 来ないかも.
    '([えけげせてねべめれ]|でき)ない(です)?か(な|ね|と|って|[。？?]|$)',
    // Trailing off on the condition, the rest left to the listener: 「〜にも置いたら」「〜を配れば」 — not a wish
    // that someone else would do something (「誰か見てくれれば」).
    '(たら|(?<!くれ|もらえ)[えけげせてねべめれ]ば)[。？?]?$',
    '(の)?ほうが[^。]{0,15}(ませんか|ないですか|でしょうか)',
    '[うくぐすつぬぶむる](とか|みたいな(感じ)?|のは)[。？?]?$',
    '[うくぐすつぬぶむる](の|こと)が一つ',
    '^(一つ|ひとつ|もう一つ|もうひとつ|二つ|三つ)(目)?は[、,\\s]?[^。]{6,}(こと|の|もの)(です)?[。]?$',
    '(とか|って|っていうの|なんか)(は)?(どう|いかが)(です|でしょう)',
    // Judging the action one puts forward: 〜のが良さそう・ベスト・おすすめ, 〜たほうがいい, 〜ばいいんじゃない,
    // 〜するのもアリ, 〜という手もある, 〜べきじゃないでしょうか, 〜というアイデアです, 〜をお願いしたいです.
    '(の|こと)が(良さそう|よさそう|ベスト|おすすめ|オススメ|手っ取り早|効果的|現実的)',
    'ほうが(いい|良い|よい)|(ば|たら)(いい|良い|よい)(んじゃ|と|のでは|かも|です|な)|(が|の)(いい|良い)(んじゃない|のでは)',
    '(も|は)アリ|もあり(だよ|ですね|じゃない)|手(も|が)?(ある|あり)|一つの手|手(かな|です)',
    'べき(では|じゃない)|(という|っていう)(アイデア|案)|(という|っていう)のを(考え|提案)',
    '(を|に)[^。]{0,20}(し|やり|作り|開き|置き|出し|導入し|お願いし|始め|増やし|設け)たい(です|と思います|と考えています)',
  ].join('|'),
);

const OPINION =
  /(と|だと)(思います|考えます|思う|考える|考えています|思っています)|って(思います|思う|思って|考えて)|かもしれ(ません|ない)|のではないか|が一番|が重要|が大事|が大きい|が原因|が問題|はず(です|だ)|(ん|の)じゃないか(な|と)|(あり|いい)かな(と|って)?$|かなと$/;

export const IDEA_KINDS: ReadonlyArray<[KeyPoint['kind'], RegExp]> = [
  ['conclusion', /結論は|まとめると|私たちのグループは|以上です/],
  ['proposal', PROPOSAL],
  ['opinion', OPINION],
];

/** Running the discussion, not an idea of its own: roles, time calls, how to proceed. */
const PROCESS =
  /司会|進行|書記|タイムキーパー|残り.{0,4}(分|秒)|残り時間|時間(は|を)(私|僕|見|計|管理|確認)|優先順位を(つけ|決め)|洗い出|前提を|進め方|発表は|整理し(ましょう|ます)|(決め|考え|進め|出し)(ていき)?ましょう[。！!]?$|(から|について)(考え|話し合い)(たい|ましょう)/;
/**
 * Steering the discussion from one phase to the next — starting, sorting, comparing, wrapping up — is a
 * proposal in form (「〜ましょう」「〜しませんか」) but not an idea about the theme: 「それでは始めましょう。」,
 * 「では二つの案を評価軸で比べましょう。」, 「まず現状の課題を整理しませんか。」, 「そろそろまとめに入りましょう。」.
 * Moving to the next phase names it (「施策に移りましょう」「案出しにしましょう」「絞り込みに入りましょうか」「二つの軸で
 * 絞りましょう」「とにかく数出していきましょう」).
 * Checked before the 「案を」 exception of PROCESS: comparing the ideas names them without adding one.
 */
const PROCEDURAL =
  /(案|アイデア|意見)を[^。]{0,6}(出し|挙げ|言っ)て(いき|み)?ましょう|(始め|はじめ|スタートし)ましょう|(比べ|比較し|評価し|整理し|まとめ|振り返り)(ましょう|ませんか|ます)[。か]?$|(まとめ|本題|議論|結論|次)に(入り|移り|進み)|(案|施策|対策|解決策|案出し|絞り込み|評価|原因|まとめ)に(入り|移り|進み|し)(ましょう|ます|ませんか)|(案出し|絞り込み)(は|を)?ここまで|(数|とにかく|どんどん)[^。]{0,4}出して(いき|み)?ましょう|で絞(り|って)(ましょう|いきましょう|ませんか)|^(では|それでは|じゃあ|まず|次に|最後に)[、,]?(テーマ|論点|前提|課題|時間|役割)/;

/** True for a sentence that runs the discussion rather than adding an idea to it (see PROCEDURAL, PROCESS). */
export function isProceduralLine(text: string): boolean {
  const clean = text.trim().replace(/[。！？!?]+$/, '');
  return PROCEDURAL.test(clean) || PACE.test(clean) || (PROCESS.test(clean) && !NAMES_AN_IDEA.test(clean));
}

/** The pace of the discussion: 「次の案いきましょう」「急ぎましょう」「そろそろ結論を出さないと」. */
const PACE = /次(の案|の話)?(に|へ)?(いき|行き)ましょう|急ぎましょう|そろそろ[^。]{0,8}(結論|まとめ|決め|絞)/;

/** Only agreeing, with nothing of one's own: 「私もいいと思います」「僕もそれに賛成です」. */
const BARE_AGREEMENT =
  /^(私|僕|わたし|自分)?(も)?(それ|その案|そちら)?(が|で|に|は)?(いい|良い|賛成|同感|同じ)(だ|です)?(と思います|と思う|です)?$/;

export function isBareAgreement(text: string): boolean {
  return BARE_AGREEMENT.test(text.trim().replace(/[。！？!?、,\s]+$/, ''));
}

/**
 * A line that names a proposal is about the ideas even when it names a role: 「司会の方の案に加えて」 builds on
 * the moderator's idea, 「書記の方が言ってた〜」 recalls the note-taker's, and in speech without punctuation
 * 「書記やります えっと案なんですけど〜」 goes on from the role to an idea announced as one.
 */
const NAMES_AN_IDEA =
  /提案|アイデア|案(です|を|なんです|があって|があるんです|として)|案に(加え|付け加え|付け足|足|乗っか|関連)|(司会|進行|書記|タイムキーパー)(の方|さん)(が|の)(言って|おっしゃって|話して|出して)/;
