import fs from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../src/http/app';
import { PeakAccumulator } from '../src/media/peak-accumulator';
import { parseBuckets } from '../src/services/peak-buckets';
import type { WaveformPeaks } from '../src/services/waveform-peaks-service';
import { fileBody } from './support/audio-files';
import { TEST_PASSPHRASE, type TempSession, tempContext, tempDir, tempSession } from './support/temp-context';

const TOKEN = 'test-token-peaks-0123456789';
const HOST = '127.0.0.1:4280';

/** 16 kHz mono s16le WAV whose samples are `level(second)`: quiet then loud, so peaks have a known shape. */
function steppedWav(levels: number[]): Buffer {
  const rate = 16_000;
  const samples = levels.length * rate;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i += 1) {
    const level = levels[Math.floor(i / rate)] ?? 0;
    // Alternating sign: the peak is the magnitude whichever way the wave swings.
    wav.writeInt16LE(i % 2 === 0 ? level : -level, 44 + i * 2);
  }
  return wav;
}

function int16(values: number[]): Buffer {
  const buffer = Buffer.alloc(values.length * 2);
  for (const [index, value] of values.entries()) buffer.writeInt16LE(value, index * 2);
  return buffer;
}

describe('PeakAccumulator', () => {
  it('keeps the loudest magnitude per bucket and channel, across chunks split mid-sample', () => {
    // Stereo frames: left rises 100…800, right is −50 × frame number.
    const frames = Array.from({ length: 8 }, (_, i) => [(i + 1) * 100, -(i + 1) * 50]).flat();
    const bytes = int16(frames);
    const accumulator = new PeakAccumulator(8, 2, 4);
    accumulator.push(bytes.subarray(0, 5));
    accumulator.push(bytes.subarray(5, 19));
    accumulator.push(bytes.subarray(19));
    const [left, right] = accumulator.result();
    expect(left).toEqual([200, 400, 600, 800].map((v) => Math.round((v / 32768) * 1000) / 1000));
    expect(right).toEqual([100, 200, 300, 400].map((v) => Math.round((v / 32768) * 1000) / 1000));
    expect(accumulator.framesSeen).toBe(8);
  });

  it('spreads frames over more buckets than divide evenly', () => {
    const accumulator = new PeakAccumulator(10, 1, 3);
    accumulator.push(int16([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => v * 1000)));
    // ceil(10/3)=4, ceil(20/3)=7, 10 → frames [0,4), [4,7), [7,10).
    expect(accumulator.result()[0]).toEqual([4000, 7000, 10000].map((v) => Math.round((v / 32768) * 1000) / 1000));
  });
});

