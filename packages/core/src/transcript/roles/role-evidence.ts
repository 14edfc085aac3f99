import type { Message } from '../../domain/message';
import type { Observed, SpeakerProfile } from './speaker-profile';

/** Which way a cue points: to the company side (interviewer, moderator) or to the applicant side. */
export type Side = 'company' | 'applicant';

/** One weighed cue: its direction, its weight in the score, and how it reads as evidence. */
export interface Cue {
  side: Side;
  weight: number;
  evidence: Message;
}

const quote = (observed: Observed): string => (observed.example ? `「${observed.example}」` : '');

/**
 * The cues a speaker's profile holds. Weights: what only one side says in a hiring conversation
 * (inviting 逆質問, naming oneself the one in charge, 御社/貴社) weighs most; hosting and 当社 a little less;
 * answering at length about oneself counts per answer. Counts are capped so one talkative person's
 * repetitions do not drown the other cues. Who asks and who answers depends on the event: interviewers ask
 * in an interview, the student asks in an OB/OG visit or a roundtable (`studentAsks`).
 */
export function profileCues(profile: SpeakerProfile, studentAsks: boolean): Cue[] {
  const cues: Cue[] = [];
  const add = (observed: Observed, side: Side, weight: number, cap: number, ja: string, en: string): void => {
    if (observed.count === 0) return;
    const n = Math.min(observed.count, cap);
    cues.push({
      side,
      weight: weight * n,
      evidence: { ja: `${ja}${quote(observed)}`, en: `${en} ${quote(observed)}`.trim() },
    });
  };
  const { invites, companyIntro, hosts, companyWords, applicantWords, applicantIntro, longAnswers } = profile;
  add(invites, 'company', 3, 2, '逆質問を促した', 'invited questions (逆質問)');
  add(companyIntro, 'company', 3, 1, '会社側として名乗った', 'introduced themselves as the company side');
  add(hosts, 'company', 2, 3, '進行役として挨拶した', 'greeted or closed as the host');
  add(companyWords, 'company', 2, 2, '自社を「当社」などと呼んだ', 'spoke for the company (当社/弊社)');
  add(applicantWords, 'applicant', 3, 2, '会社を「御社」「貴社」と呼んだ', 'addressed the company as 御社/貴社');
  add(applicantIntro, 'applicant', 2, 1, '学校や前職で名乗った', 'introduced themselves by school or former job');
  // Who answers at length is the applicant in an interview, and the OB/OG or employee when students ask.
  add(
    longAnswers,
    studentAsks ? 'company' : 'applicant',
    1.5,
    4,
    `質問に自分の経験で長く答えた（${longAnswers.count}回）`,
    `answered at length from their own experience (${longAnswers.count} times)`,
  );
  return cues;
}

export function questionEvidence(profile: SpeakerProfile): Message {
  const n = profile.questions.count;
  return {
    ja: `質問を${n}回した${quote(profile.questions)}`,
    en: `asked ${n} questions ${quote(profile.questions)}`.trim(),
  };
}

/** Sum of the cue weights per side. */
export function sideScore(cues: readonly Cue[], side: Side): number {
  return cues.filter((cue) => cue.side === side).reduce((sum, cue) => sum + cue.weight, 0);
}
