import type { Message } from '../domain/message';
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
 * with more voices and no enrolment nobody is guessed.
 */
export function assignRoles(found: readonly FoundSpeaker[], hints: RoleHints): TranscriptSpeaker[] {
  const roles = new Map<string, SpeakerRole>();
  /** Roles from talk time only are guesses (the UI shows them so); channel and voiceprint are not. */
  const guesses = new Map<string, Message>();
  if (hints.byChannel) {
    for (const s of found) roles.set(s.key, s.channel === 0 ? 'me' : 'interviewer');
  } else if (hints.enrolledKey && found.some((s) => s.key === hints.enrolledKey)) {
    for (const s of found)
      roles.set(s.key, s.key === hints.enrolledKey ? 'me' : found.length === 2 ? 'interviewer' : 'unknown');
  } else if (found.length === 1) {
    for (const s of found) roles.set(s.key, 'me');
  } else if (found.length === 2) {
    const talker = [...found].sort((a, b) => b.talkMs - a.talkMs)[0];
    for (const s of found) roles.set(s.key, s.key === talker?.key ? 'me' : 'interviewer');
    guesses.set(talker?.key ?? '', TALKS_MORE);
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
    const speaker: TranscriptSpeaker = {
      key: s.key,
      label: numbered ? `${ROLE_LABELS[role]}${n}` : ROLE_LABELS[role],
      role,
    };
    if (guesses.size === 0) return speaker;
    return { ...speaker, guessed: true, confidence: 0.55, evidence: [guesses.get(s.key) ?? TALKS_LESS] };
  });
}

const TALKS_MORE: Message = {
  ja: '話す時間が長い（面接では候補者が会話の50〜70%を話す）',
  en: 'talks more (in interviews candidates hold 50–70 % of the talk)',
};
const TALKS_LESS: Message = { ja: '話す時間が短い', en: 'talks less' };
