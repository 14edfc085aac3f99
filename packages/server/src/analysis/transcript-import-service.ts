import {
  AppError,
  confirmedSpeaker,
  type ImportWarning,
  type Job,
  type JobEvent,
  looksLikeAudio,
  type RoleContext,
  SPEAKER_ROLES,
  type SpeakerRole,
  splitSpeakersByContent,
  type Transcript,
  type TranscriptPreview,
  type TranscriptSpeaker,
  UPLOAD_SNIFF_BYTES,
  withInferredRoles,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import type { JobLanes } from '../jobs/job-lanes';
import type { Repositories } from '../repositories/repositories';
import { withDiskFull } from '../services/disk-full';
import { notFound } from '../services/errors';
import { OwnNamesService } from '../services/own-names-service';
import { libraryLocked } from '../vault/library-locked';
import { storeTranscriptInSlices } from './staged-transcript-store';
import type { TranscriptReader } from './transcript-reader';
import {
  type RoleGuessSummary,
  roleContext,
  type TranscriptReading,
  type TranscriptReadRequest,
  type TranscriptReadResult,
} from './transcript-reading';

export type { RoleGuessSummary } from './transcript-reading';

export interface TranscriptImport {
  eventId: string;
  fileName: string;
  bytes: Uint8Array;
  /** The recording the file's times refer to (a Zoom VTT of a Zoom recording), if any. */
  recordingId?: string | null;
}

export interface ImportedTranscript {
  transcript: Transcript;
  job: Job;
  roles: RoleGuessSummary;
  /** What was skipped to read the file (a malformed cue), each with its line. */
  warnings: ImportWarning[];
}

const NOT_IMPORTED = {
  ja: '文字起こしは取り込んでいません（これまでの文字起こしはそのままです）。空き容量を作ってから、もう一度取り込んでください。',
  en: 'The transcript was not imported (the previous one is unchanged). Free some space and import it again.',
};

/** Transcript files are text: anything this large is not one. */
export const MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024;

/**
 * Transcripts the user brings (VTT, SRT, text, our JSON) and the corrections they make (speaker names and
 * roles). Either makes the event's analysis out of date, so an `analyse` job is queued each time.
 *
 * A file at the 20 MB limit costs seconds: its reading (decode, parse, split, role guess) runs in a worker
 * thread and its storing in short slices (staged-transcript-store.ts), so the main thread stays free. A lock
 * or shutdown (`close`) ends both at once: the request answers "locked" and nothing of it stays stored.
 */
export class TranscriptImportService {
  private readonly closing = new AbortController();
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly repos: Repositories,
    private readonly worker: JobLanes,
    private readonly clock: Clock,
    private readonly reader: TranscriptReader,
  ) {}

  importFile(request: TranscriptImport): Promise<ImportedTranscript> {
    return this.track(async () => {
      const { content, segmentsJson, roles, warnings } = await this.read(request, 'import');
      const now = () => isoNow(this.clock);
      const newTranscript = {
        id: newId('tr'),
        eventId: request.eventId,
        recordingId: request.recordingId ?? null,
        content,
      };
      const { transcript, removeReplaced } = await storeTranscriptInSlices(
        this.repos,
        newTranscript,
        segmentsJson,
        now,
        () => this.stopIfClosing(),
      ).catch((error: unknown) => {
        throw withDiskFull(error, NOT_IMPORTED);
      });
      const job = this.worker.enqueue('analyse', { recordingId: transcript.recordingId, eventId: request.eventId });
      await removeReplaced();
      return { transcript, job, roles, warnings };
    });
  }

  /**
   * What the file would become — format, encoding, speakers with their guessed roles, first lines, what
   * was skipped — saving nothing: the page shows it before the user confirms.
   */
  preview(request: TranscriptImport): Promise<TranscriptPreview> {
    return this.track(() => this.read(request, 'preview'));
  }

  /** Ends the imports and previews in progress (lock, shutdown) and waits for them to let go of the database. */
  async close(): Promise<void> {
    this.closing.abort();
    await Promise.allSettled([...this.running]);
  }

  private async track<T>(work: () => Promise<T>): Promise<T> {
    this.stopIfClosing();
    const running = work().catch((error: unknown) => {
      // Whatever stopped it (a worker ended, a closed database), the user sees why: the library locked.
      if (this.closing.signal.aborted) throw libraryLocked();
      throw error;
    });
    this.running.add(running);
    try {
      return await running;
    } finally {
      this.running.delete(running);
    }
  }

  private stopIfClosing(): void {
    if (this.closing.signal.aborted) throw libraryLocked();
  }

  /** Checks the event (and recording), the size and that the file is text, then reads it off the main thread. */
  private read(request: TranscriptImport, mode: 'import'): Promise<TranscriptReading>;
  private read(request: TranscriptImport, mode: 'preview'): Promise<TranscriptPreview>;
  private async read(
    request: TranscriptImport,
    mode: 'import' | 'preview',
  ): Promise<TranscriptReading | TranscriptPreview> {
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
    const readRequest: TranscriptReadRequest = {
      mode,
      fileName: request.fileName,
      bytes: request.bytes,
      roles: this.roleContext(event),
    };
    const result: TranscriptReadResult = await this.reader.read(readRequest, this.closing.signal);
    this.stopIfClosing();
    return result.mode === 'preview' ? result.preview : result;
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

  /**
   * Splits the current transcript's one speaker into two by what is said (questions and the answers after
   * them), guesses their roles and re-runs the analysis. Only for a transcript with a single speaker.
   */
  splitSpeakers(eventId: string): { transcript: Transcript; job: Job; roles: RoleGuessSummary } {
    const transcript = this.current(eventId);
    const event = this.repos.events.find(eventId);
    if (!event) throw notFound('event', eventId);
    const split = splitSpeakersByContent(transcript);
    if (!split) {
      throw new AppError('validation', {
        ja: '話者が一人だけの文字起こしを、質問と答えに分けられませんでした。',
        en: 'Only a transcript with a single speaker can be split, and this one has no questions and answers to split by.',
      });
    }
    const { content, inference } = withInferredRoles(split, this.roleContext(event));
    const updated = this.repos.transcripts.updateContent(
      transcript.id,
      content.speakers,
      content.segments,
      isoNow(this.clock),
    );
    return {
      transcript: updated,
      job: this.worker.enqueue('analyse', { recordingId: updated.recordingId, eventId }),
      roles: { settled: inference.settled, note: inference.note, splittable: false },
    };
  }

  /**
   * Renames speakers and corrects or confirms their roles (面接官, 自分…); every speaker sent loses its
   * `guessed` marker; one sent as me with `remember` has its name kept. The analysis re-runs.
   */
  updateSpeakers(eventId: string, input: unknown): { transcript: Transcript; job: Job } {
    const transcript = this.current(eventId);
    const speakers = readSpeakers(input, transcript.speakers);
    const ownNames = new OwnNamesService(this.repos.settings);
    for (const label of rememberedLabels(input, speakers)) ownNames.remember(label);
    const updated = this.repos.transcripts.updateContent(
      transcript.id,
      speakers,
      transcript.segments,
      isoNow(this.clock),
    );
    return { transcript: updated, job: this.worker.enqueue('analyse', { recordingId: updated.recordingId, eventId }) };
  }

  /**
   * What role inference knows beside the words: the event's type, its participant list (which names the
   * others, so the user makes one more) and the names the user goes by in transcripts.
   */
  private roleContext(event: JobEvent): RoleContext {
    return {
      ...roleContext(event),
      ownNames: new OwnNamesService(this.repos.settings).names(),
    };
  }
}

/** Labels of the speakers sent as "me" with `remember: true` (the user's own name, for later transcripts). */
function rememberedLabels(input: unknown, speakers: readonly TranscriptSpeaker[]): string[] {
  const items = Array.isArray(input) ? (input as unknown[]) : [];
  return items.flatMap((item) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const speaker = speakers.find((candidate) => candidate.key === record.key);
    return record.remember === true && speaker?.role === 'me' ? [speaker.label] : [];
  });
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
    // A speaker the user sends is confirmed: its role is no longer a guess.
    changes.set(current.key, confirmedSpeaker({ key: current.key, label, role: role as SpeakerRole }));
  }
  return existing.map((speaker) => changes.get(speaker.key) ?? speaker);
}
