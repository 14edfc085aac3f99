import type { SegmentMorphemes } from '../morphology';
import { questionsAskedBy } from '../pairing/my-questions';
import { isInvitation, withoutTrailingGreeting } from '../questions/casual-forms';
import { detectQuestion } from '../questions/question-detector';
import { sentencesOfTurn } from '../questions/question-finder';
import type { CompanyFact, ConversationReport } from '../report';
import { isCompanySide, type Turn } from '../turns';
import { clausesOfFact } from './fact-clauses';

/** Culture: how people work and live there — the vocabulary of 就活 guides' 社風・働き方 questions. */
const CULTURE =
  /雰囲気|仲が|人間関係|風通し|服装|在宅|育休|産休|時短|定時|ノルマ|飲み会|文化|風土|社風|任せ|裁量|年次(に|を)?(関係な|問わ)|年齢(に)?関係な|意見が(言え|通)|意見を言いやす|案が通|働き方|リモート|残業|休み|休む|休め|休ん|休暇|有給|有休|休日|転勤|異動|勤務地|コース|出勤|当たり前|研修|評価|制度|面談|相談|福利厚生|フレックス|副業|出社/;
/** The people one works with: culture (上司との距離が近い), unless the sentence is about the work they do together. */
const PEOPLE = /上司|先輩|若手|同期|メンター/;
/** What the job is made of (「先輩の案件に入って〜を担当しました」 tells the work, not how people get on). */
const WORK_CONTENT =
  /案件|プロジェクト|取引先|クライアント|設計|製造|商品|サービス|担当|業務|開発|営業|提案|企画|運用|分析|顧客|お客様/;
const WORK = new RegExp(
  `${WORK_CONTENT.source}|現場|部署|仕事|管理|使って|しています|しております|(うち|弊社|当社|うちの会社)(は|で|の)`,
);

function isCulture(text: string): boolean {
  return CULTURE.test(text) || (PEOPLE.test(text) && !WORK_CONTENT.test(text));
}

/** A number as spoken: digits, kanji numerals with a counter (三十代, 二年目, 九時), or 数十/何百 and halves. */
const NUMBER =
  /[0-9０-９]|[一二三四五六七八九十百千万億〇]+(人|名|件|社|年|か月|ヶ月|月|日|時|円|代|歳|才|週|期|位|割|倍|パーセント|%|拠点|回|軒|店|つ)|(数|何|十)(十|百|千|万)|[十百千]数|半分|半数|大半/;
/**
 * The selection process: its steps, what they look at, when things happen (選考の流れ, 面接で見られる点). What they look at
 * is the predicate (〜を見ています, 見ているのは〜); 「反応を見て、午後は…」 only tells what one does next (the work).
 */
const SELECTION =
  /選考|面接|適性検査|SPI|[Ww]eb\s?テスト|ウェブテスト|筆記|エントリーシート|ES|書類(選考|審査|通過|提出|の段階|で落|が通|で通|は通)|グループディスカッション|インターン|内々?定|説明会|締め?切|期限|応募|深掘り|倍率|通過|合否|リクルーター|(早期|本)選考|エントリー|(一|二|三|1|2|3)次(?!会)|最終面接|役員面接|ケース面接|採用(人数|予定|枠|担当)|聞かれ|(を|は)(よく|しっかり|特に|一番|必ず)?(見て(い|)(る|ます|ました)|見られ|評価し|重視し)|(見て|見られて|評価して|重視して)(い|)る(の|ところ|点|ポイント)(は|が)/;
/**
 * Advice: what to do or prepare (〜しておくといい, 〜した方がいい, おすすめ, 〜べき), advice named as such
 * (「ひとつアドバイスすると」), a casual call to do or try something (〜しといて, 〜してみてください, 〜なきゃ),
 * and a step with what it gains (「見学に来ると話せることがぐっと増える」, 「〜すると説得力が増える」) — any ば-form
 * (書けば, 話せば), not only れば. Also what is enough (「〜すれば大丈夫」), a verdict on the student's own material for
 * the selection (「その話は面接でも使えるよ」: what to keep telling), material to talk about that grows (「話せる
 * 中身が変わる」), a change told as what made one pass (「〜を変えたら通過するようになった」), and how long
 * before a step one started preparing (「面接の二週間前から準備した」: when to start).
 */
