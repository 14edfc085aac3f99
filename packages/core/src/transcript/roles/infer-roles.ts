import type { EventType } from '../../domain/labels';
import type { Message } from '../../domain/message';
import type { SpeakerRole, TranscriptContent } from '../model';
import { roleFromNameTitle } from './name-titles';
import { speakerByOwnName } from './own-names';
import { type Cue, profileCues, questionEvidence, type Side, sideScore } from './role-evidence';
import { type SpeakerProfile, speakerProfiles } from './speaker-profile';

export interface RoleContext {
  eventType?: EventType | null;
  /** People present (the user included), when the event lists them. */
  participants?: number | null;
  /**
   * The user's own speaker when known: on their microphone channel, matched to their enrolled voiceprint,
   * or picked by the user.
   */
  mine?: { key: string; by: 'microphone' | 'voiceprint' | 'user' } | null;
  /**
   * The names the user goes by in transcripts (set in the settings, or remembered from their own earlier
   * picks): a speaker labelled with one of them, as a whole name, is guessed to be the user.
   */
  ownNames?: readonly string[];
}

export interface InferredRole {
  key: string;
  role: SpeakerRole;
  /** 0…1: how far the evidence for this role outweighs the evidence against it. */
  confidence: number;
  evidence: Message[];
}

export interface RoleInference {
  roles: InferredRole[];
  /** False when some role could not be told (the user has to say); `note` then says what is missing. */
  settled: boolean;
  note: Message | null;
}

/** Events where the student asks and the company side answers; elsewhere the company side asks. */
const STUDENT_ASKS: ReadonlySet<EventType> = new Set(['ob_og_visit', 'roundtable']);
/** A 1:1 guess needs this much more evidence on one side than on the other. */
const MARGIN = 2;
/** In a group, the company side has at least this score. */
const COMPANY_FLOOR = 3;

const UNKNOWN: Message = { ja: '発言から役割を判断できませんでした', en: 'What was said does not show the role' };

/**
 * Infers each speaker's role from what they said and did (asking, hosting, introducing themselves as
 * the company side, inviting 逆質問, answering at length about themselves), the event type and the
 * participant count, and the microphone channel or voiceprint where known. Names count only through
 * whole titles (面接官, 人事, 自分, Interviewer) and weakly. Every role is a guess with its evidence.
 */
export function inferRoles(content: TranscriptContent, context: RoleContext = {}): RoleInference {
  const profiles = speakerProfiles(content);
  const labels = new Map(content.speakers.map((speaker) => [speaker.key, speaker.label]));
  const studentAsks = context.eventType ? STUDENT_ASKS.has(context.eventType) : false;
  const weighed = [...profiles.values()].map((profile) => {
    const cues = weighedCues(profile, labels.get(profile.key) ?? profile.key, context.eventType ?? null, studentAsks);
    return { profile, cues, net: sideScore(cues, 'company') - sideScore(cues, 'applicant') };
  });
  const speaking = weighed.filter((item) => item.profile.turns > 0);
  const mine = context.mine ?? microphoneOf(content);
  const ownName = mine ? null : ownNameOf(content, context.ownNames ?? []);
  const roles = new Map<string, InferredRole>();
  const set = (key: string, role: SpeakerRole, confidence: number, evidence: Message[]) =>
    roles.set(key, { key, role, confidence: round(confidence), evidence });
  if (mine) set(mine.key, 'me', 0.95, [MINE_EVIDENCE[mine.by]]);
  let note: Message | null = null;
  if (speaking.length === 1) {
    note = {
      ja: '話者が一人だけです。発言の内容で話者を分けられます。',
      en: 'Only one speaker: the speech can be split into speakers by content.',
    };
  } else if (speaking.length === 2 && (context.participants ?? 2) <= 2) {
    note = pairRoles(speaking, mine?.key ?? null, ownName, set);
  } else if (speaking.length >= 2) {
    const named = ownName ?? nameSaysMine(speaking, labels);
    note = groupRoles(speaking, mine?.key ?? null, named, context.eventType ?? null, set);
  }
  const result = content.speakers.map((speaker) => roles.get(speaker.key) ?? unknownRole(speaker.key));
  const settled = note === null && result.every((role) => role.role !== 'unknown');
  return { roles: result, settled, note: settled ? null : (note ?? UNSETTLED) };
}

