import { INTERVIEW_ROUNDS, type InterviewRound } from '@furikaeri/core';

/** The screens, addressed by the URL hash so the server only ever serves index.html. */
export type Route =
  | { name: 'home' }
  | { name: 'company'; id: string }
  | { name: 'event'; id: string }
  /** `t`: seconds to start at (a search hit's moment), or null. */
  | { name: 'review'; id: string; t: number | null }
  | { name: 'search'; q: string }
  | { name: 'record'; eventId: string }
  | { name: 'settings' }
  | { name: 'guide' }
  /** The next round of a company or application (its id); `round`: the round chosen, null for the next one. */
  | { name: 'prep'; target: string; round: InterviewRound | null }
  | { name: 'questions' }
  /** `round`: the round the prep page showed, so practice asks that round's predicted questions. */
  | { name: 'practice'; target: string | null; round: InterviewRound | null }
  | { name: 'not-found'; path: string };

const STATIC_ROUTES: Record<string, Route> = {
  '/': { name: 'home' },
  '/settings': { name: 'settings' },
  '/guide': { name: 'guide' },
  '/questions': { name: 'questions' },
};

export function parseRoute(hash: string): Route {
  const whole = hash.replace(/^#/, '') || '/';
  const queryAt = whole.indexOf('?');
  const path = queryAt < 0 ? whole : whole.slice(0, queryAt) || '/';
  const query = new URLSearchParams(queryAt < 0 ? '' : whole.slice(queryAt + 1));
  const fixed = STATIC_ROUTES[path.length > 1 ? path.replace(/\/$/, '') : path];
  if (fixed) return fixed;
  if (/^\/search\/?$/.test(path)) return { name: 'search', q: query.get('q') ?? '' };
  const review = /^\/events\/([^/]+)\/review\/?$/.exec(path);
  if (review?.[1]) return { name: 'review', id: safeDecode(review[1]), t: seconds(query.get('t')) };
  if (/^\/practice\/?$/.test(path)) {
    return { name: 'practice', target: query.get('target'), round: roundOf(query.get('round')) };
  }
  const prep = /^\/prep\/([^/]+)\/?$/.exec(path);
  if (prep?.[1]) return { name: 'prep', target: safeDecode(prep[1]), round: roundOf(query.get('round')) };
  const record = /^\/events\/([^/?#]+)\/record\/?$/.exec(path);
  if (record?.[1]) return { name: 'record', eventId: safeDecode(record[1]) };
  const match = /^\/(companies|events)\/([^/]+)\/?$/.exec(path);
  if (!match?.[2]) return { name: 'not-found', path: whole };
  const id = safeDecode(match[2]);
  return match[1] === 'companies' ? { name: 'company', id } : { name: 'event', id };
}

function roundOf(value: string | null): InterviewRound | null {
  return (INTERVIEW_ROUNDS as readonly string[]).includes(value ?? '') ? (value as InterviewRound) : null;
}

function seconds(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const href = {
  home: () => '#/',
  company: (id: string) => `#/companies/${encodeURIComponent(id)}`,
  event: (id: string) => `#/events/${encodeURIComponent(id)}`,
  /** `atMs`: open the review at that moment (rounded to 0.1 s). */
  review: (id: string, atMs?: number | null) =>
    `#/events/${encodeURIComponent(id)}/review${atMs === undefined || atMs === null ? '' : `?t=${Math.round(atMs / 100) / 10}`}`,
  search: (q: string) => `#/search${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  record: (eventId: string) => `#/events/${encodeURIComponent(eventId)}/record`,
  settings: () => '#/settings',
  guide: () => '#/guide',
  prep: (target: string, round?: InterviewRound | null) =>
    `#/prep/${encodeURIComponent(target)}${round ? `?round=${round}` : ''}`,
  questions: () => '#/questions',
  practice: (target?: string | null, round?: InterviewRound | null) => {
    const query = new URLSearchParams();
    if (target) query.set('target', target);
    if (target && round) query.set('round', round);
    return `#/practice${query.size > 0 ? `?${query}` : ''}`;
  },
};

export function navigate(target: string): void {
  window.location.hash = target;
}
