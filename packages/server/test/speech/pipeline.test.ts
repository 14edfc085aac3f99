import fs from 'node:fs';
import path from 'node:path';
import type { Transcript } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointRepository } from '../../src/speech/checkpoint-repository';
import { Transcriber } from '../../src/speech/transcription';
import { type TempContext, tempContext, tempDir } from '../support/temp-context';
import { interviewTurns, SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV } from './support/fixtures';
import { hookedFactory, importRecording, interviewScript, newInterviewEvent } from './support/pipeline';

/** Real import (ffmpeg), real encrypted store and database, real VAD and diarization; the fake recogniser. */
describe.skipIf(!SHARED_FIXTURES_PRESENT)('speech pipeline on the interview fixture (fake recogniser)', () => {
  const turns = SHARED_FIXTURES_PRESENT ? interviewTurns() : [];
  const factory = hookedFactory(SHARED_FIXTURES_PRESENT ? interviewScript() : []);
  let env: TempContext;
  let files: string;
  let eventId: string;
  let recordingId: string;
  let transcript: Transcript;

  beforeAll(async () => {
    env = await tempContext({ recognizers: factory });
    files = tempDir();
    eventId = newInterviewEvent(env);
    const copy = path.join(files, 'interview.wav');
    fs.copyFileSync(SHARED_INTERVIEW_WAV, copy);
    recordingId = await importRecording(env, eventId, copy);
    const current = env.ctx.repos.transcripts.findCurrent(eventId);
    if (!current) throw new Error('no transcript was stored');
    transcript = current;
  });

  afterAll(async () => {
    await env.cleanup();
    fs.rmSync(files, { recursive: true, force: true });
  });

  it('runs import → transcribe → analyse, and stores the transcript as the event’s current one', () => {
    const jobs = env.ctx.recordings.get(recordingId).jobs.map((j) => [j.type, j.status]);
    expect(jobs).toEqual([
      ['import', 'succeeded'],
      ['transcribe', 'succeeded'],
      ['analyse', 'succeeded'],
    ]);
    expect(transcript.recordingId).toBe(recordingId);
    expect(transcript.language).toBe('ja');
  });

  it('says it was made by the fake engine, and how speakers were separated', () => {
    expect(transcript.source).toMatchObject({ kind: 'asr', engine: 'fake', diarization: 'fallback' });
    const notes = transcript.source.kind === 'asr' ? (transcript.source.notes ?? []) : [];
    expect(notes.map((n) => n.en).join(' ')).toMatch(/fake test engine/);
    expect(notes.map((n) => n.en).join(' ')).toMatch(/diarization models .* not installed/);
  });

  it('puts every turn’s text in order, under the right speaker and role', () => {
    expect(transcript.segments.map((s) => s.text).join('')).toBe(turns.map((t) => t.text).join(''));
    const keyOf = new Map<string, string>();
    for (const turn of turns) {
      const middle = (turn.startMs + turn.endMs) / 2;
      const segment = transcript.segments.find((s) => s.startMs <= middle && s.endMs >= middle);
      expect(segment?.text, `turn at ${turn.startMs} ms`).toContain(turn.text.slice(0, 5));
      const known = keyOf.get(turn.speaker);
      if (known) expect(segment?.speaker).toBe(known);
      else keyOf.set(turn.speaker, segment?.speaker ?? '?');
    }
    expect(new Set(keyOf.values()).size).toBe(2);
    const roleOf = (ref: string) => transcript.speakers.find((s) => s.key === keyOf.get(ref))?.role;
    // B (the candidate) talks more: the one-to-one rule takes B as "me".
    expect(roleOf('A')).toBe('interviewer');
    expect(roleOf('B')).toBe('me');
  });

  it('keeps token timing and the speech regions for the analysis', () => {
    const tokens = transcript.segments.flatMap((s) => s.tokens ?? []);
    expect(tokens.length).toBe(turns.reduce((n, t) => n + [...t.text].length, 0));
    expect(transcript.speechRegions.length).toBeGreaterThanOrEqual(turns.length);
    for (const region of transcript.speechRegions) expect(region.endMs).toBeGreaterThan(region.startMs);
  });

  it('clears its checkpoints once the transcript is stored', () => {
    expect(new CheckpointRepository(env.ctx.db).count(recordingId)).toBe(0);
  });

  it('keeps the earlier transcript current until a re-run has finished', async () => {
    let seenDuringRun: string | undefined;
    const rerun = hookedFactory(interviewScript(), {
      before: (_window, count) => {
        if (count === 3) seenDuringRun = env.ctx.repos.transcripts.findCurrent(eventId)?.id;
      },
    });
    const transcriber = new Transcriber({
      repos: env.ctx.repos,
      store: env.ctx.store,
      models: { find: () => null },
      recognizers: rerun,
      checkpoints: new CheckpointRepository(env.ctx.db),
      clock: { now: () => new Date() },
    });
    const next = await transcriber.run(recordingId, { signal: new AbortController().signal, progress: () => {} });
    expect(seenDuringRun).toBe(transcript.id);
    expect(env.ctx.repos.transcripts.findCurrent(eventId)?.id).toBe(next.id);
    expect(env.ctx.repos.transcripts.listForEvent(eventId).map((t) => t.id)).toEqual([transcript.id, next.id]);
  });
});
