import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wavHeader } from '../src/media/wav-header';
import { fileBody } from './support/audio-files';
import { type TempContext, tempContext, tempDir } from './support/temp-context';

let env: TempContext;
let files: string;

beforeAll(async () => {
  env = await tempContext();
  files = tempDir();
});
afterAll(async () => {
  await env.cleanup();
  fs.rmSync(files, { recursive: true, force: true });
});

/** A 3-hour 8 kHz mono WAV written directly (an encoder would take minutes): a tone, one second repeated. */
function writeLongWav(file: string, seconds: number): void {
  const rate = 8_000;
  const second = Buffer.alloc(rate * 2);
  for (let i = 0; i < rate; i += 1)
    second.writeInt16LE(Math.round(8_000 * Math.sin((2 * Math.PI * 300 * i) / rate)), i * 2);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, wavHeader({ sampleRate: rate, channels: 1, bytes: second.length * seconds }));
  for (let i = 0; i < seconds; i += 1) fs.writeSync(fd, second);
  fs.closeSync(fd);
}

describe('a very long recording', () => {
  it('imports a 3-hour file completely, streaming, with progress reported along the way', async () => {
    const file = path.join(files, 'three-hours.wav');
    writeLongWav(file, 3 * 3600);
    const company = env.ctx.library.createCompany({ name: '長時間株式会社' });
    const event = env.ctx.library.createEvent({ companyId: company.id, type: 'group_discussion' });
    const progress: number[] = [];
    env.ctx.bus.subscribe((change) => {
      if (change.kind === 'job' && change.job.progress !== null && change.job.status === 'running') {
        progress.push(change.job.progress);
      }
    });
    const { recording } = await env.ctx.recordings.ingest({
      eventId: event.id,
      originalName: '3h.wav',
      body: fileBody(file),
    });
    fs.rmSync(file);
    await env.ctx.worker.drain();
    const imported = env.ctx.recordings.get(recording.id);
    expect(imported.status).toBe('ready');
    expect(imported.pcm?.durationMs).toBe(3 * 3600 * 1000);
    expect(imported.pcm?.bytes).toBe(3 * 3600 * 16_000 * 2);
    expect(progress.length).toBeGreaterThan(0);
  });
});
