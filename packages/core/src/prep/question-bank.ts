import type { Measure } from '../analysis/report';
import { bigramSimilarity } from '../analysis/text/similarity';
import type { PrepEvent } from './types';

export interface BankAnswer {
  text: string;
  durationMs: number;
  characters: number;
  charsPerMinute: number | null;
  fillersPerMinute: number | null;
  flags: string[];
}

/** One question asked in one event, with where it was asked and my answer's figures. */
export interface BankEntry {
  eventId: string;
  eventType: PrepEvent['type'];
  companyId: string | null;
  companyName: string | null;
  applicationId: string | null;
  round: PrepEvent['round'];
  date: string;
  questionId: string;
  text: string;
  category: string;
  followUp: boolean;
  atMs: number;
  segmentIds: string[];
  answer: BankAnswer | null;
}

/** The same question asked more than once (in other words, by other companies). */
export interface BankGroup {
  /** Stable id of the group: its category and the normalised text of its first asking. */
  key: string;
  text: string;
  category: string;
  entries: BankEntry[];
}

export interface QuestionBank {
  total: number;
  byCategory: Array<{ category: string; count: number }>;
  groups: BankGroup[];
}

/** Two askings whose wording overlaps this much (character bigrams, after the lead-in) are one question. */
const SAME_QUESTION = 0.55;

/**
 * Categories that are one question however it is worded (転職のきっかけは? = 転職理由を教えて): they group by
 * category alone. Episodes and technical questions need similar wording to be the same question.
 */
const ONE_QUESTION_CATEGORIES = new Set([
  'self_introduction',
  'motivation',
  'reason_for_change',
  'strengths',
  'weaknesses',
  'career_plan',
  'reverse_question_prompt',
]);

function sameGroup(group: { category: string; normal: string }, entry: BankEntry, normal: string): boolean {
  if (group.category !== entry.category) return false;
  if (ONE_QUESTION_CATEGORIES.has(entry.category)) return true;
  return group.normal === normal || bigramSimilarity(group.normal, normal) >= SAME_QUESTION;
}

/** The words around a question that are not the question: それでは、まず、ありがとうございます。 */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^.*(?:ありがとうございます|なるほど|分かりました|承知しました)[。、]\s*/, '')
    .replace(/^(?:それでは|では|じゃあ|まず|最初に|次に|最後に|ちなみに)[、,]?\s*/g, '')
    .replace(/[。？?！!\s]+$/g, '')
    .trim();
}

const measured = (measure: Measure | null | undefined) => (measure ? Math.round(measure.value * 10) / 10 : null);

function entriesOf(event: PrepEvent): BankEntry[] {
  return event.report.questions.map((q) => ({
    eventId: event.eventId,
    eventType: event.type,
    companyId: event.companyId,
    companyName: event.companyName,
    applicationId: event.applicationId,
    round: event.round,
    date: event.date,
    questionId: q.id,
    text: q.question.text,
    category: q.category.category as string,
    followUp: q.followUpOf !== null,
    atMs: q.question.startMs,
    segmentIds: q.question.segmentIds,
    answer: q.answer
      ? {
          text: q.answer.text,
          durationMs: q.answer.metrics.durationMs.value,
          characters: q.answer.metrics.characters.value,
          charsPerMinute: measured(q.answer.metrics.charsPerMinute),
          fillersPerMinute: measured(q.answer.metrics.fillers.perMinute),
          flags: q.answer.relevance.flags,
        }
      : null,
  }));
}

/**
 * Every question across recordings and imported transcripts: counted per category, and the same question
 * asked again (by the same company in another round, or by another company) grouped, oldest asking first,
 * so my answers to it stand side by side.
 */
export function buildQuestionBank(events: readonly PrepEvent[]): QuestionBank {
  const entries = [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap(entriesOf)
    .filter((entry) => entry.category !== 'reverse_question_prompt' || entry.answer !== null);
  const groups: Array<BankGroup & { normal: string }> = [];
  for (const entry of entries) {
    const normal = normaliseQuestion(entry.text);
    const group = groups.find((g) => sameGroup(g, entry, normal));
    if (group) group.entries.push(entry);
    else
      groups.push({
        key: `${entry.category}:${normal}`,
        text: entry.text,
        category: entry.category,
        entries: [entry],
        normal,
      });
  }
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return {
    total: entries.length,
    byCategory: [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count),
    groups: groups.map(({ normal: _normal, ...group }) => group).sort((a, b) => b.entries.length - a.entries.length),
  };
}

/**
 * The company or application a bank question belongs to, for practice attempts at it (they go when it is
 * deleted): the application when every asking was in one application's events, else the company when all
 * were at one company. Asked by several companies, or only in events of no company, it is about none of
 * them: null, like the generic bank.
 */
export function bankGroupScope(group: Pick<BankGroup, 'entries'>): string | null {
  const only = (values: Array<string | null>) => {
    const distinct = new Set(values);
    const [value = null] = distinct;
    return distinct.size === 1 ? value : null;
  };
  const company = only(group.entries.map((entry) => entry.companyId));
  return company && (only(group.entries.map((entry) => entry.applicationId)) ?? company);
}
