import {
  analyseTranscript,
  type EventType,
  type InterviewRound,
  type Morphology,
  type PrepEvent,
  type TranscriptContent,
  tokenizeSegments,
} from '@furikaeri/core';
import { loadSharedInterview, sharedInterviewAvailable } from '../../analysis/support/fixtures';

export interface PrepEventMeta {
  eventId: string;
  type?: EventType;
  round?: InterviewRound | null;
  date: string;
  companyId?: string | null;
  companyName?: string | null;
  applicationId?: string | null;
}

/** Analyses a transcript with the real kuromoji and wraps the report as prep's input. */
export async function analysedEvent(
  content: TranscriptContent,
  meta: PrepEventMeta,
  morphology: Morphology,
): Promise<PrepEvent> {
  const type = meta.type ?? 'interview';
  const report = analyseTranscript({
    transcript: content,
    morphemes: await tokenizeSegments(content.segments, morphology),
    eventType: type,
    generatedAt: '2026-11-20T00:00:00Z',
  });
  return {
    eventId: meta.eventId,
    type,
    round: meta.round ?? null,
    date: meta.date,
    companyId: meta.companyId ?? null,
    companyName: meta.companyName ?? null,
    applicationId: meta.applicationId ?? null,
    report,
  };
}

export { sharedInterviewAvailable };

/** The shared round-1 interview (../shared, read in place) as the history of an application. */
export function sharedRoundOne(morphology: Morphology): Promise<PrepEvent> {
  return analysedEvent(
    loadSharedInterview().content,
    {
      eventId: 'ev_shared_r1',
      round: 'first',
      date: '2026-11-20',
      companyId: 'co_saas',
      companyName: 'SaaS企業',
      applicationId: 'ap_saas',
    },
    morphology,
  );
}
