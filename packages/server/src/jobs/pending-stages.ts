import { AppError } from '@furikaeri/core';
import type { JobHandler } from './job-handler';

/**
 * Transcription and analysis are real stages of the queue whose engines arrive with later issues.
 * Until then they end as "unavailable" and say so, rather than pretending to have produced anything.
 */
export const transcribeNotAvailable: JobHandler = async () => {
  throw new AppError('unavailable', {
    ja: '文字起こしエンジンはまだ組み込まれていません。録音は保存済みなので、対応後に文字起こしできます。',
    en: 'Speech recognition is not built in yet. The recording is stored and can be transcribed once it is.',
  });
};

export const analyseNotAvailable: JobHandler = async () => {
  throw new AppError('unavailable', {
    ja: '面接の分析はまだ組み込まれていません。',
    en: 'Interview analysis is not built in yet.',
  });
};
