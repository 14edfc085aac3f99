import type { SpeakerRole } from '../model';

/**
 * Titles in a speaker's name that say who they are (面接官, 人事の田中, 自分, Interviewer, 渡辺さん（OB）).
 * Only whole titles count: a Latin title must stand as its own word ("OB", not the "ob" of Kobayashi or Bob),
 * a Japanese one must open the name or stand in brackets. Names are weak evidence; what people say decides.
 */
const JAPANESE_TITLES: ReadonlyArray<readonly [SpeakerRole, RegExp]> = [
  ['me', /^(自分|私|わたし|僕|本人)$|[（(](自分|私|本人)[）)]/],
  ['moderator', /^(司会|進行|ファシリテーター)|[（(](司会|進行)[）)]/],
  [
    'interviewer',
    /^(面接官|面談官|人事|採用担当|採用|リクルーター|社長|役員|部長|課長|先輩|社員)|[（(](面接官|人事|採用担当|OB|OG|社員|先輩)[）)]/,
  ],
  ['candidate', /^(候補者|学生|応募者|受験者|就活生)/],
];

const LATIN_TITLES: ReadonlyArray<readonly [SpeakerRole, RegExp]> = [
  ['me', /^(me|myself)$/i],
  ['moderator', /\b(moderator|facilitator)\b/i],
  ['interviewer', /\b(interviewer|recruiter|HR|hiring manager|OB|OG)\b/],
  ['interviewer', /\b(interviewer|recruiter|hiring manager)\b/i],
  ['candidate', /\b(candidate|applicant|student)\b/i],
];

/** The role a name's title states, or null when the name is just a name (or "Speaker 1", "話者2"). */
export function roleFromNameTitle(name: string): SpeakerRole | null {
  const trimmed = name.trim().normalize('NFKC');
  for (const [role, pattern] of JAPANESE_TITLES) if (pattern.test(trimmed)) return role;
  for (const [role, pattern] of LATIN_TITLES) if (pattern.test(trimmed)) return role;
  return null;
}
