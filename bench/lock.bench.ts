/**
 * npm run bench:lock — how fast the library stops (issue #15 item 3; target: locked within 1 s, the server
 * gone within 2 s of SIGTERM/SIGINT):
 *   1. lock latency while an analysis of a long imported transcript runs (in-process LibrarySession.lock());
 *   2. lock latency while the import job decodes an hour-long FLAC with ffmpeg;
 *   3. SIGTERM → exit of a real `furikaeri serve` child process, idle and during a running analysis;
 *   4. lock (POST /api/vault/lock) and SIGTERM of `furikaeri serve` during 1 and 3 concurrent uploads of a
 *      17.6 MB worst-case transcript (one huge line and many short ones), 1 s after they were sent (and the
 *      lock also half-way through the time one upload takes alone).
 * `npm run bench:lock -- uploads` runs only 4.
 * Each wait is capped at 30 s ("> 30 s"). The floor printed beside: a lock with nothing running.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppContext, createLibrarySession, type LibrarySession, TEST_SCRYPT } from '@furikaeri/server';
import { callApi, createInterview } from '../test/support/api-client';
import { type CliServe, startCliServe, timeToExit } from '../test/support/cli-serve';
import { longTranscriptText } from '../test/support/long-transcript';
import { lockLatency, longFlac, startLongAnalysis, startLongImport, waitForJob } from '../test/support/running-jobs';
import { lockThroughApi, startTranscriptUploads, type UploadOutcome } from '../test/support/transcript-uploads';
import { mixedWorstCase } from '../test/support/worst-case-transcript';

const CAP_MS = 30_000;
const PASSPHRASE = 'ベンチマーク用のパスフレーズ 2026';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-bench-lock-'));
const shown = (ms: number | null) => (ms === null ? `> ${CAP_MS / 1000} s` : `${ms.toFixed(0)} ms`);

async function openSession(name: string): Promise<{ session: LibrarySession; ctx: () => AppContext }> {
  const session = createLibrarySession({
    dataDir: path.join(root, name),
    scrypt: TEST_SCRYPT,
    runWorker: true,
    failedUnlockDelayMs: 0,
  });
  await session.setup(PASSPHRASE);
  return { session, ctx: () => session.require() };
}

async function lockDuring(name: string, start: (ctx: AppContext) => Promise<string> | string, delayMs: number) {
  const { session, ctx } = await openSession(name);
  const jobId = await start(ctx());
  await waitForJob(ctx, jobId, ['running'], CAP_MS);
  return lockLatency(() => session.lock(), delayMs, CAP_MS);
}

async function sigtermDuringAnalysis(serve: CliServe): Promise<number | null> {
  const event = await createInterview(serve, '株式会社シグナル');
  const response = await fetch(`${serve.url}/api/events/${event.id}/transcripts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${serve.token}`, 'x-file-name': 'long.txt' },
    body: longTranscriptText(100, 150),
  });
  if (response.status !== 201) throw new Error(`transcript import → ${response.status}`);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await callApi(serve, 'GET', '/vault');
  return timeToExit(serve, 'SIGTERM', CAP_MS);
}

const UPLOAD_BYTES = 17.6 * 1024 * 1024;
const UPLOAD_DELAY_MS = 1_000;

const answered = (outcomes: UploadOutcome[]) =>
  outcomes.map((outcome) => (outcome.status === 0 ? 'no answer' : `${outcome.status} ${outcome.code ?? ''}`.trim()));

/** Lock through the API `delayMs` after `count` uploads were sent; the time to its answer, and how they ended. */
async function lockDuringUploads(bytes: Uint8Array, count: number, delayMs: number): Promise<void> {
  const serve = await startCliServe(path.join(root, `serve-uploads-lock-${count}-${delayMs}`), PASSPHRASE);
  const { outcomes } = await startTranscriptUploads(serve, bytes, count);
  const latency = await lockLatency(() => lockThroughApi(serve).then(() => {}), delayMs, CAP_MS);
  const into = `${(delayMs / 1000).toFixed(1)} s into ${count} upload(s)`;
  console.log(`4. lock ${into}: ${shown(latency)}; uploads answered ${answered(await outcomes)}`);
  await serve.close();
}

async function sigtermDuringUploads(bytes: Uint8Array, count: number): Promise<void> {
  const serve = await startCliServe(path.join(root, `serve-uploads-term-${count}`), PASSPHRASE);
  const { outcomes } = await startTranscriptUploads(serve, bytes, count);
  await new Promise((resolve) => setTimeout(resolve, UPLOAD_DELAY_MS));
  const exit = await timeToExit(serve, 'SIGTERM', CAP_MS);
  console.log(
    `4. SIGTERM → exit during ${count} upload(s): ${shown(exit)}; uploads answered ${answered(await outcomes)}`,
  );
}

async function duringUploads(): Promise<void> {
  const bytes = new TextEncoder().encode(mixedWorstCase(UPLOAD_BYTES));
  console.log(
    `4. uploads of ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB each, lock/SIGTERM ${UPLOAD_DELAY_MS} ms after sending`,
  );
  const serve = await startCliServe(path.join(root, 'serve-uploads-floor'), PASSPHRASE);
  const { outcomes } = await startTranscriptUploads(serve, bytes, 1);
  const [alone] = await outcomes;
  const floor = await lockLatency(() => lockThroughApi(serve).then(() => {}), 0, CAP_MS);
  console.log(`   one upload left alone: ${shown(alone?.ms ?? null)} (${answered(await outcomes)})`);
  console.log(`   floor: lock through the API with nothing running: ${shown(floor)}`);
  await serve.close();
  // 1 s in: the file is being read (worker thread); half-way: its search documents are being written.
  const delays = [...new Set([UPLOAD_DELAY_MS, Math.round(Math.max(UPLOAD_DELAY_MS, (alone?.ms ?? 0) / 2))])];
  for (const count of [1, 3]) {
    for (const delayMs of delays) await lockDuringUploads(bytes, count, delayMs);
    await sigtermDuringUploads(bytes, count);
  }
}

async function duringJobs(): Promise<void> {
  const idleSession = await openSession('floor');
  const floor = await lockLatency(() => idleSession.session.lock(), 0, CAP_MS);
  console.log(`floor: lock with nothing running: ${shown(floor)}`);
  for (const afterMs of [1_000, 4_000]) {
    const analysis = await lockDuring(`analysis-${afterMs}`, (ctx) => startLongAnalysis(ctx), afterMs);
    console.log(
      `1. lock ${afterMs / 1000} s into a running analysis (100 answers of 150 sentences, ≈0.5 MB): ${shown(analysis)}`,
    );
  }
  const flac = longFlac(root);
  const importing = await lockDuring('import', (ctx) => startLongImport(ctx, flac), 500);
  console.log(`2. lock during a running import (ffmpeg decoding 1 h of FLAC): ${shown(importing)}`);
  const idle = await timeToExit(await startCliServe(path.join(root, 'serve-idle'), PASSPHRASE), 'SIGTERM', CAP_MS);
  console.log(`3a. SIGTERM → exit, furikaeri serve idle: ${shown(idle)}`);
  const busy = await sigtermDuringAnalysis(await startCliServe(path.join(root, 'serve-busy'), PASSPHRASE));
  console.log(`3b. SIGTERM → exit, furikaeri serve during an analysis: ${shown(busy)}`);
}

if (process.argv[2] !== 'uploads') await duringJobs();
await duringUploads();
fs.rmSync(root, { recursive: true, force: true });
// A lock that never finished (the old code) would keep this process alive.
process.exit(0);
