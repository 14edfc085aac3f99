import {
  AppError,
  isAppError,
  type Job,
  type JobStatus,
  type JobTarget,
  type JobType,
  type Message,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import type { JobRepository } from '../repositories/job-repository';
import type { ChangeBus } from './job-bus';
import type { JobContext, JobHandlers } from './job-handler';

/** Why a running job's signal was aborted; handlers read `signal.reason` to tell a cancel from a shutdown. */
export const ABORT_CANCELLED = 'cancelled';
export const ABORT_SHUTDOWN = 'shutdown';
export const ABORT_LEASE_LOST = 'lease-lost';

/** How long stop() waits for a running handler to honour its aborted signal (issue #15: lock within 1 s). */
export const STOP_GRACE_MS = 800;

export interface WorkerOptions {
  /** A running job whose heartbeat is older than this is considered orphaned and is run again. */
  leaseMs?: number;
  heartbeatMs?: number;
  idlePollMs?: number;
}

/**
 * Runs one job at a time (ffmpeg and the speech engines each want the whole machine) from the durable
 * queue in SQLite. Jobs are claimed under a lease, so a crash leaves them to be picked up again.
 */
export class JobWorker {
  readonly owner = `${process.pid}-${newId('job').slice(4)}`;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly idlePollMs: number;
  private running = false;
  private wake: (() => void) | null = null;
  /** A nudge that came while the loop was busy claiming: the loop looks again instead of idling. */
  private nudged = false;
  private current: { job: Job; controller: AbortController } | null = null;
  private loop: Promise<void> | null = null;
  /** Set when stop() gave up waiting: the handler still running may no longer touch the queue. */
  private detached = false;

  constructor(
    private readonly jobs: JobRepository,
    private readonly handlers: JobHandlers,
    private readonly bus: ChangeBus,
    private readonly clock: Clock,
    options: WorkerOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.heartbeatMs = options.heartbeatMs ?? 1_000;
    this.idlePollMs = options.idlePollMs ?? 2_000;
  }

  get types(): JobType[] {
    return Object.keys(this.handlers) as JobType[];
  }

  enqueue(type: JobType, target: JobTarget): Job {
    const job = this.jobs.insert(newId('job'), type, target, isoNow(this.clock));
    this.bus.publish({ kind: 'job', job });
    this.nudge();
    return job;
  }

  cancel(jobId: string): Job | null {
    const job = this.jobs.requestCancel(jobId, isoNow(this.clock));
    if (job) this.bus.publish({ kind: 'job', job });
    if (this.current?.job.id === jobId) this.current.controller.abort(ABORT_CANCELLED);
    return job;
  }

  /** Wakes an idle loop at once instead of at its next poll (or keeps it from idling, if it is not yet). */
  nudge(): void {
    if (this.wake) this.wake();
    else this.nudged = true;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.runLoop();
  }

  /**
   * Stops after handing the current job back to the queue, so the next start resumes it. A handler that
   * has not ended `graceMs` after its abort is left behind: its job is handed back now, and whatever the
   * handler does later leaves the queue (and the database about to be closed) alone.
   */
  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    this.running = false;
    this.current?.controller.abort(ABORT_SHUTDOWN);
    this.nudge();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), graceMs);
    });
    const outcome = await Promise.race([this.loop, late]);
    clearTimeout(timer);
    if (outcome === 'late' && this.current) {
      this.jobs.release(this.current.job.id, this.owner);
      this.detached = true;
    }
  }

  /** Runs queued jobs until none is left that this worker can run. The CLI uses it instead of the loop. */
  async drain(): Promise<void> {
    while (await this.runOne()) {
      // keep going
    }
  }

  private async runLoop(): Promise<void> {
    while (this.running) {
      this.nudged = false;
      const ran = await this.runOne();
      if (!ran && this.running && !this.nudged) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.idlePollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }

  /** Claims and runs the next job; false when there was nothing to run. */
  async runOne(): Promise<boolean> {
    const job = this.jobs.claimNext(
      this.types,
      this.owner,
      this.clock.now().getTime(),
      this.leaseMs,
      isoNow(this.clock),
    );
    if (!job) return false;
    this.bus.publish({ kind: 'job', job });
    const handler = this.handlers[job.type];
    const controller = new AbortController();
    this.current = { job, controller };
    let latest: { progress: number | null; message: Message | null } = { progress: null, message: null };
    const beat = (): void => {
      if (this.detached) return;
      const alive = this.jobs.heartbeat(job.id, this.owner, Date.now(), latest.progress, latest.message);
      if (!alive) controller.abort(ABORT_LEASE_LOST);
      else if (this.jobs.isCancelRequested(job.id)) controller.abort(ABORT_CANCELLED);
      else this.bus.publish({ kind: 'job', job: { ...job, ...latest } });
    };
    const timer = setInterval(beat, this.heartbeatMs);
    const context: JobContext = {
      job,
      signal: controller.signal,
      progress: (fraction, message) => {
        latest = { progress: fraction === null ? null : Math.min(1, Math.max(0, fraction)), message: message ?? null };
      },
    };
    try {
      if (!handler) throw new AppError('unavailable', { ja: '処理できない種類です', en: 'No handler' });
      const result = await handler(context);
      this.finish(job, 'succeeded', null);
      for (const type of result?.next ?? []) this.enqueue(type, { recordingId: job.recordingId, eventId: job.eventId });
    } catch (error) {
      this.finishWithError(job, error, controller.signal);
    } finally {
      clearInterval(timer);
      this.current = null;
    }
    return true;
  }

  private finishWithError(job: Job, error: unknown, signal: AbortSignal): void {
    if (this.detached) return;
    if (signal.aborted && signal.reason !== ABORT_CANCELLED) {
      // Shutdown or lost lease: hand the job back (a no-op if another worker owns it now); it resumes later.
      this.jobs.release(job.id, this.owner);
      return;
    }
    if (signal.aborted || (isAppError(error) && error.code === 'cancelled')) {
      this.finish(job, 'cancelled', { ja: '中止しました', en: 'Cancelled' });
    } else if (isAppError(error) && error.code === 'unavailable') {
      this.finish(job, 'unavailable', error.userMessage);
    } else if (isAppError(error)) {
      this.finish(job, 'failed', error.userMessage);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      this.finish(job, 'failed', { ja: `予期しないエラー: ${detail}`, en: `Unexpected error: ${detail}` });
    }
  }

  private finish(job: Job, status: JobStatus, message: Message | null): void {
    if (this.detached) return;
    if (this.jobs.finish(job.id, this.owner, status, message, isoNow(this.clock))) {
      this.bus.publish({ kind: 'job', job: this.jobs.require(job.id) });
    }
  }
}
