import { AppError } from '@furikaeri/core';

/** The 423 every use of a locked library ends in: the page shows the unlock screen. */
export function libraryLocked(): AppError {
  return new AppError('locked', {
    ja: 'ロックされています。パスフレーズを入力して開いてください。',
    en: 'The library is locked. Enter your passphrase to open it.',
  });
}

/** Unlocking while the previous lock is still stopping its jobs would open a second library beside it. */
export function libraryStillClosing(): AppError {
  return new AppError('conflict', {
    ja: 'ライブラリを閉じている途中です。数秒待ってからもう一度開いてください。',
    en: 'The library is still closing. Wait a few seconds, then open it again.',
  });
}
