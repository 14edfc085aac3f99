import type { SpeakerRole, TranscriptSpeaker } from '../model';

/**
 * Names in imported files often say who someone is (面接官, 人事の田中, 自分, Interviewer). This is a first
 * guess only: the UI lets the user correct every role, and the analysis re-runs when they do.
 * Order matters: "面接官" must win over a generic word, "自分" over anything else.
 */
const ROLE_PATTERNS: ReadonlyArray<readonly [SpeakerRole, RegExp]> = [
  ['me', /^(自分|私|わたし|僕|ぼく|俺|本人|me|myself|self|you)$|（自分）|\(自分\)|\(me\)|（私）/i],
  ['moderator', /司会|進行|ファシリ|moderator|facilitator|mc$/i],
  [
    'interviewer',
    /面接官|面談官|人事|採用|リクルーター|担当者|社長|役員|部長|課長|マネージャ|先輩|社員|ob|og|interviewer|recruiter|\bhr\b|hiring|manager/i,
  ],
  ['candidate', /候補者|学生|応募者|受験者|就活生|参加者|candidate|applicant|student|participant/i],
];

export function guessRole(name: string): SpeakerRole {
  const trimmed = name.trim();
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(trimmed)) return role;
  return 'unknown';
}

/**
 * Guesses every speaker's role; in a two-person conversation where one side is known, the other side is
 * taken to be the interviewer (or me), which is what a one-to-one interview is.
 */
export function guessRoles(speakers: TranscriptSpeaker[]): TranscriptSpeaker[] {
  const guessed = speakers.map((speaker) => ({ ...speaker, role: guessRole(speaker.label) }));
  if (guessed.length !== 2) return guessed;
  const [first, second] = guessed;
  if (!first || !second) return guessed;
  const complete = (known: TranscriptSpeaker, other: TranscriptSpeaker): void => {
    if (other.role !== 'unknown') return;
    if (known.role === 'me') other.role = 'interviewer';
    else if (known.role === 'interviewer') other.role = 'me';
  };
  complete(first, second);
  complete(second, first);
  return guessed;
}
