import fs from 'node:fs';
import path from 'node:path';
import { looksLikeAudio, SNIFF_BYTES } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_UPLOAD_BYTES, maxUploadBytesFrom } from '../src/services/upload-copy';
import { fileBody, writeTone } from './support/audio-files';
import { type TempContext, tempContext, tempDir } from './support/temp-context';

const LIMIT = 200_000;
let env: TempContext;
let files: string;
let eventId: string;

beforeAll(async () => {
  env = await tempContext({ maxUploadBytes: LIMIT });
  files = tempDir();
  const company = env.ctx.library.createCompany({ name: '株式会社アップロード' });
  eventId = env.ctx.library.createEvent({ companyId: company.id, type: 'interview' }).id;
});

afterAll(async () => {
  await env.cleanup();
  fs.rmSync(files, { recursive: true, force: true });
});

/** Bytes a deterministic generator would give (so a failure is reproducible), 64 KB at a time. */
function* pseudoRandomChunks(totalBytes: number, seed = 12_345): Generator<Uint8Array> {
  let state = seed;
  for (let sent = 0; sent < totalBytes; sent += 65_536) {
    const chunk = new Uint8Array(Math.min(65_536, totalBytes - sent));
    for (let i = 0; i < chunk.length; i += 1) {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      chunk[i] = state >>> 24;
    }
    yield chunk;
  }
}

/** A body that counts what the server took from it: the proof that a refusal came early. */
function counted(source: Iterable<Uint8Array> | AsyncIterable<Uint8Array>) {
  const tally = { bytes: 0 };
  async function* body() {
    for await (const chunk of source) {
      tally.bytes += chunk.length;
      yield chunk;
    }
  }
  return { tally, body: body() };
}

function leftOnDisk(): string[] {
  const dir = path.join(env.dataDir, 'audio');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : [];
}

