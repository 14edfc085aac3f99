import type { SpeakerRole, TranscriptSpeaker } from '../transcript/model';

/** What the role guess needs to know about each voice found. */
export interface FoundSpeaker {
  key: string;
  channel: number;
  talkMs: number;
}

export interface RoleHints {
  /** The speaker matched to the enrolled voiceprint, if any. */
  enrolledKey: string | null;
  /** Two-channel recordings: channel 0 is the user's microphone. */
  byChannel: boolean;
}

const ROLE_LABELS: Record<SpeakerRole, string> = {
  me: '自分',
  interviewer: '面接官',
  candidate: '候補者',
  moderator: '司会',
  unknown: '話者',
};

/**
 * Roles the analysis can start from; the user can change them. Rules, strongest first: the enrolled voice
 * is "me"; on a two-channel recording the microphone is "me" and the far side interviews; in a one-to-one
 * conversation the one who talks more is the candidate (interviewees hold 50–70 % of the talk, DESIGN.md);
 * with more voices and no enrolment nobody is guessed. Every such role is marked `guessed`, with the reason.
 */
export function assignRoles(found: readonly FoundSpeaker[], hints: RoleHints): TranscriptSpeaker[] {
  const roles = new Map<string, SpeakerRole>();
  const evidence = new Map<string, string>();
  const total = found.reduce((sum, s) => sum + s.talkMs, 0);
  const share = (s: FoundSpeaker) => (total > 0 ? Math.round((s.talkMs / total) * 100) : 0);
  const guess = (s: FoundSpeaker, role: SpeakerRole, why: string) => {
    roles.set(s.key, role);
    evidence.set(s.key, why);
  };
  if (hints.byChannel) {
    for (const s of found) {
      if (s.channel === 0) guess(s, 'me', 'マイクのチャンネルの声 / the microphone channel');
      else guess(s, 'interviewer', '相手側（共有した音声）のチャンネルの声 / the far side’s channel');
    }
  } else if (hints.enrolledKey && found.some((s) => s.key === hints.enrolledKey)) {
    for (const s of found) {
      if (s.key === hints.enrolledKey) guess(s, 'me', '登録した自分の声に一致 / matches your enrolled voice');
      else if (found.length === 2) guess(s, 'interviewer', '二人の会話のもう一人 / the other person of two');
    }
  } else if (found.length === 1) {
    for (const s of found) guess(s, 'me', '話者が一人だけ / the only voice');
  } else if (found.length === 2) {
    const talker = [...found].sort((a, b) => b.talkMs - a.talkMs)[0];
    for (const s of found) {
      if (s.key === talker?.key) guess(s, 'me', `話した時間が長い（${share(s)}%） / talked more (${share(s)}%)`);
      else guess(s, 'interviewer', `話した時間が短い（${share(s)}%） / talked less (${share(s)}%)`);
    }
  }
  const counts = new Map<SpeakerRole, number>();
  for (const s of found) {
    const role = roles.get(s.key) ?? 'unknown';
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  const seen = new Map<SpeakerRole, number>();
  return found.map((s) => {
    const role = roles.get(s.key) ?? 'unknown';
    const n = (seen.get(role) ?? 0) + 1;
    seen.set(role, n);
    const numbered = role === 'unknown' || (counts.get(role) ?? 0) > 1;
    const label = numbered ? `${ROLE_LABELS[role]}${n}` : ROLE_LABELS[role];
    const why = evidence.get(s.key);
    // A role from the voice or the channel is a guess until the user confirms it (issue #18).
    return why ? { key: s.key, label, role, guessed: true, evidence: [why] } : { key: s.key, label, role };
  });
}
