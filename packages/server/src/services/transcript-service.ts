import {
  AppError,
  applyTranscriptEdit,
  exportTranscript,
  parseTranscriptEdit,
  TRANSCRIPT_FORMATS,
  type Transcript,
  type TranscriptFormat,
  type TranscriptView,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import { type Db, inTransaction } from '../db/database';
import type { JobLanes } from '../jobs/job-lanes';
import type { Repositories } from '../repositories/repositories';
import { notFound } from './errors';
import { OwnNamesService } from './own-names-service';

const MAX_NOTE_CHARS = 4_000;

const EXTENSIONS: Record<TranscriptFormat, string> = { vtt: 'vtt', srt: 'srt', text: 'txt', json: 'json' };
const CONTENT_TYPES: Record<TranscriptFormat, string> = {
  vtt: 'text/vtt; charset=utf-8',
  srt: 'application/x-subrip; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Corrections to a transcript, their undo, and the notes the user keeps per question. */
export class TranscriptService {
  constructor(
    private readonly db: Db,
    private readonly repos: Repositories,
    private readonly worker: JobLanes,
    private readonly clock: Clock,
  ) {}

  /** The current transcript as a file in one of the export formats, named after the event. */
  export(eventId: string, format: unknown): { body: string; fileName: string; contentType: string } {
    const chosen = (TRANSCRIPT_FORMATS as readonly unknown[]).includes(format) ? (format as TranscriptFormat) : null;
    if (!chosen) {
      throw new AppError('validation', {
        ja: `形式は ${TRANSCRIPT_FORMATS.join(', ')} のいずれかです`,
        en: `The format is one of ${TRANSCRIPT_FORMATS.join(', ')}`,
      });
    }
    const transcript = this.repos.transcripts.findCurrent(eventId);
    if (!transcript) throw notFound('transcript', eventId);
    return {
      body: exportTranscript(transcript, chosen),
      fileName: `transcript-${eventId}.${EXTENSIONS[chosen]}`,
      contentType: CONTENT_TYPES[chosen],
    };
  }

  view(eventId: string): TranscriptView {
    if (!this.repos.events.find(eventId)) throw notFound('event', eventId);
    const transcript = this.repos.transcripts.findCurrent(eventId);
    const notes = this.repos.questionNotes.listForEvent(eventId);
    return {
      transcript,
      undoSteps: transcript ? this.repos.transcriptHistory.count(transcript.id) : 0,
      questionNotes: Object.fromEntries(notes.map((note) => [note.segmentId, note.note])),
    };
  }

  /** Applies one edit, remembers the state before it for undo, and asks for the analysis to be redone. */
  edit(transcriptId: string, input: unknown): TranscriptView {
    const edit = parseTranscriptEdit(input);
    const transcript = inTransaction(this.db, () => {
      const before = this.require(transcriptId);
      const after = applyTranscriptEdit(before, edit);
      const now = isoNow(this.clock);
      this.repos.transcriptHistory.push(transcriptId, before, edit, now);
      return this.repos.transcripts.updateContent(transcriptId, after.speakers, after.segments, now);
    });
    if (edit.op === 'set-role' && edit.role === 'me' && edit.remember) {
      const label = transcript.speakers.find((speaker) => speaker.key === edit.speaker)?.label;
      if (label) new OwnNamesService(this.repos.settings).remember(label);
    }
    this.requestAnalysis(transcript);
    return this.view(transcript.eventId);
  }

  undo(transcriptId: string): TranscriptView {
    const transcript = inTransaction(this.db, () => {
      this.require(transcriptId);
      const previous = this.repos.transcriptHistory.pop(transcriptId);
      if (!previous) throw new AppError('conflict', { ja: '元に戻す編集がありません', en: 'Nothing to undo' });
      return this.repos.transcripts.updateContent(
        transcriptId,
        previous.speakers,
        previous.segments,
        isoNow(this.clock),
      );
    });
    this.requestAnalysis(transcript);
    return this.view(transcript.eventId);
  }

  saveQuestionNote(eventId: string, segmentId: string, input: unknown): TranscriptView {
    const transcript = this.repos.transcripts.findCurrent(eventId);
    const segment = transcript?.segments.find((candidate) => candidate.id === segmentId);
    if (!segment) throw new AppError('not_found', { ja: '質問が見つかりません', en: 'Question not found' });
    const note = readNote(input);
    this.repos.questionNotes.save(eventId, segmentId, note, segment.startMs, isoNow(this.clock));
    return this.view(eventId);
  }

  private requestAnalysis(transcript: Transcript): void {
    if (this.repos.jobs.hasQueuedForEvent('analyse', transcript.eventId)) return;
    this.worker.enqueue('analyse', { recordingId: transcript.recordingId, eventId: transcript.eventId });
  }

  private require(transcriptId: string): Transcript {
    const transcript = this.repos.transcripts.find(transcriptId);
    if (!transcript) throw notFound('transcript', transcriptId);
    return transcript;
  }
}

function readNote(input: unknown): string {
  const note = (input as { note?: unknown } | null)?.note;
  if (typeof note !== 'string') throw new AppError('validation', { ja: 'メモを入力してください', en: 'Give a note' });
  const trimmed = note.normalize('NFC').trim();
  if (trimmed.length > MAX_NOTE_CHARS) {
    throw new AppError('validation', {
      ja: `メモは${MAX_NOTE_CHARS}文字以内にしてください`,
      en: `Keep a note under ${MAX_NOTE_CHARS} characters`,
    });
  }
  return trimmed;
}