describe('GET /api/recordings/:id/peaks', () => {
  let env: TempSession;
  let app: Hono;
  let files: string;
  let recordingId: string;

  beforeAll(async () => {
    env = tempSession();
    await env.session.setup(TEST_PASSPHRASE);
    const ctx = env.session.require();
    files = tempDir();
    const webRoot = tempDir('furikaeri-web-');
    fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html>');
    app = createHttpApp(env.session, { token: TOKEN, allowedHosts: [HOST], webRoot });
    const company = ctx.library.createCompany({ name: '株式会社波形' });
    const event = ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' });
    const file = path.join(files, 'stepped.wav');
    fs.writeFileSync(file, steppedWav([1_000, 1_000, 16_000, 16_000]));
    const { recording } = await ctx.recordings.ingest({
      eventId: event.id,
      originalName: 'stepped.wav',
      body: fileBody(file),
    });
    await ctx.worker.drain();
    recordingId = recording.id;
  });
  afterAll(async () => {
    await env.cleanup();
    fs.rmSync(files, { recursive: true, force: true });
  });

  const get = (pathname: string) =>
    app.request(`http://${HOST}/api${pathname}`, { headers: { authorization: `Bearer ${TOKEN}`, host: HOST } });

  it('draws quiet then loud from the stored PCM, with the duration', async () => {
    const response = await get(`/recordings/${recordingId}/peaks?buckets=16`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as WaveformPeaks;
    expect(body.durationMs).toBe(4_000);
    expect(body.channels).toBe(1);
    expect(body.buckets).toBe(16);
    const [peaks = []] = body.peaks;
    expect(peaks).toHaveLength(16);
    for (const value of peaks.slice(0, 8)) expect(value).toBeCloseTo(1_000 / 32768, 2);
    for (const value of peaks.slice(8)) expect(value).toBeCloseTo(16_000 / 32768, 2);
  });

  it('refuses a silly bucket count and an unknown recording', async () => {
    expect((await get(`/recordings/${recordingId}/peaks?buckets=3`)).status).toBe(400);
    expect((await get(`/recordings/${recordingId}/peaks?buckets=1.5`)).status).toBe(400);
    expect((await get('/recordings/rec_missing/peaks')).status).toBe(404);
    expect(parseBuckets(undefined)).toBe(2_000);
  });
});

describe('stored peaks', () => {
  it('computes the peaks of a recording as soon as it is ready, keeps them, and forgets them with the audio', async () => {
    const env = await tempContext();
    const files = tempDir();
    try {
      const { ctx } = env;
      ctx.startBackgroundWork();
      const company = ctx.library.createCompany({ name: '株式会社波形' });
      const event = ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' });
      const file = path.join(files, 'warm.wav');
      fs.writeFileSync(file, steppedWav([2_000, 20_000]));
      const { recording } = await ctx.recordings.ingest({
        eventId: event.id,
        originalName: 'warm.wav',
        body: fileBody(file),
      });
      await ctx.worker.drain();
      const stored = () =>
        ctx.db.prepare('SELECT buckets, peaks FROM waveform_peaks WHERE recording_id = ?').get(recording.id) as
          | { buckets: number; peaks: string }
          | undefined;
      await expect.poll(stored, { timeout: 10_000 }).toBeDefined();
      // Same answer from the database as from the PCM (2 s → buckets capped by frames is not hit here).
      const fromDb = await ctx.peaks.peaks(recording.id, 2_000);
      expect(fromDb.peaks[0]?.slice(0, 2)).toEqual([0.061, 0.061]);
      expect(fromDb.peaks[0]?.at(-1)).toBeCloseTo(20_000 / 32768, 2);

      const deleted = { ...ctx.recordings.requireRecording(recording.id), audioDeletedAt: '2026-12-01T00:00:00Z' };
      ctx.bus.publish({ kind: 'recording', recording: deleted });
      expect(stored()).toBeUndefined();
    } finally {
      await env.cleanup();
      fs.rmSync(files, { recursive: true, force: true });
    }
  });

  it('reads the PCM once when the page asks while the same peaks are being computed', async () => {
    const env = await tempContext();
    const files = tempDir();
    try {
      const { ctx } = env;
      const company = ctx.library.createCompany({ name: '株式会社波形' });
      const event = ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' });
      const file = path.join(files, 'once.wav');
      fs.writeFileSync(file, steppedWav([1_000, 3_000, 5_000]));
      const { recording } = await ctx.recordings.ingest({
        eventId: event.id,
        originalName: 'once.wav',
        body: fileBody(file),
      });
      await ctx.worker.drain();
      let reads = 0;
      const original = ctx.store.createReadStream.bind(ctx.store);
      ctx.store.createReadStream = (...args) => {
        if (args[1] === 'pcm') reads += 1;
        return original(...args);
      };
      const [first, second] = await Promise.all([
        ctx.peaks.peaks(recording.id, 2_000),
        ctx.peaks.peaks(recording.id, 2_000),
      ]);
      expect(second).toEqual(first);
      await ctx.peaks.peaks(recording.id, 2_000);
      expect(reads).toBe(1);
    } finally {
      await env.cleanup();
      fs.rmSync(files, { recursive: true, force: true });
    }
  });
});
