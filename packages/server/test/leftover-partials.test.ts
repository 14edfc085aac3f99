import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { sineWav } from '../../../test/support/wav';
import { type AppContext, createAppContext } from '../src/app-context';
import { newId } from '../src/config/ids';
import { offsetOf, pcmChunks } from './live/pcm-signals';
import { type TempContext, tempContext } from './support/temp-context';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function partialFiles(dataDir: string): string[] {
  const audio = path.join(dataDir, 'audio');
  return fs
    .readdirSync(audio, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.partial'))
    .sort();
}

/** What a server killed mid-way leaves: an upload, a decode and a live recording, none of them committed. */
async function killedMidWay(env: TempContext) {
  const { ctx } = env;
  const company = ctx.library.createCompany({ name: '株式会社途中' });
  const eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview', consent: 'granted' }).id;
  // An upload cut off before it became a recording: a folder, a key and a partial original.
  const upload = newId('rec');
  const uploadWriter = await ctx.store.createWriter(upload, 'original');
  await uploadWriter.append(Buffer.alloc(300_000, 7));
  await uploadWriter.sync();
  // A recording whose decoding was cut off: the import job writes its PCM again from the start.
  const { recording } = await ctx.recordings.ingest({
    eventId,
    originalName: 'memo.wav',
    body: Readable.from([sineWav(2)]),
  });
  const pcmWriter = await ctx.store.createWriter(recording.id, 'pcm');
  await pcmWriter.append(Buffer.alloc(100_000, 1));
  await pcmWriter.sync();
  // A live recording in progress: its journal is how it continues, so it stays.
  const live = await ctx.live.start(eventId, { mode: 'in_person', sampleRate: 16_000, channels: 1 });
  for (const [index, chunk] of pcmChunks(3).entries()) {
    await ctx.live.appendChunk(live.id, index, offsetOf(index), chunk);
  }
  return { upload, recordingId: recording.id, liveRecordingId: live.recordingId };
}

function restarted(env: TempContext, removeLeftovers: boolean): AppContext {
  const ctx = createAppContext({ dataDir: env.dataDir, masterKey: env.masterKey, removeLeftovers });
  cleanups.push(() => ctx.close());
  return ctx;
}

describe('nothing left behind by a killed server (issue #15 item 6)', () => {
  it('counts unfinished files in the storage view, and the serving process removes them as it opens', async () => {
    const env = await tempContext();
    cleanups.push(env.cleanup);
    const { upload, recordingId, liveRecordingId } = await killedMidWay(env);
    expect(partialFiles(env.dataDir)).toEqual(
      [
        `${upload}/original.fka.partial`,
        `${recordingId}/pcm.fka.partial`,
        `${liveRecordingId}/live.fka.partial`,
      ].sort(),
    );
    const before = env.ctx.storage.report();
    expect(before.unfinished.files).toBe(3);
    expect(before.unfinished.bytes).toBeGreaterThan(400_000);
    expect(before.totalBytes).toBe(before.databaseBytes + before.audioBytes + before.unfinished.bytes);

    // A CLI command may run beside a server with an upload in progress: it leaves the files alone.
    restarted(env, false);
    expect(partialFiles(env.dataDir)).toHaveLength(3);

    const ctx = restarted(env, true);
    expect(partialFiles(env.dataDir)).toEqual([`${liveRecordingId}/live.fka.partial`]);
    expect(fs.existsSync(path.join(env.dataDir, 'audio', upload))).toBe(false);
    const keys = ctx.db.prepare('SELECT recording_id FROM audio_keys').all() as { recording_id: string }[];
    expect(keys.map((row) => row.recording_id)).not.toContain(upload);
    expect(fs.existsSync(path.join(env.dataDir, 'audio', recordingId, 'original.fka'))).toBe(true);
    expect(ctx.storage.report().unfinished.files).toBe(1);
  });
});
