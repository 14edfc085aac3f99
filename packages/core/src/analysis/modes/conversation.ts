import type { SegmentMorphemes } from '../morphology';
import { questionsAskedBy } from '../pairing/my-questions';
import { isInvitation, withoutTrailingGreeting } from '../questions/casual-forms';
import { detectQuestion } from '../questions/question-detector';
import { sentencesOfTurn } from '../questions/question-finder';
import type { CompanyFact, ConversationReport } from '../report';
import { isCompanySide, type Turn } from '../turns';

const CULTURE =
  /雰囲気|文化|風土|社風|任せ|裁量|働き方|リモート|残業|休み|休暇|有給|有休|休日|研修|評価|制度|面談|相談|福利厚生|フレックス|副業|出社/;
const WORK =
  /担当|業務|仕事|開発|営業|提案|企画|運用|分析|管理|顧客|お客様|使って|しています|しております|(うち|弊社|当社|うちの会社)(は|で|の)/;
const NUMBER =
  /[0-9０-９]|[一二三四五六七八九十百千万〇]+(人|名|件|社|年|か月|ヶ月|月|日|時間|割|倍|パーセント|%|拠点|回|軒|つ)|半分|半数|大半/;
/** The selection process: its steps, what they look at, when things happen (選考の流れ, 面接で見られる点). */
const SELECTION =
  /選考|面接|適性検査|SPI|[Ww]eb\s?テスト|ウェブテスト|筆記|エントリーシート|ES|書類|グループディスカッション|インターン|内定|説明会|締め?切|期限|応募|深掘り|(を|は)(見て|見られ|評価し|重視し)/;
/**
 * Advice: what to do or prepare (〜しておくといい, 〜した方がいい, おすすめ, 〜べき), advice named as such
 * (「ひとつアドバイスすると」), and a step with what it gains (「見学に来ると話せることがぐっと増える」).
 */
const ADVICE =
  /(ておく|ておいた|でおく|ておけ)(と|方が|ほうが)?|[うくすつぬむるぐぶた](方|ほう)が.{0,8}(いい|良い|評価され|伝わ|有利)|(の|こと)が一番(です|だ|だと思|かな)|おすすめ|お勧め|(と|のが)(いい|良い)(です|と思|よ)|べき|気をつけ|意識して|練習して|準備して|と強い|とよい|アドバイス|早めに|(と|て)いてね?$|(と|ば)[、,]?[^。]{0,12}(もっと|ぐっと|ずっと|より)[^。]{0,8}(伝わ|増え|良くな|よくな|話せ)/;

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
  if (CULTURE.test(text)) return 'culture';
  return WORK.test(text) ? 'work' : asked;
}

/** What a student's question is about, when it asks about the selection, the culture or the work. */
function topicAsked(turn: Turn | undefined): CompanyFact['kind'] | null {
  if (!turn || (turn.role !== 'me' && turn.role !== 'candidate') || !detectQuestion(turn.text)) return null;
  if (SELECTION.test(turn.text)) return 'selection';
  if (CULTURE.test(turn.text)) return 'culture';
  return WORK.test(turn.text) ? 'work' : null;
}

const ADVICE_PREFACE = /^[^。]{0,12}(アドバイス|おすすめ|お勧め|コツ)/;
/** Where a spoken sentence joins its clauses: after 〜から・〜ので・〜けど and a comma, before あと・それと・なので. */
const CLAUSE_JOIN = /(?<=(?:[るたいだ]|です|ます)から|ので|けど|けれど|[、,])|(?=あと|それと|それから|なので)/;

/**
 * A sentence with both advice and a fact of the selection (「締め切りは三月末なので早めに出した方がいい」, one
 * unpunctuated ASR sentence of several clauses) holds two facts: its clauses are kept apart by kind, a clause of no
 * kind of its own going with the one before it (or after it, at the start).
 */
function factPieces(text: string): string[] {
  // 「ひとつアドバイスすると、…」 announces the whole sentence as advice.
  if (!ADVICE.test(text) || !SELECTION.test(text) || ADVICE_PREFACE.test(text)) return [text];
  const pieces: Array<{ text: string; kind: CompanyFact['kind'] | null }> = [];
  let pending = '';
  for (const clause of text.split(CLAUSE_JOIN).filter((part) => part !== '')) {
    const kind = ADVICE.test(clause) ? 'advice' : SELECTION.test(clause) ? 'selection' : null;
    const last = pieces[pieces.length - 1];
    if (kind === null && !last) pending += clause;
    else if (last && (kind === null || kind === last.kind)) last.text += clause;
    else {
      pieces.push({ text: pending + clause, kind });
      pending = '';
    }
  }
  return pieces.length > 0 ? pieces.map((piece) => piece.text) : [text];
}

/**
 * OB/OG visits and roundtables: what the company's people said about the company and the job — numbers,
 * culture, work content, the selection process and their advice for it — sentence by sentence, each with its moment, and the questions other participants asked.
 */
export function conversationReport(turns: readonly Turn[], morphemes: SegmentMorphemes): ConversationReport {
  const facts: CompanyFact[] = [];
  for (const turn of turns) {
    if (!isCompanySide(turn.role)) continue;
    const asked = topicAsked(turns[turn.index - 1]);
    for (const [position, sentence] of sentencesOfTurn(turn).entries()) {
      // An unpunctuated turn ends with its greeting glued on: what comes before it still counts.
      const text = withoutTrailingGreeting(sentence.text.replace(/[。．.！!\s]+$/, ''));
      if (text.length < 8 || detectQuestion(sentence.text) || isInvitation(text)) continue;
      if (/ありがとう|よろしく|以上で|終了します|お疲れ/.test(text)) continue;
      const pieces = factPieces(text);
      for (const piece of pieces) {
        const kind = kindOf(piece, sentence.segmentId, morphemes, position === 0 ? asked : null);
        if (!kind) continue;
        // A sentence kept whole keeps its own text (punctuation and all); a split one gives each clause.
        const said = pieces.length === 1 ? sentence.text : piece;
        facts.push({
          kind,
          speaker: turn.speaker,
          segmentId: sentence.segmentId,
          atMs: sentence.segmentStartMs,
          text: said,
        });
      }
    }
  }
  return { facts, othersQuestions: questionsAskedBy(turns, 'candidate') };
}
