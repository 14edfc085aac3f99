import type { JobEvent, PracticeAttemptView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';

/** Two seconds of a 220 Hz tone at 16 kHz mono, in chunks of half a second, as the recorder sends audio. */
function toneChunks(): Buffer[] {
  const samples = new Int16Array(32_000);
  for (let i = 0; i < samples.length; i += 1)
    samples[i] = Math.round(8_000 * Math.sin((2 * Math.PI * 220 * i) / 16_000));
  const bytes = Buffer.from(samples.buffer);
  return [0, 1, 2, 3].map((index) => bytes.subarray(index * 16_000, (index + 1) * 16_000));
}

describe('the spoken practice routes', () => {
  let http: HttpTestApp;
  let event: JobEvent;

  beforeAll(async () => {
    http = await openHttpTestApp();
    http.ctx.worker.start();
  });
  afterAll(() => http.cleanup());

  const spoken = (recordingId: unknown) =>
    http.call('/api/practice/attempts/spoken', {
      method: 'POST',
      json: { questionKey: 'generic:自己紹介', question: '自己紹介をお願いします。', recordingId, keyPoints: [] },
    });

  it('gives one practice event a day to record into, marked as practice and with no company', async () => {
    const first = (await (await http.call('/api/practice/recording-event', { method: 'POST' })).json()) as JobEvent;
    const again = (await (await http.call('/api/practice/recording-event', { method: 'POST' })).json()) as JobEvent;
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ type: 'practice', companyId: null, consent: 'not_asked' });
    event = first;
  });

  it('keeps a recorded take as an attempt; deleting the recording keeps what was measured', async () => {
    const session = await http.ctx.live.start(event.id, { mode: 'in_person', sampleRate: 16_000, channels: 1 });
    for (const [seq, chunk] of toneChunks().entries()) {
      await http.ctx.live.appendChunk(session.id, seq, seq * chunk.length, chunk);
    }
    const stopped = await http.ctx.live.stop(session.id, { reason: 'user' });
    const response = await spoken(stopped.recording?.id);
    expect(response.status).toBe(201);
    const attempt = (await response.json()) as PracticeAttemptView;
    expect(attempt.spoken?.delivery?.takeMs).toBe(2_000);
    expect((await http.call(`/api/recordings/${stopped.recording?.id}`, { method: 'DELETE' })).status).toBe(204);
    const after = (await (await http.call(`/api/practice/attempts/${attempt.id}`)).json()) as PracticeAttemptView;
    expect(after.spoken?.transcript).toBe('audio_deleted');
    expect(after.spoken?.delivery).toEqual(attempt.spoken?.delivery);
  });

  it('refuses a malformed or unknown recording, and answers 404 for an unknown attempt', async () => {
    expect((await spoken('../../etc/passwd')).status).toBe(400);
    expect((await spoken(undefined)).status).toBe(400);
    expect((await spoken('rec_doesnotexist00')).status).toBe(400);
    expect((await http.call('/api/practice/attempts/pa_doesnotexist00')).status).toBe(404);
    expect((await http.call('/api/practice/attempts/pa_doesnotexist00/analyse', { method: 'POST' })).status).toBe(404);
  });

  it('refuses the routes without the token', async () => {
    for (const [method, path] of [
      ['POST', '/api/practice/recording-event'],
      ['POST', '/api/practice/attempts/spoken'],
      ['GET', '/api/practice/attempts'],
    ] as const) {
      const response = await http.app.request(`http://127.0.0.1:4280${path}`, {
        method,
        headers: { host: '127.0.0.1:4280' },
      });
      expect(response.status).toBe(401);
    }
  });
});