const UNSETTLED: Message = { ja: '役割を確認してください。', en: 'Please check the roles.' };

const MINE_EVIDENCE = {
  microphone: { ja: '自分のマイクのチャンネル', en: 'on your own microphone channel' },
  voiceprint: { ja: '登録した自分の声と一致', en: 'matches your enrolled voice' },
  user: { ja: '自分で選んだ', en: 'picked by you' },
  name: { ja: '名前が「自分」を示している', en: 'the name says it is you' },
} as const;

type Weighed = { profile: SpeakerProfile; cues: Cue[]; net: number };
/** A speaker whose name says it is the user, how sure that is, and why. */
type NamedMine = { key: string; confidence: number; evidence: Message };
type Setter = (key: string, role: SpeakerRole, confidence: number, evidence: Message[]) => void;

function weighedCues(profile: SpeakerProfile, label: string, eventType: EventType | null, studentAsks: boolean): Cue[] {
  const cues = profileCues(profile, studentAsks);
  if (profile.questions.count > 0 && eventType !== 'group_discussion') {
    const side: Side = studentAsks ? 'applicant' : 'company';
    cues.push({ side, weight: Math.min(profile.questions.count, 5), evidence: questionEvidence(profile) });
  }
  const titled = roleFromNameTitle(label);
  if (titled && titled !== 'unknown') {
    const side: Side = titled === 'interviewer' || titled === 'moderator' ? 'company' : 'applicant';
    cues.push({
      side,
      // As much as the margin a guess needs: a title decides only when what was said does not.
      weight: MARGIN,
      evidence: { ja: `名前の肩書き「${label}」`, en: `the title in the name "${label}"` },
    });
  }
  return cues;
}

/**
 * A transcript made from a two-channel recording (the online mode) says who is on the user's microphone:
 * the pipeline gave that channel's speaker the role me.
 */
function microphoneOf(content: TranscriptContent): { key: string; by: 'microphone' } | null {
  if (content.source.kind !== 'asr' || content.source.diarization !== 'channels') return null;
  const mine = content.speakers.filter((speaker) => speaker.role === 'me');
  return mine.length === 1 && mine[0] ? { key: mine[0].key, by: 'microphone' } : null;
}

/** The one speaker whose name says 自分/me: in a group, the only hint of which candidate is the user. */
function nameSaysMine(weighed: Weighed[], labels: Map<string, string>): NamedMine | null {
  const named = weighed.filter((item) => roleFromNameTitle(labels.get(item.profile.key) ?? '') === 'me');
  return named.length === 1 && named[0]
    ? { key: named[0].profile.key, confidence: 0.6, evidence: MINE_EVIDENCE.name }
    : null;
}

/** The one speaker labelled with a name the user goes by (whole names only, see own-names.ts). */
function ownNameOf(content: TranscriptContent, ownNames: readonly string[]): NamedMine | null {
  const speaker = speakerByOwnName(content.speakers, ownNames);
  if (!speaker) return null;
  return {
    key: speaker.key,
    confidence: 0.85,
    evidence: {
      ja: `登録した自分の名前「${speaker.name}」と一致`,
      en: `matches your saved name "${speaker.name}"`,
    },
  };
}

