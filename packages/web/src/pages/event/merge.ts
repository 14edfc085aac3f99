import { type EventDetail, JOB_TYPES, type Job, type Recording, type RecordingView } from '@furikaeri/core';

/**
 * Live updates (SSE) and fetched snapshots can arrive in either order. These pure functions keep whichever
 * state of a job or recording is further along, so a late snapshot never rolls the screen back.
 */
function stage(job: Job): number {
  if (job.status === 'queued') return 0;
  if (job.status === 'running') return job.cancelRequested ? 2 : 1;
  return 3;
}

/** The later of two states of the same pipeline stage. */
export function laterJob(current: Job, incoming: Job): Job {
  if (current.id !== incoming.id) return incoming.createdAt >= current.createdAt ? incoming : current;
  if (stage(incoming) !== stage(current)) return stage(incoming) > stage(current) ? incoming : current;
  return (incoming.progress ?? 0) >= (current.progress ?? 0) ? incoming : current;
}

function withJob(jobs: Job[], job: Job): Job[] {
  const existing = jobs.find((candidate) => candidate.type === job.type);
  const next = existing
    ? jobs.map((candidate) => (candidate === existing ? laterJob(existing, job) : candidate))
    : [...jobs, job];
  return next.sort((a, b) => JOB_TYPES.indexOf(a.type) - JOB_TYPES.indexOf(b.type));
}

function laterRecording(current: RecordingView, incoming: Recording): RecordingView {
  if (incoming.updatedAt < current.updatedAt) return current;
  return { ...current, ...incoming, jobs: current.jobs };
}

export function applyJob(detail: EventDetail, job: Job): EventDetail {
  if (!detail.recordings.some((recording) => recording.id === job.recordingId)) return detail;
  return {
    ...detail,
    recordings: detail.recordings.map((recording) =>
      recording.id === job.recordingId ? { ...recording, jobs: withJob(recording.jobs, job) } : recording,
    ),
  };
}

export function applyRecording(detail: EventDetail, recording: Recording | RecordingView): EventDetail {
  if (recording.eventId !== detail.event.id) return detail;
  const existing = detail.recordings.find((candidate) => candidate.id === recording.id);
  if (existing) {
    return {
      ...detail,
      recordings: detail.recordings.map((candidate) =>
        candidate === existing ? laterRecording(existing, recording) : candidate,
      ),
    };
  }
  const jobs = 'jobs' in recording ? recording.jobs : [];
  const recordings = [...detail.recordings, { ...recording, jobs }];
  return { ...detail, recordings: recordings.sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
}

export function removeRecording(detail: EventDetail, recordingId: string): EventDetail {
  return { ...detail, recordings: detail.recordings.filter((recording) => recording.id !== recordingId) };
}

/** A fresh snapshot, keeping any state already seen live that is newer than it. */
export function mergeSnapshot(previous: EventDetail | null, snapshot: EventDetail): EventDetail {
  if (!previous || previous.event.id !== snapshot.event.id) return snapshot;
  const recordings = snapshot.recordings.map((fresh) => {
    const seen = previous.recordings.find((candidate) => candidate.id === fresh.id);
    if (!seen) return fresh;
    const base = fresh.updatedAt < seen.updatedAt ? { ...fresh, ...seen, jobs: fresh.jobs } : fresh;
    return { ...base, jobs: seen.jobs.reduce(withJob, fresh.jobs) };
  });
  return { ...snapshot, recordings };
}
