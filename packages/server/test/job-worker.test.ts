import fs from 'node:fs';
import path from 'node:path';
import { AppError, type JobType } from '@furikaeri/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../src/config/clock';
import { type Db, openDatabase } from '../src/db/database';
import { ChangeBus } from '../src/jobs/job-bus';
import type { JobHandlers } from '../src/jobs/job-handler';
import { JobLanes } from '../src/jobs/job-lanes';
import { JobWorker } from '../src/jobs/job-worker';
import { JobRepository } from '../src/repositories/job-repository';

const NO_TARGET = { recordingId: null, eventId: null };

import { tempDir } from './support/temp-context';

let dir: string;
let file: string;
const clock: Clock = { now: () => new Date() };

beforeEach(() => {
  dir = tempDir('furikaeri-jobs-');
  file = path.join(dir, 'jobs.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function workerOn(db: Db, handlers: JobHandlers, leaseMs = 30_000) {
  const jobs = new JobRepository(db);
  const bus = new ChangeBus();
  return { jobs, bus, worker: new JobWorker(jobs, handlers, bus, clock, { leaseMs, heartbeatMs: 20, idlePollMs: 20 }) };
}

function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error('condition not met in time'));
      else setTimeout(check, 10);
    };
    check();
  });
}

describe('durable job queue', () => {
  it('runs the stages in order, chaining the next ones a handler names', async () => {
    const db = openDatabase(file);
    const ran: JobType[] = [];
    const { worker, jobs } = workerOn(db, {
      import: async () => {
        ran.push('import');
        return { next: ['transcribe'] };
      },
      transcribe: async () => {
        ran.push('transcribe');
        return { next: ['analyse'] };
      },
      analyse: async () => {
        ran.push('analyse');
        return undefined;
      },
    });
    worker.enqueue('import', NO_TARGET);
    await worker.drain();
    expect(ran).toEqual(['import', 'transcribe', 'analyse']);
    expect(jobs.listActive()).toEqual([]);
    db.close();
  });

  it('stores a failure with its reason, and an unavailable stage as unavailable', async () => {
    const db = openDatabase(file);
    const { worker, jobs } = workerOn(db, {
      import: async () => {
        throw new AppError('damaged_media', { ja: '壊れています', en: 'Damaged' });
      },
      transcribe: async () => {
        throw new AppError('unavailable', { ja: '未対応', en: 'Not yet' });
      },
      analyse: async () => {
        throw new Error('disk on fire');
      },
    });
    const failed = worker.enqueue('import', NO_TARGET);
    const unavailable = worker.enqueue('transcribe', NO_TARGET);
    const crashed = worker.enqueue('analyse', NO_TARGET);
    await worker.drain();
    expect(jobs.require(failed.id)).toMatchObject({ status: 'failed', message: { ja: '壊れています' } });
    expect(jobs.require(unavailable.id)).toMatchObject({ status: 'unavailable', message: { en: 'Not yet' } });
    expect(jobs.require(crashed.id).status).toBe('failed');
    expect(jobs.require(crashed.id).message?.en).toContain('disk on fire');
    db.close();
  });

  it('survives a crash: a job left running by a dead process is resumed after its lease expires', async () => {
    const first = openDatabase(file);
    const dead = new JobRepository(first);
    const job = dead.insert('job_crashedjob0001', 'import', NO_TARGET, new Date().toISOString());
    // The "dead" worker claimed it and then vanished without finishing.
    expect(dead.claimNext(['import'], 'dead-worker', Date.now(), 30_000, new Date().toISOString())?.id).toBe(job.id);
    first.close();

    const second = openDatabase(file);
    let runs = 0;
    const { worker, jobs } = workerOn(
      second,
      {
        import: async () => {
          runs += 1;
          return undefined;
        },
      },
      100,
    );
    // Within the lease the job still belongs to the dead worker.
    expect(await worker.runOne()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await worker.runOne()).toBe(true);
    expect(runs).toBe(1);
    expect(jobs.require(job.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    second.close();
  });

  it('hands a running job back to the queue on shutdown, and the next start finishes it', async () => {
    const db = openDatabase(file);
    let attempts = 0;
    const slow: JobHandlers = {
      import: ({ signal }) =>
        new Promise((resolve, reject) => {
          attempts += 1;
          if (attempts > 1) resolve(undefined);
          signal.addEventListener('abort', () => reject(new AppError('cancelled', { ja: '中止', en: 'stop' })));
        }),
    };
    const { worker, jobs } = workerOn(db, slow);
    const job = worker.enqueue('import', NO_TARGET);
    worker.start();
    await until(() => jobs.require(job.id).status === 'running');
    await worker.stop();
    expect(jobs.require(job.id).status).toBe('queued');

    const restarted = workerOn(db, slow).worker;
    await restarted.drain();
    expect(jobs.require(job.id).status).toBe('succeeded');
    db.close();
  });

  it('stops within its grace time when a handler ignores the abort; the job is queued, the late end changes nothing', async () => {
    const db = openDatabase(file);
    let endLate: () => void = () => {};
    const { worker, jobs } = workerOn(db, {
      import: () =>
        new Promise((resolve) => {
          endLate = () => resolve(undefined);
        }),
    });
    const job = worker.enqueue('import', NO_TARGET);
    worker.start();
    await until(() => jobs.require(job.id).status === 'running');
    const started = performance.now();
    await worker.stop(200);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(jobs.require(job.id).status).toBe('queued');
    // The library closes its database right after; the handler that ends later must not touch it.
    db.close();
    endLate();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reopened = openDatabase(file);
    expect(new JobRepository(reopened).require(job.id).status).toBe('queued');
    reopened.close();
  });

  it('cancels a queued job at once and a running one through its signal', async () => {
    const db = openDatabase(file);
    const { worker, jobs } = workerOn(db, {
      import: ({ signal }) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new AppError('cancelled', { ja: '中止', en: 'stop' })));
        }),
    });
    const running = worker.enqueue('import', NO_TARGET);
    const queued = worker.enqueue('import', NO_TARGET);
    worker.start();
    await until(() => jobs.require(running.id).status === 'running');
    expect(worker.cancel(queued.id)?.status).toBe('cancelled');
    worker.cancel(running.id);
    await until(() => jobs.require(running.id).status === 'cancelled');
    await worker.stop();
    expect(jobs.require(queued.id).attempts).toBe(0);
    db.close();
  });

  it('also cancels a job running in another process (the flag is read at each heartbeat)', async () => {
    const db = openDatabase(file);
    const { worker, jobs } = workerOn(db, {
      import: ({ signal }) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new AppError('cancelled', { ja: '中止', en: 'stop' })));
        }),
    });
    const job = worker.enqueue('import', NO_TARGET);
    worker.start();
    await until(() => jobs.require(job.id).status === 'running');
    const otherProcess = new JobRepository(openDatabase(file));
    otherProcess.requestCancel(job.id, new Date().toISOString());
    await until(() => jobs.require(job.id).status === 'cancelled');
    await worker.stop();
    db.close();
  });

  it('reports progress to subscribers while a job runs', async () => {
    const db = openDatabase(file);
    const { worker, bus } = workerOn(db, {
      import: async ({ progress }) => {
        for (let step = 1; step <= 5; step += 1) {
          progress(step / 5);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
        return undefined;
      },
    });
    const seen: (number | null)[] = [];
    bus.subscribe((change) => {
      if (change.kind === 'job' && change.job.status === 'running') seen.push(change.job.progress);
    });
    worker.enqueue('import', NO_TARGET);
    await worker.drain();
    const fractions = seen.filter((value): value is number => value !== null);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    db.close();
  });
});

