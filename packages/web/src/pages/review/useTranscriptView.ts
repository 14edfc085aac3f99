import type { TranscriptEdit, TranscriptView } from '@furikaeri/core';
import { useCallback, useEffect, useRef } from 'react';
import { subscribeToStream } from '../../api/stream';
import { transcriptsApi } from '../../api/transcripts';
import { type Action, useAction } from '../../hooks/useAction';
import { type Resource, useResource } from '../../hooks/useResource';

export interface TranscriptViewModel extends Resource<TranscriptView> {
  /** Busy and last error of edits, undo and notes (one at a time, in order). */
  action: Action;
  apply(edit: TranscriptEdit): Promise<boolean>;
  undo(): Promise<boolean>;
  saveNote(segmentId: string, note: string): Promise<boolean>;
}

/** The event's transcript and every change to it; each answer from the server replaces what is shown. */
export function useTranscriptView(eventId: string): TranscriptViewModel {
  const resource = useResource(`transcript:${eventId}`, () => transcriptsApi.view(eventId));
  const action = useAction();
  const { data, setData } = resource;
  const transcriptId = data?.transcript?.id ?? null;
  const { run } = action;
  const waitingForMe = useRef(false);
  waitingForMe.current = Boolean(data?.transcript?.speakers.every((speaker) => speaker.role !== 'me'));
  const { reload } = resource;

  // The analyse job may guess the user's speaker by voice first (an imported transcript of a recording):
  // while nobody is "me" here, its end brings the transcript in again.
  useEffect(
    () =>
      subscribeToStream({
        onMessage(message) {
          if (message.type !== 'job' || !waitingForMe.current) return;
          const { job } = message;
          if (job.type === 'analyse' && job.status === 'succeeded' && job.eventId === eventId) void reload();
        },
      }),
    [eventId, reload],
  );

  const apply = useCallback(
    (edit: TranscriptEdit) =>
      run(async () => {
        if (transcriptId) setData(await transcriptsApi.edit(transcriptId, edit));
      }),
    [run, setData, transcriptId],
  );
  const undo = useCallback(
    () =>
      run(async () => {
        if (transcriptId) setData(await transcriptsApi.undo(transcriptId));
      }),
    [run, setData, transcriptId],
  );
  const saveNote = useCallback(
    (segmentId: string, note: string) =>
      run(async () => setData(await transcriptsApi.saveQuestionNote(eventId, segmentId, note))),
    [run, setData, eventId],
  );

  return { ...resource, action, apply, undo, saveNote };
}