const ADVICE =
  /(ておく|ておいた|でおく|ておけ)(と|方が|ほうが)?|([うくすつぬむるぐぶた]|ない)(方|ほう)が.{0,8}(いい|良い|評価され|伝わ|有利)|(の|こと)が一番(です|だ|だと思|かな)|おすすめ|お勧め|(と|のが)(いい|良い)(です|と思|よ)|べき|気をつけ|意識して|練習して|準備して|と強い|とよい|アドバイス|早めに|(と|て)いてね?$|(しと|っと|いと|んど)いて|てみて(ください|ね|ほしい)|たら(いい|良い)(よ|です|と思)|なきゃ|ないと(だめ|ダメ|もったいない|損)|(と|ば)[、,]?[^。]{0,12}(もっと|ぐっと|ずっと|より)[^。]{0,8}(伝わ|増え|良くな|よくな|話せ)|([うくすつぬむるぐぶ]と|[えけせてねめれげべ]ば|たら)[、,]?[^。]{0,24}(伝わ|増え|厚み|強く|有利|差がつ|印象に残)|(ば|たら|なら)[、,]?(大丈夫|十分|問題ない)|(面接|ES|エントリーシート|選考|本番)で(も)?[^。\s]{0,4}(話せる|使える|言える|書ける|伝わる|ウケ|うけ|刺さ|活き|生き)|そのまま[^。\s]{0,4}(話せる|使える|言える|書ける|伝わる)|(話せる|話す|書ける|言える)(こと|ネタ|話|材料|中身)が[^。]{0,8}(増え|変わ|広が|深ま)|(たら|てから|たところ)[、,]?[^。]{0,12}(通る|通過する|受かる|うまくいく|評価される)ように(なっ|なり)|(締め?切り?|面接|選考|本番|エントリー)の?[^。]{0,8}前(に|には|から)[^。]{0,10}(始め|準備|書き|練習|対策|調べ)/;

/**
 * Advice first (what to do), then the selection process, then numbers, culture and the work itself. `asked`
 * is what the student's question just before was about: an answer to a question on the selection (「ESの締め
 * 切りは」→「三月の半ば」) is about the selection, and its first sentence is worth keeping even without a
 * word of its own (「大きな台風のあとですね」 answering what the hardest part of the job is).
 */
function kindOf(
  text: string,
  segmentId: string,
  morphemes: SegmentMorphemes,
  asked: CompanyFact['kind'] | null,
): CompanyFact['kind'] | null {
  if (ADVICE.test(text)) return 'advice';
  if (SELECTION.test(text) || asked === 'selection') return 'selection';
  const hasNumber =
    NUMBER.test(text) || (morphemes[segmentId] ?? []).some((m) => m.posDetail === '数' && text.includes(m.surface));
  if (hasNumber) return 'number';
  if (isCulture(text)) return 'culture';
  return WORK.test(text) ? 'work' : asked;
}

/** A question to the student — but a request to try something (〜してみてください) is advice, not a question. */
function asksSomething(text: string): boolean {
  const detected = detectQuestion(text);
  return detected !== null && !(detected.cue === 'request' && ADVICE.test(text));
}

/** What a student's question is about, when it asks about the selection, the culture or the work. */
function topicAsked(turn: Turn | undefined): CompanyFact['kind'] | null {
  if (!turn || (turn.role !== 'me' && turn.role !== 'candidate') || !detectQuestion(turn.text)) return null;
  if (SELECTION.test(turn.text)) return 'selection';
  if (isCulture(turn.text)) return 'culture';
  return WORK.test(turn.text) ? 'work' : null;
}

/** 「ひとつアドバイスすると、…」 announces the whole sentence as advice: its clauses are not classed apart. */
const ADVICE_PREFACE = /^[^。]{0,12}(アドバイス|おすすめ|お勧め|コツ)/;

/**
 * OB/OG visits and roundtables: what the company's people said about the company and the job — numbers,
 * culture, work content, the selection process and their advice for it — clause by clause within a sentence,
 * each with its moment, and the questions other participants asked.
 */
