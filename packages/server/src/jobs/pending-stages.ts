import { AppError } from '@furikaeri/core';
import type { JobHandler } from './job-handler';

/**
 * Transcription is a real stage of the queue whose engine arrives with a later issue. Until then it ends as
 * "unavailable" and says so, rather than pretending to have produced anything. (Analysis: analysis/analyse-job.ts.)
 */
export const transcribeNotAvailable: JobHandler = async () => {
  throw new AppError('unavailable', {
    ja: '文字起こしエンジンはまだ組み込まれていません。録音は保存済みなので、対応後に文字起こしできます。',
    en: 'Speech recognition is not built in yet. The recording is stored and can be transcribed once it is.',
  });
};
