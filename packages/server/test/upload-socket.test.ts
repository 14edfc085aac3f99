import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server';
import { TEST_PASSPHRASE, type TempSession, tempSession } from './support/temp-context';

let env: TempSession;
let server: RunningServer;
let eventId: string;

beforeAll(async () => {
  env = tempSession();
  await env.session.setup(TEST_PASSPHRASE);
  server = await startServer(env.session, { port: 0 });
  eventId = env.session.require().library.createEvent({ companyId: null, type: 'practice' }).id;
});
afterAll(async () => {
  await server.close();
  await env.cleanup();
});

/**
 * Sends `declaredBytes` of `fill` to the upload route over a real socket, as fast as the server takes
 * them, and stops at the first byte of an answer: how far the upload got before it was refused.
 */
async function uploadUntilAnswered(declaredBytes: number, fill: number): Promise<{ status: string; sent: number }> {
  const login = await fetch(server.loginUrl, { redirect: 'manual' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let answer = '';
  socket.on('data', (data: Buffer) => {
    answer += data.toString('latin1');
  });
  socket.on('error', () => undefined);
  socket.write(
    // As the page sends it: the session cookie, and the Origin a browser adds to every write.
    `POST /api/events/${eventId}/recordings HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nCookie: ${cookie}\r\n` +
      `Origin: ${server.url}\r\nContent-Length: ${declaredBytes}\r\nX-File-Name: upload.m4a\r\n\r\n`,
  );
  const chunk = Buffer.alloc(65_536, fill);
  let sent = 0;
  // Old behaviour read everything before answering: give up after 80 MB rather than send gigabytes.
  while (answer === '' && sent < Math.min(declaredBytes, 80 * 1024 * 1024) && !socket.destroyed) {
    sent += chunk.length;
    if (!socket.write(chunk)) {
      await new Promise((resolve) => {
        for (const event of ['drain', 'data', 'close']) socket.once(event, resolve);
      });
    }
  }
  if (answer === '')
    await new Promise((resolve) => {
      socket.once('data', resolve);
      setTimeout(resolve, 5_000);
    });
  socket.destroy();
  return { status: answer.split('\r\n')[0] ?? '', sent };
}

function storedFiles(): string[] {
  const dir = path.join(env.dataDir, 'audio');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : [];
}

describe('a bad upload is answered while it is still being sent', () => {
  it('1.5 GB announced, not audio: 415 after a few MB at most (socket buffers), nothing stored', async () => {
    const { status, sent } = await uploadUntilAnswered(1_500_000_000, 0x41);
    expect(status).toBe('HTTP/1.1 415 Unsupported Media Type');
    expect(sent).toBeLessThan(64 * 1024 * 1024);
    expect(storedFiles()).toEqual([]);
  });

  it('6 GB announced: 413 before the body is read', async () => {
    const { status, sent } = await uploadUntilAnswered(6 * 1024 ** 3, 0x00);
    expect(status).toBe('HTTP/1.1 413 Payload Too Large');
    expect(sent).toBeLessThan(64 * 1024 * 1024);
    expect(storedFiles()).toEqual([]);
  });
});
