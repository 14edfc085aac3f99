import {
  AppError,
  decodeJapaneseText,
  type JapaneseEncoding,
  type Job,
  looksLikeAudio,
  parseTranscriptFile,
  previewTranscript,
  SPEAKER_ROLES,
  type SpeakerRole,
  type Transcript,
  type TranscriptContent,
  type TranscriptPreview,
  type TranscriptSpeaker,
  UPLOAD_SNIFF_BYTES,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import type { JobWorker } from '../jobs/job-worker';
import type { Repositories } from '../repositories/repositories';
import { withDiskFull } from '../services/disk-full';
import { notFound } from '../services/errors';

export interface TranscriptImport {
  eventId: string;
  fileName: string;
  bytes: Uint8Array;
  /** The recording the file's times refer to (a Zoom VTT of a Zoom recording), if any. */
  recordingId?: string | null;
}

/** Transcript files are text: anything this large is not one. */
export const MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024;

/**
 * Transcripts the user brings (VTT, SRT, text, our JSON) and the corrections they make (speaker names and
 * roles). Either makes the event's analysis out of date, so an `analyse` job is queued each time.
 */
export class TranscriptImportService {
  constructor(
    private readonly repos: Repositories,
    private readonly worker: JobWorker,
    private readonly clock: Clock,
  ) {}

  importFile(request: TranscriptImport): { transcript: Transcript; job: Job } {
    const { content } = this.read(request);
    let transcript: Transcript;
    try {
      transcript = this.repos.transcripts.insertAsCurrent(
        { id: newId('tr'), eventId: request.eventId, recordingId: request.recordingId ?? null, content },
        isoNow(this.clock),
      );
    } catch (error) {
      throw withDiskFull(error, {
        ja: '文字起こしは取り込んでいません（これまでの文字起こしはそのままです）。空き容量を作ってから、もう一度取り込んでください。',
        en: 'The transcript was not imported (the previous one is unchanged). Free some space and import it again.',
      });
    }
    return {
      transcript,
      job: this.worker.enqueue('analyse', { recordingId: transcript.recordingId, eventId: request.eventId }),
    };
  }

  /** What the file would become — format, encoding, speakers with their guessed roles, first lines — saving nothing. */
  preview(request: TranscriptImport): TranscriptPreview {
    const { content, encoding } = this.read(request);
    return previewTranscript(content, { fileName: request.fileName, encoding });
  }

  /** Checks the event (and recording), the size and that the file is text, then parses it; the line at fault otherwise. */
  private read(request: TranscriptImport): { content: TranscriptContent; encoding: JapaneseEncoding } {
    const event = this.repos.events.find(request.eventId);
    if (!event) throw notFound('event', request.eventId);
    if (request.recordingId) {
      const recording = this.repos.recordings.find(request.recordingId);
      if (!recording || recording.eventId !== event.id) throw notFound('recording', request.recordingId);
    }
    if (request.bytes.byteLength > MAX_TRANSCRIPT_BYTES) {
      throw new AppError('validation', {
        ja: '文字起こしファイルが大きすぎます（20 MB まで）',
        en: 'The transcript file is too large (20 MB at most)',
      });
    }
    if (looksLikeAudio(request.bytes.subarray(0, UPLOAD_SNIFF_BYTES))) {
      throw new AppError('unsupported_media', {
        ja: 'これは音声ファイルです。録音として取り込んでください。',
        en: 'This is an audio file: import it as a recording.',
      });
    }
    const decoded = decodeJapaneseText(request.bytes);
    return { content: parseTranscriptFile(request.fileName, decoded.text), encoding: decoded.encoding };
  }

  current(eventId: string): Transcript {
    const transcript = this.repos.transcripts.findCurrent(eventId);
    if (!transcript)
      throw new AppError(
        'not_found',
        { ja: 'この予定には文字起こしがありません', en: 'This event has no transcript' },
        { eventId },
      );
    return transcript;
  }

  /** Renames speakers and corrects their roles (面接官, 自分…); the analysis re-runs. */
  updateSpeakers(eventId: string, input: unknown): { transcript: Transcript; job: Job } {
    const transcript = this.current(eventId);
    const speakers = readSpeakers(input, transcript.speakers);
    const updated = this.repos.transcripts.updateContent(
      transcript.id,
      speakers,
      transcript.segments,
      isoNow(this.clock),
    );
    return { transcript: updated, job: this.worker.enqueue('analyse', { recordingId: updated.recordingId, eventId }) };
  }
}

function readSpeakers(input: unknown, existing: TranscriptSpeaker[]): TranscriptSpeaker[] {
  const invalid = (ja: string, en: string) => new AppError('validation', { ja, en });
  if (!Array.isArray(input)) throw invalid('話者の一覧が必要です', 'A list of speakers is expected');
  const byKey = new Map(existing.map((speaker) => [speaker.key, speaker]));
  const changes = new Map<string, TranscriptSpeaker>();
  for (const item of input as unknown[]) {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const current = typeof record.key === 'string' ? byKey.get(record.key) : undefined;
    if (!current)
      throw invalid(`文字起こしにない話者です: ${String(record.key)}`, `No such speaker: ${String(record.key)}`);
    const role = record.role ?? current.role;
    if (typeof role !== 'string' || !(SPEAKER_ROLES as readonly string[]).includes(role)) {
      throw invalid(`役割が正しくありません: ${String(role)}`, `Invalid role: ${String(role)}`);
    }
    const label =
      typeof record.label === 'string' && record.label.trim() !== '' ? record.label.trim().slice(0, 60) : current.label;
    changes.set(current.key, { key: current.key, label, role: role as SpeakerRole });
  }
  return existing.map((speaker) => changes.get(speaker.key) ?? speaker);
}
