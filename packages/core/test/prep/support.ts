import {
  type AnalysisReport,
  analyseTranscript,
  type EventType,
  type InterviewRound,
  type PrepEvent,
  type TranscriptContent,
} from '../../src/index';
import { morphemesFor, transcript } from '../analysis/support';

export function analyse(content: TranscriptContent, eventType: EventType = 'interview'): AnalysisReport {
  return analyseTranscript({
    transcript: content,
    morphemes: morphemesFor(content),
    eventType,
    generatedAt: '2026-01-01T00:00:00Z',
  });
}

export interface EventSpec {
  id: string;
  type?: EventType;
  round?: InterviewRound | null;
  date: string;
  companyId?: string;
  applicationId?: string;
  /** Rows of [speaker, text]: I = the company side, M = me; 10 s each. */
  rows: Array<[string, string]>;
}

/** A PrepEvent from a short scripted conversation, analysed with the rough test morphology. */
export function prepEvent(spec: EventSpec): PrepEvent {
  const type = spec.type ?? 'interview';
  const content = transcript(
    { I: 'interviewer', M: 'me' },
    spec.rows.map(([speaker, text], index) => [speaker, index * 10, index * 10 + 9, text]),
  );
  return {
    eventId: spec.id,
    type,
    round: spec.round ?? (type === 'interview' ? 'first' : null),
    date: spec.date,
    companyId: spec.companyId ?? 'co_1',
    companyName: 'テスト株式会社',
    applicationId: spec.applicationId ?? 'ap_1',
    report: analyse(content, type),
  };
}
