import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi, createInterview } from '../../../test/support/api-client';
import { type CliServe, startCliServe, timeToExit } from '../../../test/support/cli-serve';
import { longTranscriptText } from '../../../test/support/long-transcript';
import { startTranscriptUploads } from '../../../test/support/transcript-uploads';
import { mixedWorstCase } from '../../../test/support/worst-case-transcript';

/** Issue #15 asks for 2 s; the bound is generous for a loaded machine (bench:lock prints the figure). */
const EXIT_BOUND_MS = 5_000;
const PASSPHRASE = 'シグナルで止めるテスト 2026';

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) fs.rmSync(home, { recursive: true, force: true });
});

function newHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-serve-signal-'));
  homes.push(home);
  return home;
}

/** `furikaeri serve` with an analysis of a long transcript running (it takes over ten seconds). */
async function serveWhileAnalysing(): Promise<CliServe> {
  const serve = await startCliServe(newHome(), PASSPHRASE);
  const event = await createInterview(serve, '株式会社シグナル');
  const response = await fetch(`${serve.url}/api/events/${event.id}/transcripts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${serve.token}`, 'x-file-name': 'long.txt' },
    body: longTranscriptText(100, 150),
  });
  expect(response.status).toBe(201);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return serve;
}

describe('furikaeri serve stops on SIGTERM and SIGINT even while a job runs (issue #15)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`exits with 0 within seconds of ${signal} during an analysis`, async () => {
      const serve = await serveWhileAnalysing();
      const exitMs = await timeToExit(serve, signal, 30_000);
      console.log(`${signal} → exit: ${exitMs?.toFixed(0)} ms`);
      expect(exitMs).not.toBeNull();
      expect(exitMs).toBeLessThan(EXIT_BOUND_MS);
      expect(await serve.exited).toBe(0);
    }, 90_000);
  }

  it('exits with 0 within seconds of SIGTERM during three large transcript imports; nothing of them is stored', async () => {
    const home = newHome();
    const serve = await startCliServe(home, PASSPHRASE);
    const marker = 'らくだのこぶ';
    const bytes = new TextEncoder().encode(`${mixedWorstCase(3 * 1024 * 1024)}\n自分: ${marker}を見ました`);
    const { eventIds, outcomes } = await startTranscriptUploads(serve, bytes, 3);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const exitMs = await timeToExit(serve, 'SIGTERM', 30_000);
    console.log(`SIGTERM during three transcript imports → exit: ${exitMs?.toFixed(0)} ms`);
    expect(exitMs).not.toBeNull();
    expect(exitMs).toBeLessThan(EXIT_BOUND_MS);
    expect(await serve.exited).toBe(0);
    // The server went away before answering them.
    expect((await outcomes).map((outcome) => outcome.status)).toEqual([0, 0, 0]);

    const again = await startCliServe(home, PASSPHRASE);
    try {
      for (const eventId of eventIds) {
        const view = await callApi<{ transcript: unknown }>(again, 'GET', `/events/${eventId}/transcript`);
        expect(view.transcript).toBeNull();
      }
      const found = await callApi<{ groups: unknown[] }>(again, 'GET', `/search?q=${encodeURIComponent(marker)}`);
      expect(found.groups).toEqual([]);
    } finally {
      await again.close();
    }
  }, 120_000);
});