describe('job lanes', () => {
  /** An analysis that runs until it is told to stop (or cancelled): what a pathological transcript was. */
  function endlessAnalysis() {
    let finish: () => void = () => {};
    const handler: JobHandlers['analyse'] = ({ signal }) =>
      new Promise((resolve, reject) => {
        finish = () => resolve(undefined);
        signal.addEventListener('abort', () => reject(new AppError('cancelled', { ja: '中止', en: 'stop' })));
      });
    return { handler, finish: () => finish() };
  }

  function lanesOn(db: Db, handlers: JobHandlers, idlePollMs = 20) {
    const jobs = new JobRepository(db);
    const lanes = new JobLanes(jobs, handlers, new ChangeBus(), clock, { heartbeatMs: 20, idlePollMs });
    return { jobs, lanes };
  }

  it('picks up an import while an analysis is still running', async () => {
    const db = openDatabase(file);
    const analysis = endlessAnalysis();
    const { jobs, lanes } = lanesOn(db, { analyse: analysis.handler, import: async () => undefined });
    const analyse = lanes.enqueue('analyse', NO_TARGET);
    lanes.start();
    await until(() => jobs.require(analyse.id).status === 'running');
    const queuedAt = Date.now();
    const imported = lanes.enqueue('import', NO_TARGET);
    await until(() => jobs.require(imported.id).status === 'succeeded', 2_000);
    const waitedMs = Date.now() - queuedAt;
    expect(jobs.require(analyse.id).status).toBe('running');
    expect(waitedMs).toBeLessThan(2_000);
    analysis.finish();
    await until(() => jobs.require(analyse.id).status === 'succeeded');
    await lanes.stop();
    db.close();
  });

  it('still runs one job at a time within a lane, and wakes the next lane for a chained stage at once', async () => {
    const db = openDatabase(file);
    let running = 0;
    let most = 0;
    const stage = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running -= 1;
      return undefined;
    };
    // A long idle poll: only the nudge from the import's lane can start the transcription quickly.
    const { jobs, lanes } = lanesOn(
      db,
      { import: async () => ({ next: ['transcribe'] }), transcribe: stage, analyse: stage },
      60_000,
    );
    lanes.start();
    const imported = lanes.enqueue('import', NO_TARGET);
    const analyses = [lanes.enqueue('analyse', NO_TARGET), lanes.enqueue('analyse', NO_TARGET)];
    await until(() => jobs.listActive().length === 0, 3_000);
    expect(most).toBe(1);
    expect(jobs.require(imported.id).status).toBe('succeeded');
    for (const job of analyses) expect(jobs.require(job.id).status).toBe('succeeded');
    await lanes.stop();
    db.close();
  });

  it('cancels a running analysis, and hands it back on shutdown so that the next start resumes it', async () => {
    const db = openDatabase(file);
    const first = endlessAnalysis();
    const { jobs, lanes } = lanesOn(db, { analyse: first.handler, import: async () => undefined });
    const cancelled = lanes.enqueue('analyse', NO_TARGET);
    lanes.start();
    await until(() => jobs.require(cancelled.id).status === 'running');
    expect(lanes.cancel(cancelled.id)?.cancelRequested).toBe(true);
    await until(() => jobs.require(cancelled.id).status === 'cancelled');
    const resumed = lanes.enqueue('analyse', NO_TARGET);
    await until(() => jobs.require(resumed.id).status === 'running');
    await lanes.stop();
    expect(jobs.require(resumed.id).status).toBe('queued');
    const restarted = lanesOn(db, { analyse: async () => undefined, import: async () => undefined }).lanes;
    await restarted.drain();
    expect(jobs.require(resumed.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    db.close();
  });
});
