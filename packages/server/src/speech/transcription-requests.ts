import { AppError, type Job } from '@furikaeri/core';
import type { JobLanes } from '../jobs/job-lanes';
import type { Repositories } from '../repositories/repositories';

/**
 * "Transcribe again" (after installing a model, or with another model or language): a new transcribe job.
 * The current transcript stays until the new one is stored.
 */
export function requestTranscription(repos: Repositories, worker: JobLanes, recordingId: string): Job {
  const recording = repos.recordings.find(recordingId);
  if (!recording) throw new AppError('not_found', { ja: '録音が見つかりません', en: 'Recording not found' });
  if (recording.status !== 'ready' || !recording.pcm || recording.audioDeletedAt) {
    throw new AppError('conflict', {
      ja: 'この録音は取り込みが終わっていないか、音声が削除されているため文字起こしできません',
      en: 'This recording is not imported, or its audio was deleted, so it cannot be transcribed',
    });
  }
  const active = repos.jobs
    .listActive()
    .some((job) => job.recordingId === recordingId && (job.type === 'transcribe' || job.type === 'import'));
  if (active) {
    throw new AppError('conflict', {
      ja: 'この録音はすでに処理中です',
      en: 'This recording is already being processed',
    });
  }
  return worker.enqueue('transcribe', { recordingId, eventId: recording.eventId });
}
