import type { EventDetail, ImportRefusal, Job, Recording } from '@furikaeri/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/library';
import { subscribeToStream } from '../../api/stream';
import { type Resource, useResource } from '../../hooks/useResource';
import { applyJob, applyRecording, mergeSnapshot, removeRecording } from './merge';

export interface LiveEventDetail extends Resource<EventDetail> {
  applyJob(job: Job): void;
  applyRecording(recording: Recording): void;
  removeRecording(recordingId: string): void;
  /** Files refused once decoded (their recordings are gone): which, and why, until dismissed. */
  refused: ImportRefusal[];
  dismissRefused(refusal: ImportRefusal): void;
}

/** The event with its recordings, kept current by the server's job and recording stream. */
export function useEventDetail(eventId: string): LiveEventDetail {
  // Recordings the server deleted (a refused import): the upload's own answer, a late status or a snapshot
  // fetched just before the deletion can arrive after it, and must not put the card back.
  const deleted = useRef(new Set<string>());
  const resource = useResource(
    `event:${eventId}`,
    () => api.getEvent(eventId),
    (previous, snapshot) => {
      const merged = mergeSnapshot(previous, snapshot);
      const kept = merged.recordings.filter((recording) => !deleted.current.has(recording.id));
      return kept.length === merged.recordings.length ? merged : { ...merged, recordings: kept };
    },
  );
  const { setData, reload } = resource;
  const [refused, setRefused] = useState<ImportRefusal[]>([]);
  const upsert = useCallback(
    (recording: Recording) => {
      if (!deleted.current.has(recording.id))
        setData((current) => (current ? applyRecording(current, recording) : current));
    },
    [setData],
  );

  const update = useCallback(
    (change: (detail: EventDetail) => EventDetail) => setData((current) => (current ? change(current) : current)),
    [setData],
  );

  useEffect(
    () =>
      subscribeToStream({
        onMessage(message) {
          if (message.type === 'job') update((detail) => applyJob(detail, message.job));
          else if (message.type === 'recording') upsert(message.recording);
          else {
            const refusal = message.refused;
            // This event's only; it may arrive before the upload's own answer has put the card in the list.
            if (refusal?.eventId === eventId) setRefused((current) => [...current, refusal]);
            deleted.current.add(message.recordingId);
            update((detail) => removeRecording(detail, message.recordingId));
          }
        },
        onReady: () => void reload(),
      }),
    [update, upsert, reload, eventId],
  );

  return {
    ...resource,
    applyJob: useCallback((job: Job) => update((detail) => applyJob(detail, job)), [update]),
    applyRecording: upsert,
    removeRecording: useCallback((id: string) => update((detail) => removeRecording(detail, id)), [update]),
    refused,
    dismissRefused: useCallback(
      (refusal: ImportRefusal) => setRefused((current) => current.filter((item) => item !== refusal)),
      [],
    ),
  };
}
