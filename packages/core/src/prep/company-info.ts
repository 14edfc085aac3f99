import { EVENT_TYPE_LABELS, type InterviewRound, ROUND_LABELS } from '../domain/labels';
import type { PredictionDraft } from './follow-ups';
import { answerSentences, clip } from './prep-text';
import type { PrepEvent, PrepSource } from './types';

/** The rounds a sentence talks about (二次は…, 最終は役員面接で…). */
const ROUND_WORDS: ReadonlyArray<[InterviewRound, RegExp]> = [
  ['first', /一次|1次|１次/],
  ['second', /二次|2次|２次/],
  ['third', /三次|3次|３次/],
  ['final', /最終|役員面接/],
];

/** Said about the selection itself (面接では…を聞かれる, 二次は…深掘りされる): what an OB/OG tells a candidate to prepare for. */
const ABOUT_SELECTION = /(?:面接|選考|一次|二次|三次|最終|[1-3１-３]次)[^。]*(?:聞かれ|質問され|見られ|重視|深掘り)/;
/** A sentence that goes on about what is asked (障害対応の経験は必ず聞かれる) right after such a tip. */
const ASKED = /聞かれ|質問され|見られ|重視|深掘り/;

interface Tip {
  segmentIds: string[];
  atMs: number;
  text: string;
  /** The rounds it is about; empty when it names none (then it is about the selection as a whole). */
  rounds: InterviewRound[];
}

const roundsOf = (text: string) => ROUND_WORDS.flatMap(([round, cue]) => (cue.test(text) ? [round] : []));

/**
 * Sentences of the company side that tell what the selection asks: in facts and in answers to questions.
 * A sentence that goes on about what is asked, right after a tip in the same answer, is about the same
 * round as the tip.
 */
function selectionTips(event: PrepEvent): Tip[] {
  const answers = [...event.report.myQuestions, ...(event.report.conversation?.othersQuestions ?? [])].flatMap((q) =>
    q.answer ? [q.answer] : [],
  );
  const tips: Tip[] = (event.report.conversation?.facts ?? [])
    .filter((f) => ABOUT_SELECTION.test(f.text))
    .map((f) => ({ segmentIds: [f.segmentId], atMs: f.atMs, text: f.text, rounds: roundsOf(f.text) }));
  for (const answer of answers) {
    let previous: Tip | null = null;
    for (const text of answerSentences(answer.text)) {
      const about = ABOUT_SELECTION.test(text);
      const before: Tip | null = previous;
      const goesOn: boolean = !about && before !== null && ASKED.test(text) && roundsOf(text).length === 0;
      const rounds: InterviewRound[] = goesOn && before ? before.rounds : roundsOf(text);
      previous = about || goesOn ? { segmentIds: answer.segmentIds, atMs: answer.startMs, text, rounds } : null;
      if (previous) tips.push(previous);
    }
  }
  const seen = new Set<string>();
  return tips.filter((tip) => !seen.has(tip.text) && seen.add(tip.text));
}

function factSource(event: PrepEvent, segmentIds: string[], atMs: number, quote: string): PrepSource {
  return { eventId: event.eventId, eventType: event.type, round: null, date: event.date, segmentIds, atMs, quote };
}

/**
 * What OB/OG visits and 座談会 of the same company say about the coming round: tips about the selection
 * (面接では…を聞かれる) come first, those about the round prepared (`round`) before all, those about another
 * round not at all; facts about the work and culture are things a next interviewer expects me
 * to connect my motivation to; the questions an OB/OG put to me may come again.
 */
export function predictFromConversations(event: PrepEvent, round?: InterviewRound): PredictionDraft[] {
  if (event.type !== 'ob_og_visit' && event.type !== 'roundtable') return [];
  const label = EVENT_TYPE_LABELS[event.type];
  const drafts: PredictionDraft[] = [];
  for (const tip of selectionTips(event)) {
    // A tip about another round (the 最終's questions while preparing the 2次) is not for this one.
    const forThisRound = round !== undefined && tip.rounds.includes(round);
    if (round !== undefined && tip.rounds.length > 0 && !forThisRound) continue;
    const quote = clip(tip.text, 60);
    drafts.push({
      kind: 'company_info',
      text: { ja: `${label.ja}で聞いた選考の話：「${quote}」`, en: `From the ${label.en}: "${quote}"` },
      why: forThisRound
        ? {
            ja: `社員の方が${ROUND_LABELS[tip.rounds[0] ?? 'first'].ja}で聞かれることを話していた`,
            en: `Someone from the company said what the ${ROUND_LABELS[tip.rounds[0] ?? 'first'].en.toLowerCase()} asks`,
          }
        : {
            ja: '社員の方が選考で聞かれることを話していた',
            en: 'Someone from the company said what the selection asks',
          },
      topic: 'company:selection',
      score: forThisRound ? 0.9 : 0.8,
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
