import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { JobStatus } from '@furikaeri/core';
import { type AppContext, resolveFfmpegPaths } from '@furikaeri/server';
import { longTranscriptText } from './long-transcript';

function newInterview(ctx: AppContext, companyName: string): string {
  const company = ctx.library.createCompany({ name: companyName });
  return ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first', consent: 'granted' }).id;
}

/** Imports a long transcript into a new interview; its `analyse` job is queued. Resolves with the job's id. */
export async function startLongAnalysis(ctx: AppContext, answers = 100, sentencesPerAnswer = 150): Promise<string> {
  const eventId = newInterview(ctx, '株式会社ロック検証');
  const bytes = Buffer.from(longTranscriptText(answers, sentencesPerAnswer));
  return (await ctx.transcriptImports.importFile({ eventId, fileName: 'long.txt', bytes })).job.id;
}

/** An hour of FLAC (a tone: small on disk, but an hour to decode and resample), written once into `dir`. */
export function longFlac(dir: string, seconds = 3600): string {
  const file = path.join(dir, `tone-${seconds}s.flac`);
  if (fs.existsSync(file)) return file;
  const { ffmpeg } = resolveFfmpegPaths();
  const tone = `sine=frequency=440:sample_rate=44100:duration=${seconds}`;
  execFileSync(ffmpeg, ['-nostdin', '-v', 'error', '-f', 'lavfi', '-i', tone, '-ac', '2', file]);
  return file;
}

/** Uploads the file into a new interview; resolves with its `import` job's id. */
export async function startLongImport(ctx: AppContext, file: string): Promise<string> {
  const result = await ctx.recordings.ingest({
    eventId: newInterview(ctx, '株式会社取り込み検証'),
    originalName: path.basename(file),
    body: fs.createReadStream(file),
  });
  return result.job.id;
}

/** Polls the durable queue until the job has the status (or one of them). */
export async function waitForJob(
  ctx: () => AppContext,
  jobId: string,
  statuses: readonly JobStatus[],
  timeoutMs: number,
): Promise<JobStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = ctx().repos.jobs.find(jobId)?.status;
    if (status && statuses.includes(status)) return status;
    if (Date.now() > deadline)
      throw new Error(`job ${jobId} is ${status}, not ${statuses.join('/')}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Locks `delayMs` from now and measures to when the library is locked. Timed from the planned moment, so a
 * main thread blocked by the job (which delays the timer itself) counts. Null when it took over `capMs`.
 */
export async function lockLatency(lock: () => Promise<void>, delayMs: number, capMs: number): Promise<number | null> {
  const planned = performance.now() + delayMs;
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const locked = lock().then(() => performance.now() - planned);
  const cap = new Promise<null>((resolve) => setTimeout(() => resolve(null), capMs).unref());
  return Promise.race([locked, cap]);
}
