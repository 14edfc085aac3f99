import { AppError } from '@furikaeri/core';

export function notFound(
  what: 'company' | 'application' | 'event' | 'recording' | 'job' | 'transcript' | 'practice attempt',
  id: string,
): AppError {
  const ja = {
    company: '企業',
    application: '応募',
    event: 'イベント',
    recording: '録音',
    job: '処理',
    transcript: '文字起こし',
    'practice attempt': '練習の記録',
  }[what];
  return new AppError('not_found', { ja: `${ja}が見つかりません（${id}）`, en: `No ${what} with id ${id}` }, { id });
}