export function conversationReport(turns: readonly Turn[], morphemes: SegmentMorphemes): ConversationReport {
  const facts: CompanyFact[] = [];
  for (const turn of turns) {
    if (!isCompanySide(turn.role)) continue;
    const asked = topicAsked(turns[turn.index - 1]);
    for (const [position, sentence] of sentencesOfTurn(turn).entries()) {
      // An unpunctuated turn ends with its greeting glued on: what comes before it still counts.
      const text = withoutTrailingGreeting(sentence.text.replace(/[。．.！!\s]+$/, ''));
      // A punctuated sentence that invites questions is about the visit; unpunctuated speech may run an invitation
      // together with facts (「三年目で 経理をしてます 今日は何でも聞いて」): its clauses decide.
      if (text.length < 8 || (isInvitation(text) && /[、。,]/.test(sentence.text))) continue;
      // A punctuated question is a question; an unpunctuated "sentence" may be several, a question among them.
      if (asksSomething(sentence.text) && /[、。,？?！!]/.test(sentence.text)) continue;
      const pieces = piecesOf(text, sentence.segmentId, morphemes, position === 0 ? asked : null);
      for (const piece of pieces) {
        if (/ありがとう|よろしく|以上で|終了します|お疲れ/.test(piece.text)) continue;
        facts.push({
          kind: piece.kind,
          speaker: turn.speaker,
          segmentId: sentence.segmentId,
          atMs: sentence.segmentStartMs,
          // A sentence of one kind is shown whole, as said (punctuation and all); a mixed one by its clauses.
          text: piece.whole ? sentence.text : piece.text,
        });
      }
    }
  }
  return { facts, othersQuestions: questionsAskedBy(turns, 'candidate') };
}

/**
 * A sentence's facts: its clauses classed one by one (a reason about the selection, then advice on what to do),
 * a clause of no kind kept with its neighbour, neighbours of one kind joined — so a sentence of one kind stays
 * whole, and a question or an invitation inside unpunctuated speech is left out.
 */
function piecesOf(
  text: string,
  segmentId: string,
  morphemes: SegmentMorphemes,
  asked: CompanyFact['kind'] | null,
): Array<{ kind: CompanyFact['kind']; text: string; whole: boolean }> {
  const clauses = ADVICE_PREFACE.test(text) ? [{ start: 0, end: text.length }] : clausesOfFact(text);
  const classed = clauses.flatMap((clause, index) => {
    const words = text.slice(clause.start, clause.end);
    // A clause that goes on into the next (〜て、, 〜から) asks nothing by itself (「あいつ毎朝メモを取ってて、」: いつ inside a word).
    const goesOn = STEP_GOES_ON.test(words) || LEADS_ON.test(words);
    if ((asksSomething(words) && !goesOn) || isInvitation(words.trim())) return [];
    // The question's topic stands in for a first clause with no word of its own, unless that clause only leads
    // into the next (「部署によりますが、平均で月十五時間」: the point is what follows).
    const topic = index === 0 && (clauses.length === 1 || !LEADS_ON.test(words)) ? asked : null;
    return [{ ...clause, words, kind: kindOf(words, segmentId, morphemes, topic) }];
  });
  const first = classed[0];
  if (first && asked && classed.every((clause) => clause.kind === null)) first.kind = asked;
  const pieces: Array<{ kind: CompanyFact['kind'] | null; start: number; end: number; words: string }> = [];
  for (const [index, clause] of classed.entries()) {
    const next = classed[index + 1];
    let kind = clause.kind;
    // A reason of no kind explains what follows it (「役員は穏やかな人なので、肩の力を抜いて話すといい」).
    if (kind === null && next?.start === clause.end && REASON_END.test(clause.words)) kind = next.kind;
    const last = pieces.at(-1);
    // A figure inside a statement that goes on (〜て、〜で、) is a detail of it, not a fact apart: 「適性検査が
    // あって、六十分で解く」 is a step of the selection, 「休みは年に百二十日で、週末は出勤なので平日に休む」 the culture.
    if (last?.kind && kind && last.kind !== kind && STEP_GOES_ON.test(last.words)) {
      if (kind === 'number') kind = last.kind;
      else if (last.kind === 'number') last.kind = kind;
    }
    if (last && last.end === clause.start && (kind === null || last.kind === null || last.kind === kind)) {
      last.end = clause.end;
      last.words = text.slice(last.start, last.end);
      last.kind = last.kind ?? kind;
    } else pieces.push({ kind, start: clause.start, end: clause.end, words: clause.words });
  }
  return pieces.flatMap(({ kind, start, end }) =>
    kind ? [{ kind, text: text.slice(start, end).trim(), whole: start === 0 && end === text.length }] : [],
  );
}

/** A clause closed by a contrast or a reason leads into the next one. */
const LEADS_ON = /(けど|けれど|けれども|が|から|ので)[、,\s]*$/;
/** A clause closed by a reason (〜から, 〜ので): what it explains comes next. */
const REASON_END = /(から|ので)[、,\s]*$/;
/** A clause that goes on (〜があって, 〜で、): the next one continues its point. */
const STEP_GOES_ON = /[てで][、,\s]*$/;
