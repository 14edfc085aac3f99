import type { IsoTimestamp } from './entities';
import type { Message } from './message';

/** The pipeline a recording goes through, in order. */
export const JOB_TYPES = ['import', 'transcribe', 'analyse'] as const;
export type JobType = (typeof JOB_TYPES)[number];

/**
 * `unavailable` is an honest end state for a stage whose engine is not installed yet:
 * not a failure of the user's file, and not a success either.
 */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'unavailable'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** What a job works on: a recording's audio, or an event's transcript when there is no audio. */
export interface JobTarget {
  recordingId: string | null;
  eventId: string | null;
}

export interface Job extends JobTarget {
  id: string;
  type: JobType;
  status: JobStatus;
  /** 0…1, or null while the total is unknown. */
  progress: number | null;
  /** What the job is doing now, or why it ended (failure reason, unavailability). */
  message: Message | null;
  attempts: number;
  cancelRequested: boolean;
  createdAt: IsoTimestamp;
  startedAt: IsoTimestamp | null;
  finishedAt: IsoTimestamp | null;
}

const TERMINAL: ReadonlySet<JobStatus> = new Set(['succeeded', 'failed', 'cancelled', 'unavailable']);

export function isTerminalJobStatus(status: JobStatus): boolean {
  return TERMINAL.has(status);
}

export const JOB_TYPE_LABELS: Record<JobType, Message> = {
  import: { ja: '取り込み', en: 'Import' },
  transcribe: { ja: '文字起こし', en: 'Transcription' },
  analyse: { ja: '分析', en: 'Analysis' },
};

export const JOB_STATUS_LABELS: Record<JobStatus, Message> = {
  queued: { ja: '待機中', en: 'Queued' },
  running: { ja: '処理中', en: 'Running' },
  succeeded: { ja: '完了', en: 'Done' },
  failed: { ja: '失敗', en: 'Failed' },
  cancelled: { ja: '中止', en: 'Cancelled' },
  unavailable: { ja: '未対応', en: 'Not available yet' },
};
