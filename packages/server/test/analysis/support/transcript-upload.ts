import type { Transcript } from '@furikaeri/core';
import { expect } from 'vitest';
import type { RoleGuessSummary } from '../../../src/analysis/transcript-import-service';
import type { HttpTestApp } from '../../support/http-app';

export type ImportBody = { transcript: Transcript; roles: RoleGuessSummary };

/** A transcript file posted to an event as the page posts it; the import must succeed (201). */
export async function uploadTranscript(
  http: HttpTestApp,
  eventId: string,
  name: string,
  text: string,
): Promise<ImportBody> {
  const response = await http.call(`/api/events/${eventId}/transcripts`, {
    method: 'POST',
    body: text,
    headers: { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' },
  });
  expect(response.status).toBe(201);
  return (await response.json()) as ImportBody;
}

/** A new company with one event of the given type; returns the event's id. */
export function eventOfType(http: HttpTestApp, type: string, companyName: string): string {
  const company = http.ctx.library.createCompany({ name: companyName });
  return http.ctx.library.createEvent({ companyId: company.id, type }).id;
}
