import { EVENT_TYPE_LABELS } from '../domain/labels';
import type { PredictionDraft } from './follow-ups';
import { answerSentences, clip } from './prep-text';
import type { PrepEvent, PrepSource } from './types';

/** Said about the selection itself (面接では…を聞かれる): what an OB/OG tells a candidate to prepare for. */
const ABOUT_SELECTION = /(?:面接|選考)[^。]*(?:聞かれ|質問され|見られ|重視|深掘り)/;

/** Sentences of the company side that tell what the selection asks: in facts and in answers to questions. */
function selectionTips(event: PrepEvent): Array<{ segmentIds: string[]; atMs: number; text: string }> {
  const answers = [...event.report.myQuestions, ...(event.report.conversation?.othersQuestions ?? [])].flatMap((q) =>
    q.answer ? [q.answer] : [],
  );
  const spans = [
    ...(event.report.conversation?.facts ?? []).map((f) => ({ segmentIds: [f.segmentId], atMs: f.atMs, text: f.text })),
    ...answers.flatMap((a) =>
      answerSentences(a.text).map((text) => ({ segmentIds: a.segmentIds, atMs: a.startMs, text })),
    ),
  ];
  const seen = new Set<string>();
  return spans.filter((span) => {
    if (!ABOUT_SELECTION.test(span.text) || seen.has(span.text)) return false;
    seen.add(span.text);
    return true;
  });
}

function factSource(event: PrepEvent, segmentIds: string[], atMs: number, quote: string): PrepSource {
  return { eventId: event.eventId, eventType: event.type, round: null, date: event.date, segmentIds, atMs, quote };
}

/**
 * What OB/OG visits and 座談会 of the same company say about the coming round: tips about the selection
 * (面接では…を聞かれる) come first; facts about the work and culture are things a next interviewer expects me
 * to connect my motivation to; the questions an OB/OG put to me may come again.
 */
export function predictFromConversations(event: PrepEvent): PredictionDraft[] {
  if (event.type !== 'ob_og_visit' && event.type !== 'roundtable') return [];
  const label = EVENT_TYPE_LABELS[event.type];
  const drafts: PredictionDraft[] = [];
  for (const tip of selectionTips(event)) {
    const quote = clip(tip.text, 60);
    drafts.push({
      kind: 'company_info',
      text: { ja: `${label.ja}で聞いた選考の話：「${quote}」`, en: `From the ${label.en}: "${quote}"` },
      why: {
        ja: '社員の方が選考で聞かれることを話していた',
        en: 'Someone from the company said what the selection asks',
      },
      topic: 'company:selection',
      score: 0.8,
      source: factSource(event, tip.segmentIds, tip.atMs, tip.text),
    });
  }
  for (const fact of event.report.conversation?.facts ?? []) {
    const quote = clip(fact.text, 60);
    const source = factSource(event, [fact.segmentId], fact.atMs, fact.text);
    if (ABOUT_SELECTION.test(fact.text)) continue;
    if (fact.kind === 'work' || fact.kind === 'culture') {
      drafts.push({
        kind: 'company_info',
        text: {
          ja: `${label.ja}で聞いた「${quote}」を踏まえて、当社で何をしたいですか。`,
          en: `Given what you heard at the ${label.en} ("${quote}"), what do you want to do here?`,
        },
        why: {
          ja: '会社の仕事・文化の話は、志望動機とつなげて聞かれやすい',
          en: 'What the company said about its work is often tied to your motivation',
        },
        topic: `company:${fact.kind}`,
        score: 0.45,
        source,
      });
    }
  }
  for (const question of event.report.questions) {
    drafts.push({
      kind: 'company_info',
      text: { ja: question.question.text, en: question.question.text },
      why: {
        ja: `${label.ja}で社員の方から聞かれた質問：面接でも聞かれることがある`,
        en: `Asked by the company's people at the ${label.en}; interviews may ask it too`,
      },
      topic: `company:asked:${question.category.category as string}`,
      score: 0.5,
      source: factSource(event, question.question.segmentIds, question.question.startMs, question.question.text),
    });
  }
  return drafts;
}
