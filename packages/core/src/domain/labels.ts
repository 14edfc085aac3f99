import type { Message } from './message';

/** The kinds of events a job seeker records (DESIGN.md, "Who it is for"). */
export const EVENT_TYPES = [
  'interview',
  'ob_og_visit',
  'roundtable',
  'group_discussion',
  'group_interview',
  'practice',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Interview rounds; only interviews carry one. カジュアル面談 counts as a round of its own. */
export const INTERVIEW_ROUNDS = ['first', 'second', 'third', 'final', 'casual'] as const;
export type InterviewRound = (typeof INTERVIEW_ROUNDS)[number];

/** Whether the other side was asked for permission to record. The privacy gate builds on it. */
export const CONSENT_STATES = ['granted', 'not_asked', 'declined'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const APPLICATION_STATUSES = [
  'considering',
  'applied',
  'in_progress',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, Message> = {
  interview: { ja: '面接', en: 'Interview' },
  ob_og_visit: { ja: 'OB・OG訪問', en: 'OB/OG visit' },
  roundtable: { ja: '座談会', en: 'Roundtable' },
  group_discussion: { ja: 'グループディスカッション', en: 'Group discussion' },
  group_interview: { ja: '集団面接', en: 'Group interview' },
  practice: { ja: '練習', en: 'Practice' },
};

export const ROUND_LABELS: Record<InterviewRound, Message> = {
  first: { ja: '1次面接', en: '1st round' },
  second: { ja: '2次面接', en: '2nd round' },
  third: { ja: '3次面接', en: '3rd round' },
  final: { ja: '最終面接', en: 'Final round' },
  casual: { ja: 'カジュアル面談', en: 'Casual talk' },
};

export const CONSENT_LABELS: Record<ConsentState, Message> = {
  granted: { ja: '録音の許可を得た', en: 'Asked, permission granted' },
  not_asked: { ja: '許可は求めていない', en: 'Not asked' },
  declined: { ja: '録音を断られた', en: 'Asked, declined' },
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, Message> = {
  considering: { ja: '検討中', en: 'Considering' },
  applied: { ja: '応募済み', en: 'Applied' },
  in_progress: { ja: '選考中', en: 'In progress' },
  offer: { ja: '内定', en: 'Offer' },
  accepted: { ja: '内定承諾', en: 'Accepted' },
  rejected: { ja: '不採用', en: 'Rejected' },
  withdrawn: { ja: '辞退', en: 'Withdrawn' },
};

/** Accepts the words people type on the CLI ("1次", "final", "最終") as well as the canonical ids. */
const ROUND_ALIASES: Record<string, InterviewRound> = {
  '1': 'first',
  '1次': 'first',
  一次: 'first',
  '2': 'second',
  '2次': 'second',
  二次: 'second',
  '3': 'third',
  '3次': 'third',
  三次: 'third',
  最終: 'final',
  カジュアル: 'casual',
  カジュアル面談: 'casual',
};

export function parseRound(input: string): InterviewRound | undefined {
  const key = input.trim().normalize('NFKC');
  if ((INTERVIEW_ROUNDS as readonly string[]).includes(key)) return key as InterviewRound;
  return ROUND_ALIASES[key] ?? ROUND_ALIASES[key.replace(/面接$/, '')];
}

const EVENT_TYPE_ALIASES: Record<string, EventType> = {
  面接: 'interview',
  'ob/og': 'ob_og_visit',
  obog: 'ob_og_visit',
  'ob・og訪問': 'ob_og_visit',
  ob訪問: 'ob_og_visit',
  og訪問: 'ob_og_visit',
  座談会: 'roundtable',
  gd: 'group_discussion',
  グループディスカッション: 'group_discussion',
  集団面接: 'group_interview',
  練習: 'practice',
  模擬面接: 'practice',
};

export function parseEventType(input: string): EventType | undefined {
  const key = input.trim().normalize('NFKC').toLowerCase().replace(/-/g, '_');
  if ((EVENT_TYPES as readonly string[]).includes(key)) return key as EventType;
  return EVENT_TYPE_ALIASES[key];
}
