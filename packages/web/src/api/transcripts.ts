import type { Job, SpeakerRole, Transcript, TranscriptEdit, TranscriptPreview, TranscriptView } from '@furikaeri/core';
import { request } from './http';
import { postFile, type UploadHandle } from './upload';

const id = (value: string) => encodeURIComponent(value);

/** The current transcript of an event, its corrections (server-side history, so undo survives a reload), notes. */
export const transcriptsApi = {
  view: (eventId: string) => request<TranscriptView>('GET', `/events/${id(eventId)}/transcript`),
  edit: (transcriptId: string, edit: TranscriptEdit) =>
    request<TranscriptView>('POST', `/transcripts/${id(transcriptId)}/edits`, edit),
  undo: (transcriptId: string) => request<TranscriptView>('POST', `/transcripts/${id(transcriptId)}/undo`),
  saveQuestionNote: (eventId: string, segmentId: string, note: string) =>
    request<TranscriptView>('PUT', `/events/${id(eventId)}/question-notes/${id(segmentId)}`, { note }),
};

/** What importing a transcript file returns: the new current transcript and the analysis queued for it. */
export interface TranscriptImported {
  transcript: Transcript;
  job: Job;
}

type Progress = (loaded: number, total: number) => void;

const importQuery = (recordingId: string | null) =>
  recordingId ? `?recordingId=${encodeURIComponent(recordingId)}` : '';

/** A transcript file the user dropped: parsed for a preview first, saved once they confirm. */
export const transcriptImportApi = {
  preview: (eventId: string, file: File, onProgress: Progress): UploadHandle<TranscriptPreview> =>
    postFile(`/events/${id(eventId)}/transcripts/preview`, file, onProgress),
  save: (
    eventId: string,
    file: File,
    recordingId: string | null,
    onProgress: Progress,
  ): UploadHandle<TranscriptImported> =>
    postFile(`/events/${id(eventId)}/transcripts${importQuery(recordingId)}`, file, onProgress),
  /** A one-speaker transcript (a Whisper SRT) split into asker and answerer by what is said; the analysis re-runs. */
  splitSpeakers: (eventId: string) =>
    request<TranscriptImported>('POST', `/events/${id(eventId)}/transcript/split-speakers`),
  /** Roles chosen (or confirmed) by the user; the analysis re-runs. `remember` on "me" keeps its name. */
  setRoles: (eventId: string, roles: Array<{ key: string; role: SpeakerRole; remember?: boolean }>) =>
    request<TranscriptImported>('PUT', `/events/${id(eventId)}/transcript/speakers`, roles),
};
