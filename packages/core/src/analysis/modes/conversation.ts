import type { SegmentMorphemes } from '../morphology';
import { questionsAskedBy } from '../pairing/my-questions';
import { detectQuestion } from '../questions/question-detector';
import { sentencesOfTurn } from '../questions/question-finder';
import type { CompanyFact, ConversationReport } from '../report';
import { isCompanySide, type Turn } from '../turns';

const CULTURE =
  /雰囲気|文化|風土|社風|任せ|裁量|働き方|リモート|残業|休み|休暇|研修|評価|制度|面談|相談|福利厚生|フレックス|副業|出社/;
const WORK = /担当|業務|仕事|開発|営業|提案|企画|運用|分析|管理|顧客|お客様|使って|しています|しております/;
const NUMBER =
  /[0-9０-９]|[一二三四五六七八九十百千万〇]+(人|名|件|社|年|か月|ヶ月|日|時間|割|倍|パーセント|%|拠点|回|軒|つ)/;

/**
 * OB/OG visits and roundtables: what the company's people said about the company and the job — numbers,
 * culture, work content — sentence by sentence, and the questions other participants asked.
 */
export function conversationReport(turns: readonly Turn[], morphemes: SegmentMorphemes): ConversationReport {
  const facts: CompanyFact[] = [];
  for (const turn of turns) {
    if (!isCompanySide(turn.role)) continue;
    for (const sentence of sentencesOfTurn(turn)) {
      if (sentence.text.length < 8 || detectQuestion(sentence.text)) continue;
      const hasNumber =
        NUMBER.test(sentence.text) ||
        (morphemes[sentence.segmentId] ?? []).some((m) => m.posDetail === '数' && sentence.text.includes(m.surface));
      const kind = hasNumber
        ? 'number'
        : CULTURE.test(sentence.text)
          ? 'culture'
          : WORK.test(sentence.text)
            ? 'work'
            : null;
      if (!kind || /ありがとう|よろしく|以上で|終了します|お疲れ/.test(sentence.text)) continue;
      facts.push({
        kind,
        speaker: turn.speaker,
        segmentId: sentence.segmentId,
        atMs: sentence.segmentStartMs,
        text: sentence.text,
      });
    }
  }
  return { facts, othersQuestions: questionsAskedBy(turns, 'candidate') };
}
