import {
  AppError,
  displayFileName,
  type IngestResult,
  type Job,
  type Recording,
  type RecordingView,
} from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { sealOf } from '../audio/hash-chain';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import { MIN_RECORDING_MS, tooShort } from '../jobs/import-handler';
import type { ChangeBus } from '../jobs/job-bus';
import type { JobLanes } from '../jobs/job-lanes';
import type { FfmpegPaths } from '../media/ffmpeg-paths';
import { probeMedia } from '../media/probe';
import type { Repositories } from '../repositories/repositories';
import { withDiskFull } from './disk-full';
import { notFound } from './errors';
import { copyUpload, DEFAULT_MAX_UPLOAD_BYTES, uploadTooLarge } from './upload-copy';

export interface IngestRequest {
  eventId: string;
  originalName: string;
  /** The file's bytes as they arrive (an HTTP body or a file stream); never held in memory whole. */
  body: AsyncIterable<Uint8Array>;
  /** The size the sender announced (Content-Length), when it did: too large is refused before reading. */
  declaredBytes?: number | undefined;
  signal?: AbortSignal;
}

/**
 * Brings a recording into the library: stores the original while hashing it, refuses duplicates and
 * non-audio up front, then leaves decoding to the durable `import` job so progress survives a restart.
 */
export class RecordingService {
  constructor(
    private readonly repos: Repositories,
    private readonly store: AudioStore,
    private readonly worker: JobLanes,
    private readonly bus: ChangeBus,
    private readonly ffmpeg: FfmpegPaths,
    private readonly clock: Clock,
    /** The largest original accepted (see upload-copy.ts). */
    private readonly maxUploadBytes: number = DEFAULT_MAX_UPLOAD_BYTES,
  ) {}

  async ingest(request: IngestRequest): Promise<IngestResult> {
    const event = this.repos.events.find(request.eventId);
    if (!event) throw notFound('event', request.eventId);
    if (event.consent === 'declined') throw consentDeclined();
    if ((request.declaredBytes ?? 0) > this.maxUploadBytes) throw uploadTooLarge(this.maxUploadBytes);
    const id = newId('rec');
    const writer = await this.store.createWriter(id, 'original');
    let committed = false;
    try {
      await copyUpload(request.body, writer, { maxBytes: this.maxUploadBytes, signal: request.signal });
      if (writer.bytesWritten === 0) throw emptyFile();
      await writer.commit();
      committed = true;
      const summary = writer.summary;
      if (!summary) throw new Error('committed writer without a summary');
      // The seal's whole-file SHA-256 is the content hash: one pass over the bytes serves both.
      const contentHash = summary.sha256;
      const duplicate = this.repos.recordings.findKeptByHash(contentHash);
      if (duplicate) throw duplicateOf(duplicate);
      const media = await this.store.withPlaintextFile(id, 'original', (file) =>
        probeMedia(this.ffmpeg.ffprobe, file, request.signal),
      );
      // Refused now, while the upload still waits for an answer, when the header already says so.
      if (media.durationMs > 0 && media.durationMs < MIN_RECORDING_MS) throw tooShort(media.durationMs);
      const originalName = displayFileName(request.originalName);
      const now = isoNow(this.clock);
      this.repos.recordings.insert(
        {
          id,
          eventId: event.id,
          source: 'import',
          originalName,
          sizeBytes: writer.bytesWritten,
          contentHash,
          consent: event.consent,
          media,
          manifest: {
            format: 'furikaeri-manifest-v1',
            recordingId: id,
            source: 'import',
            originalName,
            storedAt: now,
            durationMs: media.durationMs > 0 ? media.durationMs : null,
            consent: event.consent,
            original: sealOf(summary),
            pcm: null,
          },
          originalFrameHashes: summary.frameHashes,
        },
        now,
      );
      const job = this.worker.enqueue('import', { recordingId: id, eventId: event.id });
      const recording = this.view(this.requireRecording(id));
      this.bus.publish({ kind: 'recording', recording });
      return { recording, job };
    } catch (error) {
      // Nothing half-imported stays behind: the stored bytes go, the user's own file was never touched.
      if (committed) await this.store.deleteRecording(id);
      else await writer.abort();
      throw withDiskFull(error, {
        ja: 'ファイルは取り込んでいません（元のファイルはそのままです）。空き容量を作ってから、もう一度取り込んでください。',
        en: 'Nothing was imported (your file is untouched). Free some space and import it again.',
      });
    }
  }

