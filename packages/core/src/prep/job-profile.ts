import type { Message } from '../domain/message';
import type { PrepEvent } from './types';

/** New graduates (就活) and job changers (転職) are asked different things in the same round. */
export const JOB_TRACKS = ['new_grad', 'mid_career'] as const;
export type JobTrack = (typeof JOB_TRACKS)[number];
/** The kinds of job whose interviews the guides describe apart; anything else gets the common questions. */
export const JOB_FIELDS = ['engineering', 'sales', 'general'] as const;
export type JobField = (typeof JOB_FIELDS)[number];

export interface JobProfile {
  track: JobTrack | null;
  field: JobField | null;
}

/**
 * The kind of job as the user corrected it for an application (kept with its prep): a null part is left to
 * the guess; `other` is a job none of the guides' kinds fit, which gets the neutral list.
 */
export interface JobChoice {
  field: JobField | 'other' | null;
  track: JobTrack | null;
}

export const JOB_FIELD_CHOICES = [...JOB_FIELDS, 'other'] as const;

/** How the page and the CLI name the kinds of job. */
export const JOB_FIELD_LABELS: Record<(typeof JOB_FIELD_CHOICES)[number], Message> = {
  engineering: { ja: 'エンジニア・技術職', en: 'engineering' },
  sales: { ja: '営業職', en: 'sales' },
  general: { ja: '総合職・事務系', en: 'general / office' },
  other: { ja: 'その他の職種', en: 'another kind of job' },
};
export const JOB_TRACK_LABELS: Record<JobTrack, Message> = {
  new_grad: { ja: '新卒', en: 'new graduate' },
  mid_career: { ja: '中途（転職）', en: 'job change' },
};
export const NO_JOB_CHOICE: JobChoice = { field: null, track: null };

/** The kind of job the round topics are worded for: what the user set, else the guess. */
export function chosenJobProfile(guess: JobProfile, choice: JobChoice): JobProfile {
  return {
    field: choice.field === 'other' ? null : (choice.field ?? guess.field),
    track: choice.track ?? guess.track,
  };
}

/**
 * The field from the application's role as the user typed it (「法人営業」, 「バックエンドエンジニア」,
 * 「総合職」). Sales first: 「システム営業」 is a sales job that names systems.
 */
const FIELD_CUES: ReadonlyArray<[JobField, RegExp]> = [
  ['sales', /営業|セールス|販売|接客|MR|カスタマーサクセス/i],
  ['engineering', /エンジニア|開発|プログラマ|SE(?![A-Za-z])|技術職|インフラ|データ|研究職|設計|アーキテクト|SRE/i],
  ['general', /総合職|一般職|事務|企画|人事|経理|総務|法務|マーケティング|広報|コンサル/],
];

const TRACK_IN_ROLE: ReadonlyArray<[JobTrack, RegExp]> = [
  ['new_grad', /新卒|新卒採用|新卒枠/],
  ['mid_career', /中途|経験者|キャリア採用/],
];

/** Words that place a conversation in 就活 or in 転職 (in the questions or in my answers). */
const TRACK_CUES: Record<JobTrack, RegExp> = {
  new_grad: /学生時代|ガクチカ|大学|学部|ゼミ|研究室|サークル|アルバイト|部活|就職活動|就活/,
  mid_career:
    /転職|現職|前職|これまでのご?経歴|職務経歴|今の会社|入社して[0-9０-９一二三四五六七八九十]+年|部下|マネジメント経験/,
};

/** What kind of job an application is: from its role where it says, else from what was talked about. */
export function jobProfile(role: string | null | undefined, history: readonly PrepEvent[]): JobProfile {
  const text = (role ?? '').normalize('NFKC');
  const field = FIELD_CUES.find(([, cue]) => cue.test(text))?.[0] ?? fieldFromHistory(history);
  const track = TRACK_IN_ROLE.find(([, cue]) => cue.test(text))?.[0] ?? trackFromHistory(history);
  return { track, field };
}

/** A company that asked technical questions is hiring for a technical job. */
function fieldFromHistory(history: readonly PrepEvent[]): JobField | null {
  const asked = history.flatMap((event) => event.report.questions);
  return asked.some((question) => question.category.category === 'technical') ? 'engineering' : null;
}

function trackFromHistory(history: readonly PrepEvent[]): JobTrack | null {
  const texts = history.flatMap((event) =>
    event.report.questions.flatMap((question) => [question.question.text, question.answer?.text ?? '']),
  );
  const count = (track: JobTrack) => texts.filter((text) => TRACK_CUES[track].test(text)).length;
  const [newGrad, midCareer] = [count('new_grad'), count('mid_career')];
  if (newGrad === midCareer) return null;
  return newGrad > midCareer ? 'new_grad' : 'mid_career';
}
