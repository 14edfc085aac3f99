import { AppError } from '@furikaeri/core';
import type { JobHandler } from './job-handler';

/**
 * The analysis is a real stage of the queue whose engine arrives with a later issue. Until then it ends
 * as "unavailable" and says so, rather than pretending to have produced anything.
 */
export const analyseNotAvailable: JobHandler = async () => {
  throw new AppError('unavailable', {
    ja: '面接の分析はまだ組み込まれていません。',
    en: 'Interview analysis is not built in yet.',
  });
};
