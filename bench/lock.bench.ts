/**
 * npm run bench:lock — how fast the library stops (issue #15 item 3; target: locked within 1 s, the server
 * gone within 2 s of SIGTERM/SIGINT):
 *   1. lock latency while an analysis of a long imported transcript runs (in-process LibrarySession.lock());
 *   2. lock latency while the import job decodes an hour-long FLAC with ffmpeg;
 *   3. SIGTERM → exit of a real `furikaeri serve` child process, idle and during a running analysis.
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
fs.rmSync(root, { recursive: true, force: true });
// A lock that never finished (the old code) would keep this process alive.
process.exit(0);
