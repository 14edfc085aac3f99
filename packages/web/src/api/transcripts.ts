import type { TranscriptEdit, TranscriptView } from '@furikaeri/core';
import { request } from './http';

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
