import {
  AppError,
  confirmedSpeaker,
  decodeJapaneseText,
  type ImportWarning,
  type JapaneseEncoding,
  type Job,
  type JobEvent,
  looksLikeAudio,
  type Message,
  previewTranscript,
  type RoleContext,
  readTranscriptFile,
  SPEAKER_ROLES,
  type SpeakerRole,
  splitLongSegments,
  splitSpeakersByContent,
  type Transcript,
  type TranscriptContent,
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

export interface TranscriptImport {
  eventId: string;
  fileName: string;
  bytes: Uint8Array;
  /** The recording the file's times refer to (a Zoom VTT of a Zoom recording), if any. */
  recordingId?: string | null;
}

/**
 * How far the roles of an imported transcript could be guessed: `settled` false when the user has to say
 * (who is who is unknown, or which group member is the user); `note` then says what to ask.
 */
export interface RoleGuessSummary {
  settled: boolean;
  note: Message | null;
  /** One unnamed speaker (a Whisper SRT): `splitSpeakers` can split it into two by content. */
  splittable: boolean;
}

export interface ImportedTranscript {
  transcript: Transcript;
  job: Job;
  roles: RoleGuessSummary;
  /** What was skipped to read the file (a malformed cue), each with its line. */
  warnings: ImportWarning[];
}

interface ReadTranscript {
  content: TranscriptContent;
  roles: RoleGuessSummary;
  warnings: ImportWarning[];
  encoding: JapaneseEncoding;
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
    private readonly worker: JobLanes,
    private readonly clock: Clock,
  ) {}

  importFile(request: TranscriptImport): ImportedTranscript {
    const { content, roles, warnings } = this.read(request);
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
      roles,
      warnings,
    };
  }

  /**
   * What the file would become — format, encoding, speakers with their guessed roles, first lines, what
   * was skipped — saving nothing: the page shows it before the user confirms.
   */
  preview(request: TranscriptImport): TranscriptPreview {
    const { content, encoding, roles, warnings } = this.read(request);
    return { ...previewTranscript(content, { fileName: request.fileName, encoding }), warnings, rolesNote: roles.note };
  }

  /** Checks the event (and recording), the size and that the file is text, then parses it and guesses roles. */
  private read(request: TranscriptImport): ReadTranscript {
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
    const parsed = readTranscriptFile(request.fileName, decoded.text);
    // Over-long segments (a one-line file) are cut, so the review page and the analysis stay bounded.
    const { content, roles } = guessRoles(splitLongSegments(parsed.content), this.roleContext(event));
    return { content, roles, warnings: parsed.warnings, encoding: decoded.encoding };
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
      eventType: event.type,
      participants: event.participants.length > 0 ? event.participants.length + 1 : null,
      ownNames: new OwnNamesService(this.repos.settings).names(),
    };
  }
}

/** Roles guessed from the conversation and what is known beside it. Our own JSON keeps the roles it states: they were set by a user. */
function guessRoles(
  parsed: TranscriptContent,
  context: RoleContext,
): { content: TranscriptContent; roles: RoleGuessSummary } {
  const stated = parsed.source.kind === 'import' && parsed.source.format === 'json';
  if (stated && parsed.speakers.some((speaker) => speaker.role !== 'unknown')) {
    return { content: parsed, roles: { settled: true, note: null, splittable: false } };
  }
  const { content, inference } = withInferredRoles(parsed, context);
  const splittable = content.speakers.length === 1;
  return { content, roles: { settled: inference.settled, note: inference.note, splittable } };
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
