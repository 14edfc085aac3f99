import http from 'node:http';
import type { RunningServer } from '@furikaeri/server';
import { createInterview } from './api-client';

export interface UploadOutcome {
  status: number;
  /** The API error code when refused (`locked` when a lock stopped it), or null. */
  code: string | null;
  /** From sending the request to its answer; null when the connection failed (the server went away). */
  ms: number | null;
}

/** Posts a transcript file as the import card does; resolves with how it ended (never rejects). */
export async function uploadTranscript(
  server: RunningServer,
  eventId: string,
  bytes: Uint8Array,
  endpoint: 'import' | 'preview' = 'import',
): Promise<UploadOutcome> {
  const started = performance.now();
  const suffix = endpoint === 'preview' ? '/preview' : '';
  try {
    const response = await fetch(`${server.url}/api/events/${encodeURIComponent(eventId)}/transcripts${suffix}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'x-file-name': 'worst-case.txt' },
      body: bytes,
    });
    const body = (await response.json().catch(() => ({}))) as { code?: unknown };
    const code = response.ok || typeof body.code !== 'string' ? null : body.code;
    return { status: response.status, code, ms: performance.now() - started };
  } catch {
    return { status: 0, code: null, ms: null };
  }
}

/** Starts `count` imports of `bytes` at once, each into its own new interview; resolves with the pending answers. */
export async function startTranscriptUploads(
  server: RunningServer,
  bytes: Uint8Array,
  count: number,
): Promise<{ eventIds: string[]; outcomes: Promise<UploadOutcome[]> }> {
  const eventIds: string[] = [];
  for (let index = 0; index < count; index += 1)
    eventIds.push((await createInterview(server, `株式会社大容量${index + 1}`)).id);
  const outcomes = Promise.all(eventIds.map((eventId) => uploadTranscript(server, eventId, bytes)));
  return { eventIds, outcomes };
}

/**
 * POST /api/vault/lock on a connection of its own: a pooled keep-alive connection left idle while the
 * server's main thread was blocked is closed by the server as it wakes up, which would reset this request.
 */
export function lockThroughApi(server: RunningServer): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.url}/api/vault/lock`,
      { method: 'POST', agent: false, headers: { authorization: `Bearer ${server.token}` } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end();
  });
}
