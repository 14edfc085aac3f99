import type { Message } from '../domain/message';
import type { AnalysisMode } from './report';

/**
 * Whether the report could be made at all. Without a speaker marked as "me" there are no answers, and in an
 * interview without an interviewer (or moderator) there are no questions: a report with 0 questions and no
 * focus points then means "could not analyse", never "nothing to work on" (issue #18).
 */
export type ReportReadiness = { state: 'ready' } | { state: 'roles_unknown'; missing: Array<'me' | 'asker'> };

/** From a report, or from a transcript's speakers before its report exists (the review asks at once). */
export function reportReadiness(report: {
  mode: AnalysisMode;
  speakers: ReadonlyArray<{ role: string }>;
}): ReportReadiness {
  const roles = new Set(report.speakers.map((speaker) => speaker.role));
  const missing: Array<'me' | 'asker'> = [];
  if (!roles.has('me')) missing.push('me');
  if (report.mode === 'interview' && !roles.has('interviewer') && !roles.has('moderator')) missing.push('asker');
  return missing.length === 0 ? { state: 'ready' } : { state: 'roles_unknown', missing };
}

/** The one sentence the review and the Markdown report lead with when the analysis could not run. */
export function rolesUnknownMessage(missing: ReadonlyArray<'me' | 'asker'>): Message {
  const me = missing.includes('me');
  const asker = missing.includes('asker');
  const ja = [me ? 'どの話者が「自分」か' : '', asker ? 'どの話者が「面接官」か' : ''].filter(Boolean).join('、');
  const en = [me ? 'which speaker is you' : '', asker ? 'which speaker is the interviewer' : '']
    .filter(Boolean)
    .join(' and ');
  return {
    ja: `話者の役割が分からないため、分析できませんでした（${ja}が未設定です）。役割を選ぶとすぐに分析し直します。`,
    en: `Could not analyse: the speakers' roles are unknown (${en} is not set). Pick the roles and the analysis runs again at once.`,
  };
}
