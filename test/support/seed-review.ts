import { randomUUID } from 'node:crypto';
import type { AnalysisReport, Application, Company, JobEvent, Transcript, TranscriptContent } from '@furikaeri/core';
import { callApi, createInterview, uploadFile, waitUntilReady } from './api-client';
import { interviewTranscript, interviewTurns } from './interview-fixture';
import type { TestServer } from './test-server';
import { spansWav } from './turn-wav';

/**
 * TEST-ONLY: there is no transcript import route yet, so a transcript goes straight into the running test
 * server's own repository (same process, same unlocked library) — what the speech pipeline will do itself.
 */
export function storeTranscript(
  server: TestServer,
  eventId: string,
  recordingId: string | null,
  content: TranscriptContent,
): Transcript {
  const ctx = server.session.require();
  return ctx.repos.transcripts.insertAsCurrent(
    { id: `tr_e2e_${randomUUID().slice(0, 8)}`, eventId, recordingId, content },
    new Date().toISOString(),
  );
}

export interface SeededInterview {
  event: JobEvent;
  recordingId: string;
  transcript: Transcript;
}

/** An interview event with a generated recording (tones where the fixture's turns are) and their transcript. */
export async function seedInterview(
  server: TestServer,
  event: Partial<Omit<JobEvent, 'id'>> & { companyId: string | null },
): Promise<SeededInterview> {
  // The WAV before the API calls, so that no pooled connection sits idle while it is generated.
  const { turns, duration } = interviewTurns();
  const wav = spansWav(
    duration,
    turns.map((turn) => ({
      startSeconds: turn.start,
      endSeconds: turn.end,
      frequency: turn.speaker === 'A' ? 180 : 240,
    })),
  );
  const created = await callApi<JobEvent>(server, 'POST', '/events', {
    type: 'interview',
    round: 'first',
    consent: 'granted',
    ...event,
  });
  const { recording } = await uploadFile(server, created.id, '面接_録音.wav', wav);
  await waitUntilReady(server, recording.id);
  const transcript = storeTranscript(server, created.id, recording.id, interviewTranscript(turns));
  return { event: created, recordingId: recording.id, transcript };
}

/** Analyses the seeded transcript through the API (what the analyse job does after a transcription). */
export async function analyseSeeded(server: TestServer, eventId: string): Promise<AnalysisReport> {
  const stored = await callApi<{ report: AnalysisReport }>(server, 'POST', `/events/${eventId}/analysis`);
  return stored.report;
}

/**
 * A company, its application for a backend role and the shared first round under it: the history the prep and
 * practice pages start from.
 */
export async function seedFirstRoundApplication(
  server: TestServer,
  names = { company: '株式会社クラウド決済', role: 'バックエンドエンジニア' },
): Promise<{ company: Company; application: Application }> {
  const company = await callApi<Company>(server, 'POST', '/companies', { name: names.company });
  const application = await callApi<Application>(server, 'POST', '/applications', {
    companyId: company.id,
    role: names.role,
    status: 'in_progress',
  });
  await seedInterview(server, { companyId: company.id, applicationId: application.id, round: 'first' });
  return { company, application };
}

/**
 * An interview event whose transcript is the given turns (speaker, text; eight seconds each), analysed through the
 * API: what the review-page tests of one conversation start from.
 */
export async function seedAnalysedTurns(
  server: TestServer,
  company: string,
  turns: ReadonlyArray<[string, string]>,
): Promise<{ eventId: string; report: AnalysisReport }> {
  const event = await createInterview(server, company);
  storeTranscript(
    server,
    event.id,
    null,
    interviewTranscript(
      turns.map(([speaker, text], index) => ({ speaker, text, start: index * 8, end: index * 8 + 7 })),
    ),
  );
  return { eventId: event.id, report: await analyseSeeded(server, event.id) };
}
