import { AppError } from '@furikaeri/core';
import { CancellableWorker } from '../workers/cancellable-worker';
import type { TranscriptReadRequest, TranscriptReadResult } from './transcript-reading';

/**
 * Reads imported transcript files in a worker thread, so that a 20 MB file (seconds of decoding, parsing and
 * role guessing) never holds the server's main thread: a lock or a shutdown meanwhile ends the worker and is
 * done at once. One worker per process, started on first use (≈0.3 s), reused by later imports.
 */
export class TranscriptReader {
  private readonly worker = new CancellableWorker<TranscriptReadRequest, TranscriptReadResult>(
    new URL('./transcript-reader.worker.mjs', import.meta.url),
    null,
    (detail) =>
      new AppError('unavailable', {
        ja: `文字起こしファイルを読み込めませんでした: ${detail}`,
        en: `The transcript file could not be read: ${detail}`,
      }),
  );

  read(request: TranscriptReadRequest, signal?: AbortSignal): Promise<TranscriptReadResult> {
    return this.worker.run(request, signal);
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}

let shared: TranscriptReader | null = null;

/** The one reader of this process, shared by every library context (server and CLI). */
export function sharedTranscriptReader(): TranscriptReader {
  shared ??= new TranscriptReader();
  return shared;
}
