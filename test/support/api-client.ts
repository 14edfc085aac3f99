import type { Company, ConsentState, IngestResult, JobEvent, Recording } from '@furikaeri/core';
import type { RunningServer } from '@furikaeri/server';

/** Talks to the API the way another client (CLI, second tab) would: with the token as a Bearer header. */
export async function callApi<T>(server: RunningServer, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function createInterview(
  server: RunningServer,
  companyName: string,
  consent: ConsentState = 'granted',
): Promise<JobEvent> {
  const company = await callApi<Company>(server, 'POST', '/companies', { name: companyName });
  return callApi<JobEvent>(server, 'POST', '/events', {
    companyId: company.id,
    type: 'interview',
    round: 'second',
    time: '14:00',
    consent,
  });
}

export async function uploadFile(server: RunningServer, eventId: string, name: string, bytes: Buffer) {
  const response = await fetch(`${server.url}/api/events/${encodeURIComponent(eventId)}/recordings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'x-file-name': encodeURIComponent(name) },
    body: new Uint8Array(bytes),
  });
  if (response.status !== 201) throw new Error(`upload → ${response.status} ${await response.text()}`);
  return (await response.json()) as IngestResult;
}

/** Waits until the import pipeline has decoded the recording (status `ready`). */
export async function waitUntilReady(server: RunningServer, recordingId: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const recording = await callApi<Recording>(server, 'GET', `/recordings/${encodeURIComponent(recordingId)}`);
    if (recording.status === 'ready') return;
    if (recording.status !== 'importing') throw new Error(`recording ${recordingId} ended ${recording.status}`);
    if (Date.now() > deadline) throw new Error(`recording ${recordingId} not ready after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
