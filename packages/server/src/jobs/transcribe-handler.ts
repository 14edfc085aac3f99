import { AppError } from '@furikaeri/core';
import type { Transcriber } from '../speech/transcription';
import type { JobHandler } from './job-handler';

/**
 * The "transcribe" stage: runs the speech pipeline on the job's recording and hands over to the analysis.
 * A missing model ends the job as "unavailable" with the model's id and how to install it; a shutdown or a
 * crash leaves checkpoints from which the next attempt continues. The finished job's event tells the UI
 * to fetch the new transcript.
 */
export function createTranscribeHandler(
  transcriber: Transcriber,
  /**
   * False for a recording whose transcript no event analysis reads: a spoken practice answer is measured by
   * practice mode itself (prep/spoken-practice.ts), and an interview analysis of a lone answer is wasted work.
   */
  analysed: (recordingId: string) => boolean = () => true,
): JobHandler {
  return async ({ job, signal, progress }) => {
    if (!job.recordingId) {
      throw new AppError('validation', {
        ja: '文字起こしには録音が必要です。',
        en: 'Transcription needs a recording.',
      });
    }
    await transcriber.run(job.recordingId, { signal, progress });
    return { next: analysed(job.recordingId) ? ['analyse'] : [] };
  };
}