async function refusal(body: AsyncIterable<Uint8Array>, declaredBytes?: number) {
  return env.ctx.recordings.ingest({ eventId, originalName: 'upload.m4a', body, declaredBytes }).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('bounded uploads: garbage and oversize files are refused early and leave nothing', () => {
  it('refuses 1.5 GB of random bytes after reading only the first chunk', async () => {
    const { tally, body } = counted(pseudoRandomChunks(1_500_000_000));
    const before = leftOnDisk();
    expect(await refusal(body)).toMatchObject({ code: 'unsupported_media', status: 415 });
    expect(tally.bytes).toBeLessThanOrEqual(65_536);
    expect(leftOnDisk()).toEqual(before);
    expect(env.ctx.repos.recordings.list()).toEqual([]);
  });

  it('refuses a long text file named .mp3 before storing any of it', async () => {
    const text = new TextEncoder().encode('面接メモ：志望動機について\n'.repeat(100_000));
    const cuts = [0, 1000, 3000, 5000, text.length];
    const { tally, body } = counted(cuts.slice(1).map((end, i) => text.subarray(cuts[i], end)));
    const error = await refusal(body);
    expect(error).toMatchObject({ code: 'unsupported_media', userMessage: { ja: expect.stringContaining('音声') } });
    expect(tally.bytes).toBe(5000);
    expect(leftOnDisk()).toEqual([]);
  });

  it('refuses a file larger than the limit while it streams, and says what the limit is', async () => {
    const file = writeTone(path.join(files, 'long.wav'), { seconds: 6 }); // 529 KB > 200 KB
    const { tally, body } = counted(fileBody(file));
    const error = await refusal(body);
    expect(error).toMatchObject({ code: 'too_large', status: 413, details: { maxBytes: LIMIT } });
    expect((error as { userMessage: { ja: string; en: string } }).userMessage.en).toContain('195 KB');
    expect(tally.bytes).toBeLessThanOrEqual(LIMIT + 65_536);
    expect(leftOnDisk()).toEqual([]);
  });

  it('refuses a file whose announced size is over the limit without reading it', async () => {
    const { tally, body } = counted(pseudoRandomChunks(1_000_000));
    expect(await refusal(body, LIMIT + 1)).toMatchObject({ code: 'too_large' });
    expect(tally.bytes).toBe(0);
  });

  it('still takes a file within the limit', async () => {
    const file = writeTone(path.join(files, 'short.wav'), { seconds: 1.5 });
    const { recording } = await env.ctx.recordings.ingest({ eventId, originalName: 'short.wav', body: fileBody(file) });
    expect(recording.sizeBytes).toBe(fs.statSync(file).size);
  });
});

describe('the content sniffer knows every container the import takes', () => {
  const formats: [string, string[]][] = [
    ['a.m4a', ['-c:a', 'aac']],
    ['a.mp3', ['-c:a', 'libmp3lame']],
    ['bare.mp3', ['-c:a', 'libmp3lame', '-id3v2_version', '0', '-write_xing', '0']],
    ['a.ogg', ['-c:a', 'libopus']],
    ['a.webm', ['-c:a', 'libopus']],
    ['a.flac', ['-c:a', 'flac']],
    ['a.aac', ['-c:a', 'aac']],
    ['a.wav', []],
    ['a.3gp', ['-c:a', 'libopencore_amrnb', '-ar', '8000', '-ac', '1', '-b:a', '12.2k']],
    ['a.amr', ['-c:a', 'libopencore_amrnb', '-ar', '8000', '-ac', '1', '-b:a', '12.2k']],
    ['a.aiff', []],
    ['video.mp4', ['-c:a', 'aac']],
    ['video.mkv', ['-c:a', 'libopus']],
    ['video.avi', ['-c:a', 'libmp3lame']],
    ['video.ts', ['-c:a', 'aac']],
    ['video.mpg', ['-c:a', 'mp2']],
    ['video.flv', ['-c:a', 'aac']],
    ['a.au', []],
    ['a.wv', ['-c:a', 'wavpack']],
    ['a.ac3', ['-c:a', 'ac3']],
  ];
  for (const [name, codec] of formats) {
    it(`recognises ${name} from its first bytes`, () => {
      const file = writeTone(path.join(files, name), { seconds: 1, codec });
      expect(looksLikeAudio(fs.readFileSync(file).subarray(0, SNIFF_BYTES))).toBe(true);
    });
  }

  it('recognises mp3 frames after some leading junk, and refuses text, zeros and random bytes', () => {
    const mp3 = fs.readFileSync(
      writeTone(path.join(files, 'junk.mp3'), { seconds: 1, codec: ['-id3v2_version', '0'] }),
    );
    expect(looksLikeAudio(Buffer.concat([Buffer.alloc(100, 7), mp3]).subarray(0, SNIFF_BYTES))).toBe(true);
    expect(looksLikeAudio(Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nこんにちは\n'))).toBe(false);
    expect(looksLikeAudio(Buffer.alloc(SNIFF_BYTES))).toBe(false);
    for (let seed = 1; seed <= 50; seed += 1) {
      const [chunk] = pseudoRandomChunks(SNIFF_BYTES, seed);
      expect(looksLikeAudio(chunk ?? new Uint8Array())).toBe(false);
    }
  });
});

describe('the upload limit setting', () => {
  it('reads FURIKAERI_MAX_UPLOAD_BYTES in bytes or with a unit, and falls back to 4 GB', () => {
    expect(maxUploadBytesFrom({})).toBe(DEFAULT_MAX_UPLOAD_BYTES);
    expect(DEFAULT_MAX_UPLOAD_BYTES).toBe(4 * 1024 ** 3);
    expect(maxUploadBytesFrom({ FURIKAERI_MAX_UPLOAD_BYTES: '1000000' })).toBe(1_000_000);
    expect(maxUploadBytesFrom({ FURIKAERI_MAX_UPLOAD_BYTES: '500M' })).toBe(500 * 1024 ** 2);
    expect(maxUploadBytesFrom({ FURIKAERI_MAX_UPLOAD_BYTES: '8GB' })).toBe(8 * 1024 ** 3);
    expect(maxUploadBytesFrom({ FURIKAERI_MAX_UPLOAD_BYTES: '-3' })).toBe(DEFAULT_MAX_UPLOAD_BYTES);
    expect(maxUploadBytesFrom({ FURIKAERI_MAX_UPLOAD_BYTES: 'lots' })).toBe(DEFAULT_MAX_UPLOAD_BYTES);
  });
});
