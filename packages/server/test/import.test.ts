import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileBody,
  SHARED_FIXTURES_PRESENT,
  SHARED_INTERVIEW_WAV,
  streamedWebm,
  truncateCopy,
  writeText,
  writeTone,
} from './support/audio-files';
import { readStored, type TempContext, tempContext, tempDir } from './support/temp-context';

let env: TempContext;
let files: string;
let eventId: string;

beforeAll(async () => {
  env = await tempContext();
  files = tempDir();
  const company = env.ctx.library.createCompany({ name: '株式会社サンプル' });
  eventId = env.ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
});

afterAll(async () => {
  await env.cleanup();
  fs.rmSync(files, { recursive: true, force: true });
});

async function importFile(file: string, name = path.basename(file)) {
  const { recording } = await env.ctx.recordings.ingest({ eventId, originalName: name, body: fileBody(file) });
  await env.ctx.worker.drain();
  return env.ctx.recordings.get(recording.id);
}

async function importError(file: string): Promise<AppError> {
  const error = await importFile(file).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function recordingCount(): number {
  return env.ctx.repos.recordings.list().length;
}

function storedRecordingDirs(): string[] {
  const dir = path.join(env.dataDir, 'audio');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

describe('import of the formats phones and recorders produce', () => {
  const formats: [string, string[]][] = [
    ['voice-memo.m4a', ['-c:a', 'aac', '-b:a', '64k']],
    ['recording.mp3', ['-c:a', 'libmp3lame', '-b:a', '64k']],
    ['recording.ogg', ['-c:a', 'libopus', '-b:a', '32k']],
    ['recording.opus', ['-c:a', 'libopus', '-b:a', '32k']],
    ['recording.webm', ['-c:a', 'libopus', '-b:a', '32k']],
    ['recording.flac', ['-c:a', 'flac']],
    ['recording.aac', ['-c:a', 'aac']],
    ['recording.wav', []],
    ['recording.3gp', ['-c:a', 'libopencore_amrnb', '-ar', '8000', '-ac', '1', '-b:a', '12.2k']],
  ];
  for (const [name, codec] of formats) {
    it(`imports ${name}: probes it and decodes 16 kHz PCM of the right length`, async () => {
      const file = writeTone(path.join(files, name), { seconds: 3, codec });
      const recording = await importFile(file);
      expect(recording.status).toBe('ready');
      expect(recording.error).toBeNull();
      expect(recording.media?.channels).toBe(1);
      expect(recording.pcm?.sampleRate).toBe(16_000);
      expect(recording.pcm?.channels).toBe(1);
      // Encoder priming/padding adds up to ~100 ms on lossy codecs.
      expect(recording.pcm?.durationMs).toBeGreaterThan(2_900);
      expect(recording.pcm?.durationMs).toBeLessThan(3_150);
      expect(await env.ctx.store.size(recording.id, 'pcm')).toBe(recording.pcm?.bytes);
      expect(await env.ctx.store.size(recording.id, 'original')).toBe(fs.statSync(file).size);
      expect(recording.jobs.map((job) => [job.type, job.status])).toEqual([
        ['import', 'succeeded'],
        ['transcribe', 'unavailable'],
      ]);
    });
  }

  it('keeps the two channels of a stereo recording apart (me / them in online interviews)', async () => {
    const file = writeTone(path.join(files, 'online.m4a'), { seconds: 2, stereo: true, codec: ['-c:a', 'aac'] });
    const recording = await importFile(file);
    expect(recording.pcm?.channels).toBe(2);
    const pcm = await readStored(env.ctx, recording.id, 'pcm');
    // Left is 440 Hz, right 1000 Hz: count zero crossings per channel over one second.
    const crossings = [0, 0];
    for (let channel = 0; channel < 2; channel += 1) {
      let previous = 0;
      for (let frame = 8_000; frame < 24_000; frame += 1) {
        const sample = pcm.readInt16LE((frame * 2 + channel) * 2);
        if (previous < 0 && sample >= 0) crossings[channel] = (crossings[channel] ?? 0) + 1;
        previous = sample;
      }
    }
    expect(crossings[0]).toBeGreaterThan(420);
    expect(crossings[0]).toBeLessThan(460);
    expect(crossings[1]).toBeGreaterThan(970);
    expect(crossings[1]).toBeLessThan(1030);
  });

  it.skipIf(!SHARED_FIXTURES_PRESENT)('imports the shared 163 s interview with its exact duration', async () => {
    const recording = await importFile(SHARED_INTERVIEW_WAV);
    expect(recording.media).toMatchObject({ sampleRate: 16_000, channels: 1, codec: 'pcm_s16le' });
    expect(Math.round((recording.pcm?.durationMs ?? 0) / 1000)).toBe(163);
    // Already 16 kHz mono s16le: the PCM is the WAV's data chunk, sample for sample.
    const pcm = await readStored(env.ctx, recording.id, 'pcm');
    const original = fs.readFileSync(SHARED_INTERVIEW_WAV);
    expect(original.subarray(original.length - pcm.length).equals(pcm)).toBe(true);
  });
});

describe('bad input gets a clear error and loses nothing', () => {
  it('refuses recordings for an event whose recording was declined (consent gate)', async () => {
    const company = env.ctx.library.createCompany({ name: '録音お断り株式会社' });
    const declined = env.ctx.library.createEvent({ companyId: company.id, type: 'interview', consent: 'declined' });
    const file = writeTone(path.join(files, 'declined.wav'), { seconds: 2 });
    const error = await env.ctx.recordings
      .ingest({ eventId: declined.id, originalName: 'declined.wav', body: fileBody(file) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'conflict',
      userMessage: { ja: expect.stringContaining('録音を断られています') },
    });
    expect(env.ctx.repos.recordings.listByEvent(declined.id)).toEqual([]);
  });

  it('refuses a zero-byte file and keeps nothing of it', async () => {
    const before = recordingCount();
    const dirs = storedRecordingDirs().length;
    const error = await importError(writeText(path.join(files, 'empty.m4a'), ''));
    expect(error.code).toBe('empty_file');
    expect(error.userMessage.ja).toContain('空');
    expect(recordingCount()).toBe(before);
    expect(storedRecordingDirs().length).toBe(dirs);
  });

  it('refuses a file that is not audio, whatever its extension says', async () => {
    const before = recordingCount();
    const dirs = storedRecordingDirs().length;
    const error = await importError(writeText(path.join(files, 'notes.mp3'), '面接メモ\n'.repeat(200)));
    expect(error.code).toBe('unsupported_media');
    expect(error.userMessage.ja).toContain('音声として読み込めない');
    expect(recordingCount()).toBe(before);
    expect(storedRecordingDirs().length).toBe(dirs);
  });

  it('imports audio whose extension is wrong (an mp3 named .wav): content decides', async () => {
    const mp3 = writeTone(path.join(files, 'real.mp3'), { seconds: 2, codec: ['-c:a', 'libmp3lame'] });
    const misnamed = path.join(files, 'misnamed.wav');
    fs.copyFileSync(mp3, misnamed);
    fs.appendFileSync(misnamed, Buffer.from([0])); // a different hash from real.mp3
    const recording = await importFile(misnamed);
    expect(recording.status).toBe('ready');
    expect(recording.media?.codec).toBe('mp3');
  });

  it('refuses a truncated m4a whose index was cut off, and says why', async () => {
    const whole = writeTone(path.join(files, 'whole.m4a'), { seconds: 5, codec: ['-c:a', 'aac'] });
    const error = await importError(truncateCopy(whole, path.join(files, 'cut.m4a'), 0.5));
    expect(error.code).toBe('damaged_media');
    expect(error.userMessage.en).toContain('truncated');
  });

  it('keeps what decodes of a truncated wav', async () => {
    const whole = writeTone(path.join(files, 'whole.wav'), { seconds: 10 });
    const recording = await importFile(truncateCopy(whole, path.join(files, 'cut.wav'), 0.5));
    expect(recording.status).toBe('ready');
    expect(Math.round((recording.pcm?.durationMs ?? 0) / 1000)).toBe(5);
  });

  const truncatable: [string, string[], string][] = [
    ['wav', [], '10 秒のうち 5 秒分'],
    ['mp3', ['-c:a', 'libmp3lame', '-write_xing', '0'], '切れる前の'],
    ['flac', ['-c:a', 'flac'], '10 秒のうち'],
    ['ogg', ['-c:a', 'libopus'], '切れる前の'],
    ['webm', ['-c:a', 'libopus'], '10 秒のうち'],
    ['aac', ['-c:a', 'aac'], '切れる前の'],
  ];
  for (const [extension, codec, words] of truncatable) {
    it(`warns that a truncated ${extension} was cut off, and keeps what decodes`, async () => {
      const whole = writeTone(path.join(files, `whole-10s.${extension}`), { seconds: 10, codec, sampleRate: 22_050 });
      const recording = await importFile(truncateCopy(whole, path.join(files, `half.${extension}`), 0.5));
      expect(recording.status).toBe('ready');
      expect((recording.pcm?.durationMs ?? 0) / 1000).toBeGreaterThan(4);
      expect(recording.warning?.ja).toContain(words);
      expect(recording.warning?.en).toContain('truncated');
    });
  }

  it('does not warn about a whole file of any of these formats', async () => {
    for (const [extension, codec] of truncatable) {
      const recording = await importFile(
        writeTone(path.join(files, `whole-3s.${extension}`), { seconds: 3, codec, sampleRate: 48_000 }),
      );
      expect([extension, recording.warning]).toEqual([extension, null]);
    }
  });

  it('warns how much was saved when a header promised more than the file holds (mp3 with a Xing header)', async () => {
    const whole = writeTone(path.join(files, 'whole.mp3'), { seconds: 10, codec: ['-c:a', 'libmp3lame', '-q:a', '4'] });
    const recording = await importFile(truncateCopy(whole, path.join(files, 'cut.mp3'), 0.5));
    expect(recording.status).toBe('ready');
    expect(Math.round((recording.pcm?.durationMs ?? 0) / 1000)).toBe(5);
    expect(recording.warning?.ja).toContain('10 秒のうち 5 秒分');
  });

  it('refuses a recording shorter than 1 s at upload, and keeps nothing of it', async () => {
    const before = recordingCount();
    const dirs = storedRecordingDirs().length;
    const error = await importError(writeTone(path.join(files, 'blip.wav'), { seconds: 0.4 }));
    expect(error.code).toBe('too_short');
    expect(error.userMessage.ja).toContain('短すぎます');
    expect(recordingCount()).toBe(before);
    expect(storedRecordingDirs().length).toBe(dirs);
  });

  it('a file refused only once decoded (no length in its header, under 1 s) leaves nothing, and says why', async () => {
    // WebM as a browser's MediaRecorder writes it (to a stream) states no length: only decoding tells.
    const file = path.join(files, 'blip.webm');
    fs.writeFileSync(file, streamedWebm(0.4));
    const dirs = storedRecordingDirs().length;
    const refusals: unknown[] = [];
    const unsubscribe = env.ctx.bus.subscribe((change) => {
      if (change.kind === 'recording-deleted') refusals.push(change.refused);
    });
    const { recording } = await env.ctx.recordings.ingest({ eventId, originalName: 'blip.webm', body: fileBody(file) });
    await env.ctx.worker.drain();
    unsubscribe();
    expect(env.ctx.repos.recordings.find(recording.id)).toBeNull();
    expect(env.ctx.repos.jobs.listByRecording(recording.id)).toEqual([]);
    expect(storedRecordingDirs().length).toBe(dirs);
    expect(refusals).toEqual([
      {
        eventId,
        originalName: 'blip.webm',
        reason: expect.objectContaining({ ja: expect.stringContaining('短すぎます') }),
      },
    ]);
  });

  it('detects a second import of the same file by its content hash and names the first', async () => {
    const file = writeTone(path.join(files, 'twice.wav'), { seconds: 2, sampleRate: 22_050 });
    const first = await importFile(file);
    const copy = path.join(files, 'コピー.wav');
    fs.copyFileSync(file, copy);
    const before = recordingCount();
    const error = await importError(copy);
    expect(error.code).toBe('duplicate');
    expect(error.details).toMatchObject({ recordingId: first.id, eventId });
    expect(recordingCount()).toBe(before);
  });

  it('shows names with path separators and odd Unicode safely, and stores by id only', async () => {
    const file = writeTone(path.join(files, 'plain.wav'), { seconds: 1.5, sampleRate: 8_000 });
    const nfd = 'ﾃｽﾄ/../../面接\u202eevil.wav'.normalize('NFD');
    const recording = await importFile(file, `C:\\Users\\me\\${nfd}`);
    expect(recording.originalName).toBe('ﾃｽﾄ/../../面接evil.wav'.split('/').pop());
    expect(fs.existsSync(path.join(env.dataDir, 'audio', recording.id, 'original.fka'))).toBe(true);
  });
});
