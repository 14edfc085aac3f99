import {
  AppError,
  isAppError,
  type MediaInfo,
  type Message,
  type PcmInfo,
  type Recording,
  type Truncation,
} from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { sealOf } from '../audio/hash-chain';
import { type Clock, isoNow } from '../config/clock';
import { decodeToPcm, PCM_BYTES_PER_SAMPLE, PCM_SAMPLE_RATE } from '../media/decode';
import type { FfmpegPaths } from '../media/ffmpeg-paths';
import { truncationOf } from '../media/file-ends';
import type { RecordingRepository } from '../repositories/recording-repository';
import { withDiskFull } from '../services/disk-full';
import type { ChangeBus } from './job-bus';
import type { JobHandler } from './job-handler';
import { ABORT_CANCELLED } from './job-worker';

/** Shorter than this holds no answer worth reviewing, and is usually a mis-tap on a recorder. */
export const MIN_RECORDING_MS = 1_000;

export interface ImportHandlerDeps {
  recordings: RecordingRepository;
  store: AudioStore;
  ffmpeg: FfmpegPaths;
  bus: ChangeBus;
  clock: Clock;
}

/**
 * Decodes the stored original into the PCM the pipeline reads. Runs again from scratch after a crash
 * (the PCM writer only becomes visible on commit), so resuming needs no bookkeeping.
 */
export function createImportHandler(deps: ImportHandlerDeps): JobHandler {
  return async ({ job, signal, progress }) => {
    const recording = job.recordingId ? deps.recordings.find(job.recordingId) : null;
    if (!recording?.media) {
      throw new AppError('not_found', { ja: '録音が見つかりません（削除済み）', en: 'Recording not found (deleted)' });
    }
    const { media } = recording;
    deps.recordings.markImporting(recording.id, isoNow(deps.clock));
    const channels = Math.max(1, media.channels);
    const bytesPerSecond = PCM_SAMPLE_RATE * PCM_BYTES_PER_SAMPLE * channels;
    const expectedBytes = (media.durationMs / 1000) * bytesPerSecond;
    const decoding: Message = { ja: '音声を変換しています', en: 'Decoding audio' };
    progress(expectedBytes > 0 ? 0 : null, decoding);

    const writer = await deps.store.createWriter(recording.id, 'pcm');
    try {
      const truncation = await deps.store.withPlaintextFile(recording.id, 'original', async (input) => {
        await decodeToPcm({
          ffmpeg: deps.ffmpeg.ffmpeg,
          input,
          channels,
          signal,
          onData: async (chunk) => {
            await writer.append(chunk);
            progress(expectedBytes > 0 ? writer.bytesWritten / expectedBytes : null, decoding);
          },
        });
        return truncationOf(input);
      });
      const pcm: PcmInfo = {
        sampleRate: PCM_SAMPLE_RATE,
        channels,
        bytes: writer.bytesWritten,
        durationMs: Math.round((writer.bytesWritten / bytesPerSecond) * 1000),
      };
      if (pcm.durationMs < MIN_RECORDING_MS) throw tooShort(pcm.durationMs);
      await writer.commit();
      const manifest = deps.recordings.manifest(recording.id);
      deps.recordings.finishImport(
        recording.id,
        {
          status: 'ready',
          media,
          pcm,
          warning: truncationWarning(media.durationMs, pcm.durationMs, truncation),
          manifest:
            manifest && writer.summary
              ? { ...manifest, pcm: sealOf(writer.summary), durationMs: pcm.durationMs }
              : undefined,
        },
        isoNow(deps.clock),
      );
      publish(deps, recording.id);
      return { next: ['transcribe'] };
    } catch (caught) {
      await writer.abort();
      const error = withDiskFull(caught, {
        ja: '録音の元のファイルは保存済みです。空き容量を作ってから「再試行」を押すと、変換をやり直します。',
        en: 'The original recording is saved. Free some space and press Retry to convert it again.',
      });
      if (isRefusal(error) && recording.source === 'import') await forgetRefused(deps, recording, error);
      else recordFailure(deps, recording.id, media, error, signal);
      throw error;
    }
  };
}

/** The file itself is unusable: no retry can help, so nothing of it is kept (see README, "Bad files"). */
function isRefusal(error: unknown): error is AppError {
  return isAppError(error) && ['too_short', 'damaged_media', 'unsupported_media'].includes(error.code);
}

/**
 * A refused import leaves nothing behind: the recording (and its jobs) and the encrypted original go,
 * and the page and the CLI learn which file it was and why. A live recording is never removed this way:
 * its audio exists nowhere else.
 */
async function forgetRefused(deps: ImportHandlerDeps, recording: Recording, error: AppError): Promise<void> {
  deps.recordings.delete(recording.id);
  await deps.store.deleteRecording(recording.id);
  deps.bus.publish({
    kind: 'recording-deleted',
    recordingId: recording.id,
    refused: { eventId: recording.eventId, originalName: recording.originalName, reason: error.userMessage },
  });
}

/** Stores why the import ended. A shutdown leaves the recording "importing": the job resumes on the next start. */
function recordFailure(
  deps: ImportHandlerDeps,
  recordingId: string,
  media: MediaInfo,
  error: unknown,
  signal: AbortSignal,
): void {
  if (signal.aborted && signal.reason !== ABORT_CANCELLED) return;
  const cancelled = signal.aborted || (isAppError(error) && error.code === 'cancelled');
  deps.recordings.finishImport(
    recordingId,
    {
      status: cancelled ? 'cancelled' : 'failed',
      media,
      error: cancelled ? { ja: '取り込みを中止しました', en: 'Import cancelled' } : errorMessage(error),
    },
    isoNow(deps.clock),
  );
  publish(deps, recordingId);
}

function publish(deps: ImportHandlerDeps, recordingId: string): void {
  const updated = deps.recordings.find(recordingId);
  if (updated) deps.bus.publish({ kind: 'recording', recording: updated });
}

export function tooShort(durationMs: number): AppError {
  const seconds = (durationMs / 1000).toFixed(1);
  return new AppError('too_short', {
    ja: `録音が短すぎます（${seconds} 秒）。1 秒以上の録音を取り込んでください。`,
    en: `The recording is too short (${seconds} s). Import at least 1 second of audio.`,
  });
}

/**
 * The file ends before it should: its header promised more than decodes, or its structure is cut off
 * (see detectTruncation). Keep what decodes, and say how much.
 */
function truncationWarning(probedMs: number, decodedMs: number, truncation: Truncation | null): Message | null {
  const promisedMs = Math.max(probedMs, truncation?.declaredMs ?? 0);
  const got = Math.round(decodedMs / 1000);
  if (promisedMs > 0 && decodedMs < promisedMs * 0.97 - 1000) {
    const expected = Math.round(promisedMs / 1000);
    return {
      ja: `ファイルが途中で切れています。${expected} 秒のうち ${got} 秒分を取り込みました。`,
      en: `The file is truncated: ${got} s of ${expected} s could be imported.`,
    };
  }
  if (!truncation) return null;
  return {
    ja: `ファイルが途中で切れています。切れる前の ${got} 秒分を取り込みました。`,
    en: `The file is truncated: the ${got} s before the cut were imported.`,
  };
}

function errorMessage(error: unknown): Message {
  if (isAppError(error)) return error.userMessage;
  const detail = error instanceof Error ? error.message : String(error);
  return { ja: `取り込みに失敗しました: ${detail}`, en: `Import failed: ${detail}` };
}
