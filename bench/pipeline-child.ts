/**
 * Child process of bench:pipeline: imports a long file into a fresh encrypted library and transcribes it
 * with the fake recogniser, printing "PHASE <name>" as it goes so the parent can measure each phase.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppContext } from '../packages/server/src/app-context';
import { createRecognizerFactory } from '../packages/server/src/speech/recognizer-factory';
import { TEST_SCRYPT } from '../packages/server/src/vault/passphrase-kdf';
import { Vault } from '../packages/server/src/vault/vault';

const file = process.argv[2] ?? '';
if (!file) throw new Error('usage: pipeline-child.ts <audio file>');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-bench-pipeline-'));
try {
  const { masterKey } = await new Vault(dataDir, TEST_SCRYPT).create('bench passphrase 2026');
  const ctx = createAppContext({
    dataDir,
    masterKey,
    recognizers: createRecognizerFactory({ find: () => null }, { FURIKAERI_FAKE_ASR: '1' }),
  });
  const company = ctx.library.createCompany({ name: 'Bench' });
  const eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
  console.log('PHASE import (ffmpeg decode into the encrypted store)');
  async function* body() {
    for await (const chunk of fs.createReadStream(file)) yield chunk as Buffer;
  }
  const { recording } = await ctx.recordings.ingest({ eventId, originalName: path.basename(file), body: body() });
  await ctx.worker.runOne();
  console.log('PHASE transcribe (VAD + voices + diarization + fake recogniser + store)');
  await ctx.worker.runOne();
  console.log('PHASE done');
  const transcript = ctx.repos.transcripts.findCurrent(eventId);
  const jobs = ctx.repos.jobs.listByRecording(recording.id).map((j) => `${j.type}:${j.status}`);
  console.log(
    `jobs ${jobs.join(', ')}; transcript: ${transcript?.segments.length ?? 0} segments, ` +
      `${transcript?.speakers.length ?? 0} speakers, ${transcript?.speechRegions.length ?? 0} speech regions`,
  );
  await ctx.close();
  masterKey.destroy();
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
