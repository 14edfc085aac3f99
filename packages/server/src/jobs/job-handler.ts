import type { Job, JobType, Message } from '@furikaeri/core';

export interface JobContext {
  job: Job;
  /** Aborted when the user cancels, the lease is lost, or the process shuts down. */
  signal: AbortSignal;
  /** fraction 0…1 or null when unknown; cheap to call often (the worker throttles writes). */
  progress(fraction: number | null, message?: Message): void;
}

export interface JobResult {
  /** Stages to enqueue for the same recording once this one succeeded. */
  next?: JobType[];
}

export type JobHandler = (context: JobContext) => Promise<JobResult | undefined>;

export type JobHandlers = Partial<Record<JobType, JobHandler>>;
