import type { EventDetail, Job, Recording, RecordingView } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { applyJob, applyRecording, laterJob, mergeSnapshot, removeRecording } from '../src/pages/event/merge';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-01T00:00:01.000Z';

function job(patch: Partial<Job>): Job {
  return {
    id: 'job_1',
    type: 'import',
    recordingId: 'rec_1',
    eventId: 'ev_1',
    status: 'queued',
    progress: null,
    message: null,
    attempts: 0,
    cancelRequested: false,
    createdAt: T0,
    startedAt: null,
    finishedAt: null,
    ...patch,
  };
}

function recording(patch: Partial<RecordingView> = {}): RecordingView {
  return {
    id: 'rec_1',
    eventId: 'ev_1',
    source: 'import',
    originalName: 'a.wav',
    sizeBytes: 10,
    contentHash: 'h',
    status: 'importing',
    media: null,
    pcm: null,
    warning: null,
    error: null,
    consent: 'granted',
    audioDeletedAt: null,
    createdAt: T0,
    updatedAt: T0,
    jobs: [],
    ...patch,
  };
}

function detail(recordings: RecordingView[]): EventDetail {
  const event = { id: 'ev_1' } as EventDetail['event'];
  return { event, company: null, application: null, recordings };
}

describe('live updates merge', () => {
  it('keeps the further state of the same job, whatever order they arrive in', () => {
    const running = job({ status: 'running', progress: 0.5 });
    const done = job({ status: 'succeeded', progress: 1 });
    expect(laterJob(done, running)).toBe(done);
    expect(laterJob(running, done)).toBe(done);
    expect(laterJob(running, job({ status: 'running', progress: 0.2 }))).toBe(running);
  });

  it('prefers a newer job of the same stage (a retry) over the old one', () => {
    const failed = job({ status: 'failed' });
    const retry = job({ id: 'job_2', createdAt: T1 });
    expect(laterJob(failed, retry)).toBe(retry);
    expect(laterJob(retry, failed)).toBe(retry);
  });

  it('adds jobs to their recording in pipeline order and ignores other recordings', () => {
    const start = detail([recording()]);
    const withTranscribe = applyJob(start, job({ id: 'job_t', type: 'transcribe' }));
    const withImport = applyJob(withTranscribe, job({}));
    expect(withImport.recordings[0]?.jobs.map((j) => j.type)).toEqual(['import', 'transcribe']);
    expect(applyJob(start, job({ recordingId: 'rec_other' }))).toBe(start);
  });

  it('adds a new recording of this event, and never rolls one back to an older state', () => {
    const ready: Recording = { ...recording({ status: 'ready', updatedAt: T1 }) };
    const start = detail([]);
    const added = applyRecording(start, ready);
    expect(added.recordings).toHaveLength(1);
    const stale = applyRecording(added, recording({ status: 'importing', updatedAt: T0 }));
    expect(stale.recordings[0]?.status).toBe('ready');
    expect(applyRecording(start, recording({ eventId: 'ev_2' }))).toBe(start);
    expect(removeRecording(added, 'rec_1').recordings).toEqual([]);
  });

  it('merges a snapshot with newer live state', () => {
    const live = detail([recording({ status: 'ready', updatedAt: T1, jobs: [job({ status: 'succeeded' })] })]);
    const snapshot = detail([recording({ jobs: [job({ status: 'running', progress: 0.3 })] })]);
    const merged = mergeSnapshot(live, snapshot);
    expect(merged.recordings[0]?.status).toBe('ready');
    expect(merged.recordings[0]?.jobs[0]?.status).toBe('succeeded');
    expect(mergeSnapshot(live, detail([])).recordings).toEqual([]);
  });
});