  view(recording: Recording): RecordingView {
    return { ...recording, jobs: this.repos.jobs.latestByRecording(recording.id) };
  }

  get(id: string): RecordingView {
    return this.view(this.requireRecording(id));
  }

  list(): RecordingView[] {
    return this.repos.recordings.list().map((recording) => this.view(recording));
  }

  /** Deletes the audio and everything derived; running jobs for it are cancelled first. */
  async delete(id: string): Promise<void> {
    this.requireRecording(id);
    for (const job of this.repos.jobs.listByRecording(id)) {
      if (job.status === 'queued' || job.status === 'running') this.worker.cancel(job.id);
    }
    this.repos.recordings.delete(id);
    await this.store.deleteRecording(id);
    this.bus.publish({ kind: 'recording-deleted', recordingId: id });
  }

  /** Runs the import again (after a cancel or a failure that the user has since fixed, e.g. a missing ffmpeg). */
  retryImport(id: string): Job {
    const recording = this.requireRecording(id);
    if (recording.status === 'importing' || recording.status === 'ready') {
      throw new AppError('conflict', {
        ja: 'この録音は取り込み済みか取り込み中です',
        en: 'This recording is already imported or importing',
      });
    }
    this.repos.recordings.markImporting(id, isoNow(this.clock));
    this.bus.publish({ kind: 'recording', recording: this.requireRecording(id) });
    return this.worker.enqueue('import', { recordingId: id, eventId: recording.eventId });
  }

  cancelJob(jobId: string): Job {
    const job = this.worker.cancel(jobId);
    if (!job) throw notFound('job', jobId);
    // A queued import that never started still has to tell its recording it was cancelled.
    if (job.type === 'import' && job.status === 'cancelled' && job.recordingId) {
      const recording = this.repos.recordings.find(job.recordingId);
      if (recording?.status === 'importing') {
        this.repos.recordings.finishImport(
          recording.id,
          {
            status: 'cancelled',
            media: recording.media,
            error: { ja: '取り込みを中止しました', en: 'Import cancelled' },
          },
          isoNow(this.clock),
        );
        this.bus.publish({ kind: 'recording', recording: this.requireRecording(recording.id) });
      }
    }
    return job;
  }

  requireRecording(id: string): Recording {
    const recording = this.repos.recordings.find(id);
    if (!recording) throw notFound('recording', id);
    return recording;
  }
}

/** The guidance our users follow: if the company declines, do not record. */
export function consentDeclined(): AppError {
  return new AppError('conflict', {
    ja: 'この予定は録音を断られています。相手の意思を尊重し、録音は追加できません。記録はメモに残しましょう。',
    en: 'Recording was declined for this event. Out of respect for that, no recording can be added; keep notes instead.',
  });
}

function emptyFile(): AppError {
  return new AppError('empty_file', {
    ja: 'ファイルが空です（0 バイト）。録音アプリからもう一度書き出してください。',
    en: 'The file is empty (0 bytes). Export it again from your recorder.',
  });
}

function duplicateOf(existing: Recording): AppError {
  return new AppError(
    'duplicate',
    {
      ja: `同じファイルは取り込み済みです（「${existing.originalName}」）。`,
      en: `This file was already imported ("${existing.originalName}").`,
    },
    { recordingId: existing.id, eventId: existing.eventId },
  );
}
