import { JOB_TYPES, type Job, type JobTarget, type JobType } from '@furikaeri/core';
import type { Clock } from '../config/clock';
import type { JobRepository } from '../repositories/job-repository';
import type { ChangeBus } from './job-bus';
import type { JobHandlers } from './job-handler';
import { JobWorker, type WorkerOptions } from './job-worker';

/**
 * Which job types share a lane. Each lane runs one job at a time; the lanes run side by side, so a long
 * transcription or analysis never holds up an import (and with it a recording's finalisation, which is an
 * import) behind it. Transcription and analysis share a lane: both want the CPU, and the machine may have
 * only two cores; an import mostly waits on ffmpeg and the disk. A type listed nowhere runs in the analysis
 * lane.
 */
export const JOB_LANES = {
  io: ['import'],
  analysis: ['transcribe', 'analyse'],
} as const satisfies Record<string, readonly JobType[]>;

export type JobLaneName = keyof typeof JOB_LANES;

/**
 * The durable queue as the rest of the server sees it: one JobWorker per lane over the same jobs table.
 * A worker claims only the types it has handlers for, so each lane keeps the worker's semantics (lease,
 * resume after a restart, cancel, progress) for its own jobs.
 */
export class JobLanes {
  private readonly lanes: JobWorker[] = [];
  private readonly laneOf = new Map<JobType, JobWorker>();

  constructor(
    private readonly jobs: JobRepository,
    handlers: JobHandlers,
    bus: ChangeBus,
    clock: Clock,
    options: WorkerOptions = {},
  ) {
    const listed = new Set<JobType>(Object.values(JOB_LANES).flat());
    const lanes: JobType[][] = [[...JOB_LANES.io], [...JOB_LANES.analysis, ...JOB_TYPES.filter((t) => !listed.has(t))]];
    for (const types of lanes) {
      const own: JobHandlers = Object.fromEntries(
        types.flatMap((type) => (handlers[type] ? [[type, handlers[type]]] : [])),
      );
      const lane = new JobWorker(jobs, own, bus, clock, options);
      this.lanes.push(lane);
      for (const type of types) this.laneOf.set(type, lane);
    }
    // A stage enqueued by a job of another lane (import → transcribe) wakes the lane that runs it.
    bus.subscribe((change) => {
      if (change.kind === 'job' && change.job.status === 'queued') this.laneOf.get(change.job.type)?.nudge();
    });
  }

  enqueue(type: JobType, target: JobTarget): Job {
    return this.lane(type).enqueue(type, target);
  }

  cancel(jobId: string): Job | null {
    const job = this.jobs.find(jobId);
    return job ? this.lane(job.type).cancel(jobId) : null;
  }

  nudge(): void {
    for (const lane of this.lanes) lane.nudge();
  }

  start(): void {
    for (const lane of this.lanes) lane.start();
  }

  /** Stops every lane at once, so a lock waits for the slowest lane's grace, not the sum of them. */
  async stop(graceMs?: number): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.stop(graceMs)));
  }

  /** Runs the next job of the first lane that has one, in the foreground; false when none had any. */
  async runOne(): Promise<boolean> {
    for (const lane of this.lanes) if (await lane.runOne()) return true;
    return false;
  }

  /** Runs queued jobs lane after lane (the pipeline's order) until none is left. The CLI uses it. */
  async drain(): Promise<void> {
    for (let ran = true; ran; ) {
      ran = false;
      for (const lane of this.lanes) {
        while (await lane.runOne()) ran = true;
      }
    }
  }

  private lane(type: JobType): JobWorker {
    const lane = this.laneOf.get(type);
    if (!lane) throw new Error(`no lane runs ${type} jobs`);
    return lane;
  }
}
