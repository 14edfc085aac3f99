import { AppError } from '@furikaeri/core';

/** The 423 every use of a locked library ends in: the page shows the unlock screen. */
export function libraryLocked(): AppError {
  return new AppError('locked', {
    ja: 'ロックされています。パスフレーズを入力して開いてください。',
    en: 'The library is locked. Enter your passphrase to open it.',
  });
}
