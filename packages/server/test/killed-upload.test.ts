import fs from 'node:fs';
import path from 'node:path';
import type { StorageReport } from '@furikaeri/core';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi, createInterview } from '../../../test/support/api-client';
import { type ChildServer, startChildServer } from '../../../test/support/child-server';
import { sineWav } from '../../../test/support/wav';

let server: ChildServer | null = null;
afterEach(async () => {
  await server?.dispose();
  server = null;
});

function partialFiles(dataDir: string): string[] {
  const audio = path.join(dataDir, 'audio');
  if (!fs.existsSync(audio)) return [];
  return fs.readdirSync(audio, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.partial'));
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** An upload whose first megabytes arrive, then nothing more: the connection stays open, as a slow network's. */
function stalledUpload(target: ChildServer, eventId: string): Promise<unknown> {
  const wav = sineWav(120);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(wav.subarray(0, 2_000_000)));
    },
  });
  return fetch(`${target.url}/api/events/${eventId}/recordings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${target.token}`, 'x-file-name': 'interview.wav' },
    body,
    duplex: 'half',
  } as RequestInit).catch((error: unknown) => error);
}

describe('a server killed mid-upload leaves nothing behind (issue #15 item 6)', () => {
  it('shows the unfinished upload in the storage view, and after kill -9 and a restart no *.partial remains', async () => {
    server = await startChildServer({ passphrase: 'アップロード中に止める 2026' });
    const running = server;
    const event = await createInterview(running, '株式会社中断');
    const upload = stalledUpload(running, event.id);
    await until(() => partialFiles(running.dataDir).length > 0);
    await until(async () => (await callApi<StorageReport>(running, 'GET', '/storage')).unfinished.bytes > 0);

    await running.kill9();
    await upload;
    expect(partialFiles(running.dataDir)).toHaveLength(1);
    const folders = fs.readdirSync(path.join(running.dataDir, 'audio'));
    expect(folders).toHaveLength(1);

    await running.restart();
    expect(partialFiles(running.dataDir)).toEqual([]);
    // The upload never became a recording: its folder (and key) went with it.
    expect(fs.readdirSync(path.join(running.dataDir, 'audio'))).toEqual([]);
    const storage = await callApi<StorageReport>(running, 'GET', '/storage');
    expect(storage.unfinished).toEqual({ files: 0, bytes: 0 });
  });
});
