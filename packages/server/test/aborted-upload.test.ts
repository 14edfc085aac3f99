import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sineWav } from '../../../test/support/wav';
import { type RunningServer, startServer } from '../src/server';
import { TEST_PASSPHRASE, type TempSession, tempSession } from './support/temp-context';

/**
 * review: a user who closes the tab (or loses the network) during an upload is bad luck, not a server fault. Today
 * the body stream's `aborted` (ECONNRESET) reaches app.onError as an unknown error, which prints its stack in the
 * terminal of `furikaeri serve` — the same class of noise as the EPIPE stack #15 item 5 removes from the CLI.
 */
let env: TempSession;
let server: RunningServer;
let eventId: string;

beforeAll(async () => {
  env = tempSession();
  await env.session.setup(TEST_PASSPHRASE);
  eventId = env.session.require().library.createEvent({ type: 'practice', consent: 'granted' }).id;
  server = await startServer(env.session, { port: 0 });
});
afterAll(async () => {
  await server.close();
  await env.cleanup();
});

function partialFiles(): string[] {
  const audio = path.join(env.dataDir, 'audio');
  if (!fs.existsSync(audio)) return [];
  return fs.readdirSync(audio, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.partial'));
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('review: an upload the client abandons', () => {
  it('is dropped quietly: no stack in the terminal, no recording and no partial file left', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const wav = sineWav(120);
      const socket = net.connect(server.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.write(
        `POST /api/events/${eventId}/recordings HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
          `Authorization: Bearer ${server.token}\r\nX-File-Name: interview.wav\r\nContent-Length: ${wav.length}\r\n\r\n`,
      );
      socket.write(wav.subarray(0, 1_000_000));
      await until(() => partialFiles().length > 0, 10_000);
      socket.destroy(); // the tab is closed mid-upload
      await until(() => partialFiles().length === 0, 5_000);
      await new Promise((resolve) => setTimeout(resolve, 300));

      // review: fails today — console.error(Error: aborted … code: 'ECONNRESET') from app.onError.
      // Fix at the mechanism: app.onError (or copyInto in recording-service.ts) treats a failure while the
      // request's own signal is aborted as a cancel (AppError 'cancelled', not logged), for every streaming route.
      expect(logged.mock.calls.map((call) => String(call[0]))).toEqual([]);
      expect(
        env.session
          .require()
          .recordings.list()
          .filter((r) => r.eventId === eventId),
      ).toEqual([]);
    } finally {
      logged.mockRestore();
    }
  });
});
