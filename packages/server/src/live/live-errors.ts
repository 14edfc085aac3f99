import { AppError, formatDuration, type LiveSessionStatus, type Message } from '@furikaeri/core';
import { diskFullError } from '../services/disk-full';

export function sessionNotFound(id: string): AppError {
  return new AppError(
    'not_found',
    { ja: `録音セッションが見つかりません（${id}）`, en: `No recording session with id ${id}` },
    { id },
  );
}

/** The page answers it by starting a session that continues this one (see docs/decisions.md). */
export function sessionClosed(
  status: LiveSessionStatus,
  savedBytes: number,
  nextSeq: number,
  recordingId: string,
): AppError {
  return new AppError(
    'session_closed',
    {
      ja: 'この録音はすでに保存を終えています。続きは新しい録音として保存します。',
      en: 'This recording has already been saved. What follows is saved as a new recording.',
    },
    { status, savedBytes, nextSeq, recordingId },
  );
}

/** Audio is missing between what is stored and this chunk: the page cannot fill it (see chunk-sender). */
export function chunkGap(storedBytes: number, offset: number, nextSeq: number): AppError {
  return new AppError(
    'chunk_gap',
    {
      ja: `音声データが途中で抜けています（保存済み ${storedBytes} バイトの後に ${offset} バイト目からのデータが届きました）`,
      en: `Audio is missing in between (${storedBytes} bytes are stored; this chunk starts at byte ${offset})`,
    },
    { storedBytes, offset, nextSeq },
  );
}

export function diskFull(savedMs: number): AppError {
  const saved = formatDuration(savedMs);
  return diskFullError(
    {
      ja: `${saved} までは保存済みです。空き容量を作ると、続きを自動で保存します。`,
      en: `Everything up to ${saved} is saved. Free some space and the rest is saved automatically.`,
    },
    { savedMs },
  );
}

/**
 * Stopping could not write the finished file: the journal still holds every acknowledged chunk. The page
 * retries a stop answered with a 5xx on its own, so freeing space is all it takes.
 */
export function diskFullAtStop(savedMs: number): AppError {
  const saved = formatDuration(savedMs);
  return diskFullError(
    {
      ja: `録音（${saved} 分）は一時保存のまま残っています。空き容量を作ると、保存を完了します（この画面はそのまま待ちます）。`,
      en: `The recording (${saved}) is kept in its temporary file. Free some space and saving completes (this page keeps waiting).`,
    },
    { savedMs },
  );
}

export function recordingTooLong(maxMs: number): AppError {
  return new AppError('validation', {
    ja: `1 回の録音は ${formatDuration(maxMs)} までです。録音をいったん止めて、新しく始めてください。`,
    en: `A recording can last at most ${formatDuration(maxMs)}. Stop and start a new one.`,
  });
}

export { isDiskFull } from '../services/disk-full';

/** What a stop or a recovery saved, in words the recording screen shows. */
export function savedMessage(status: LiveSessionStatus, durationMs: number): Message {
  const length = formatDuration(durationMs);
  if (status === 'discarded') {
    return {
      ja: '1 秒未満だったため、録音は保存しませんでした。',
      en: 'Less than a second was recorded, so nothing was saved.',
    };
  }
  if (status === 'recovered') {
    return {
      ja: `録音は途中で終了しましたが、${length} 分を復旧して保存しました。`,
      en: `The recording ended unexpectedly; ${length} was recovered and saved.`,
    };
  }
  return { ja: `${length} の録音を保存しました。`, en: `Saved ${length} of recording.` };
}
