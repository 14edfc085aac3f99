import type { JobStatus, RecordingStatus } from '@furikaeri/core';
import type { Tone } from '../../components/Badge';

export const RECORDING_STATUS_TONE: Record<RecordingStatus, Tone> = {
  importing: 'info',
  ready: 'success',
  failed: 'danger',
  cancelled: 'neutral',
};

/** `unavailable` is grey on purpose: the engine is not built yet; nothing is wrong with the file. */
export const JOB_STATUS_TONE: Record<JobStatus, Tone> = {
  queued: 'neutral',
  running: 'info',
  succeeded: 'success',
  failed: 'danger',
  cancelled: 'neutral',
  unavailable: 'muted',
};