/** Two people: the one with more company-side evidence interviews, the other is the user. */
function pairRoles(pair: Weighed[], mineKey: string | null, named: NamedMine | null, set: Setter): Message | null {
  const [first, second] = [...pair].sort((a, b) => b.net - a.net);
  if (!first || !second) return null;
  // The user's name decides unless what was said clearly makes that speaker the company side.
  if (!mineKey && named && !(first.profile.key === named.key && first.net - second.net >= MARGIN)) {
    const other = first.profile.key === named.key ? second : first;
    set(named.key, 'me', named.confidence, [named.evidence]);
    set(other.profile.key, 'interviewer', named.confidence, [...evidenceFor(other, 'company'), OTHER_IS_ME]);
    return null;
  }
  if (mineKey) {
    const other = first.profile.key === mineKey ? second : first;
    set(other.profile.key, 'interviewer', 0.9, [...evidenceFor(other, 'company'), OTHER_IS_ME]);
    return null;
  }
  const margin = first.net - second.net;
  if (margin < MARGIN) return UNKNOWN;
  const confidence = Math.min(0.95, 0.5 + margin / 20);
  set(first.profile.key, 'interviewer', confidence, evidenceFor(first, 'company'));
  set(second.profile.key, 'me', confidence, evidenceFor(second, 'applicant', OTHER_IS_COMPANY));
  return null;
}

const OTHER_IS_ME: Message = { ja: 'もう一人が自分', en: 'the other speaker is you' };
const OTHER_IS_COMPANY: Message = {
  ja: 'もう一人のほうが会社側の発言が多い',
  en: 'the other speaker says more of what the company side says',
};

/**
 * Groups: everyone with clear company-side evidence (close to the strongest) is company side — in a group
 * discussion or a roundtable the one who hosts is the moderator. The others are candidates; which of them is the user
 * cannot be told from the words alone, so without a microphone channel or voiceprint the result asks.
 */
function groupRoles(
  group: Weighed[],
  mineKey: string | null,
  namedMine: NamedMine | null,
  eventType: EventType | null,
  set: Setter,
): Message | null {
  const top = Math.max(...group.map((item) => item.net));
  const company = group.filter((item) => item.net >= COMPANY_FLOOR && item.net >= top / 2);
  if (company.length === 0 || company.length === group.length) return UNKNOWN;
  const host = MODERATED.has(eventType ?? 'interview')
    ? [...company].sort((a, b) => b.profile.hosts.count - a.profile.hosts.count || b.net - a.net)[0]
    : undefined;
  for (const item of company) {
    const role: SpeakerRole = item === host ? 'moderator' : 'interviewer';
    set(item.profile.key, role, Math.min(0.95, 0.5 + item.net / 20), evidenceFor(item, 'company'));
  }
  // A name that matches someone who speaks for the company is not the user's: the result asks instead.
  const named = company.some((item) => item.profile.key === namedMine?.key) ? null : namedMine;
  for (const item of group) {
    if (company.includes(item) || item.profile.key === mineKey) continue;
    if (!mineKey && named && item.profile.key === named.key)
      set(item.profile.key, 'me', named.confidence, [named.evidence]);
    else set(item.profile.key, 'candidate', 0.5, evidenceFor(item, 'applicant', NOT_COMPANY));
  }
  return mineKey || named
    ? null
    : {
        ja: '参加者のうち、どれが自分かは発言からは分かりません。自分の話者を選んでください。',
        en: 'Which of the participants is you cannot be told from what was said. Please pick your speaker.',
      };
}

/** Events a moderator hosts; elsewhere the host is one of the interviewers. */
const MODERATED: ReadonlySet<EventType> = new Set(['group_discussion', 'roundtable']);

const NOT_COMPANY: Message = { ja: '会社側の発言がない', en: 'says nothing the company side says' };

function evidenceFor(item: Weighed, side: Side, fallback?: Message): Message[] {
  const found = item.cues
    .filter((cue) => cue.side === side)
    .sort((a, b) => b.weight - a.weight)
    .map((cue) => cue.evidence);
  return found.length > 0 || !fallback ? found : [fallback];
}

function unknownRole(key: string): InferredRole {
  return { key, role: 'unknown', confidence: 0, evidence: [UNKNOWN] };
}

const round = (value: number): number => Math.round(value * 100) / 100;
