import type { StoredSession } from './live-session-repository';

function localStamp(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The display name of a recorder recording: when it started (the server runs on the user's computer, so
 * its local time is the user's), marked as practice, as a continuation, or as recovered after a crash.
 * Names are display text only; nothing reaches the file system (docs/decisions.md, Storage).
 */
export function recordingName(
  session: Pick<StoredSession, 'practice' | 'continues' | 'startedAt'>,
  status: 'finished' | 'recovered',
): string {
  const base = session.practice ? '練習録音' : '録音';
  const notes = [session.continues ? '続き' : null, status === 'recovered' ? '中断から復旧' : null].filter(Boolean);
  return `${base} ${localStamp(session.startedAt)}${notes.length > 0 ? `（${notes.join('・')}）` : ''}.wav`;
}
