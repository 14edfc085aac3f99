import fs from 'node:fs';
import path from 'node:path';
import type { Transcript } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempContext, tempContext, tempDir } from '../support/temp-context';
import { interviewTurns, SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV } from './support/fixtures';
import {
  hookedFactory,
  importRecording,
  interviewScript,
  newInterviewEvent,
  writeTwoChannelInterview,
} from './support/pipeline';

/** The speaker key of the segment spoken in the middle of each reference turn. */
function speakerPerTurn(transcript: Transcript | null): string[] {
  return interviewTurns().map((turn) => {
    const middle = (turn.startMs + turn.endMs) / 2;
    return transcript?.segments.find((s) => s.startMs <= middle && s.endMs >= middle)?.speaker ?? 'none';
  });
}

describe.skipIf(!SHARED_FIXTURES_PRESENT)('who spoke when, through the pipeline', () => {
  let env: TempContext;
  let files: string;
  beforeAll(async () => {
    env = await tempContext({ recognizers: hookedFactory(interviewScript()) });
    files = tempDir();
  });
  afterAll(async () => {
    await env.cleanup();
    fs.rmSync(files, { recursive: true, force: true });
  });

  it('two channels: the microphone is me, the far side the interviewer — exactly, turn by turn', async () => {
    const file = path.join(files, 'online.wav');
    const turns = writeTwoChannelInterview(file);
    const eventId = newInterviewEvent(env);
    await importRecording(env, eventId, file);
    const transcript = env.ctx.repos.transcripts.findCurrent(eventId);
    expect(transcript?.source).toMatchObject({ diarization: 'channels' });
    expect(speakerPerTurn(transcript)).toEqual(turns.map((t) => (t.speaker === 'B' ? 'mic' : 'S1')));
    expect(transcript?.speakers.map(({ key, label, role, guessed }) => ({ key, label, role, guessed }))).toEqual([
      // The channels say who is who: not a guess.
      { key: 'mic', label: '自分', role: 'me', guessed: undefined },
      { key: 'S1', label: '面接官', role: 'interviewer', guessed: undefined },
    ]);
    // Each channel's windows hold only that channel's turns.
    for (const segment of transcript?.segments ?? []) {
      const inside = turns.filter((t) => {
        const middle = (t.startMs + t.endMs) / 2;
        return middle >= segment.startMs && middle < segment.endMs;
      });
      expect(inside.map((t) => t.text).join('')).toBe(segment.text);
      expect(inside.map((t) => (t.speaker === 'B' ? 'mic' : 'S1'))).toEqual(inside.map(() => segment.speaker));
    }
  });

  it('a "stereo" file with the same sound on both sides is one microphone, and says so', async () => {
    const file = path.join(files, 'phone-stereo.wav');
    writeTwoChannelInterview(file, { same: true });
    const eventId = newInterviewEvent(env);
    await importRecording(env, eventId, file);
    const transcript = env.ctx.repos.transcripts.findCurrent(eventId);
    expect(transcript?.source).toMatchObject({ diarization: 'fallback' });
    const notes = transcript?.source.kind === 'asr' ? (transcript.source.notes ?? []) : [];
    expect(notes.some((n) => /same sound/.test(n.en))).toBe(true);
    expect(new Set(speakerPerTurn(transcript)).size).toBe(2);
  });

  it('a mono recording of an event with listed participants is split into that many voices, and says so', async () => {
    const eventId = newInterviewEvent(env);
    env.ctx.library.updateEvent(eventId, { participants: [{ name: '佐藤 一郎', role: '面接官' }] });
    // A copy one sample apart: the same file is imported again by a later test (duplicates are refused).
    const file = path.join(files, 'mono-with-participants.wav');
    const bytes = fs.readFileSync(SHARED_INTERVIEW_WAV);
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
    fs.writeFileSync(file, bytes);
    await importRecording(env, eventId, file);
    const transcript = env.ctx.repos.transcripts.findCurrent(eventId);
    expect(transcript?.source).toMatchObject({ diarization: 'fallback' });
    const notes = transcript?.source.kind === 'asr' ? (transcript.source.notes ?? []) : [];
    expect(notes.map((n) => n.en).join(' ')).toContain('participant count (2); 2 found');
    expect(new Set(speakerPerTurn(transcript)).size).toBe(2);
  });

  it('labels the enrolled voice as me in later recordings, even when the talk-time rule says otherwise', async () => {
    const copy = path.join(files, 'interview.wav');
    fs.copyFileSync(SHARED_INTERVIEW_WAV, copy);
    const firstEvent = newInterviewEvent(env);
    const recordingId = await importRecording(env, firstEvent, copy);
    const turns = interviewTurns();
    const aSpeaker = (t: Transcript | null) => {
      const keys = speakerPerTurn(t);
      const key = keys[turns.findIndex((turn) => turn.speaker === 'A')];
      return t?.speakers.find((s) => s.key === key)?.role;
    };
    expect(aSpeaker(env.ctx.repos.transcripts.findCurrent(firstEvent))).toBe('interviewer');

    // "This is me", marked on speaker A's longest turn (139.5–150.8 s): as if the user were A.
    const summary = await env.ctx.voiceprint.enroll({ recordingId, startMs: 139_535, endMs: 150_775 });
    expect(summary).toMatchObject({ enrolled: true, source: { recordingId, startMs: 139_535, endMs: 150_775 } });
    expect(summary.speechMs).toBeGreaterThan(8_000);

    const secondEvent = newInterviewEvent(env);
    const again = path.join(files, 'interview-again.wav');
    // The same audio with a different byte at the end, so the import does not refuse a duplicate.
    fs.writeFileSync(again, Buffer.concat([fs.readFileSync(copy), Buffer.alloc(2)]));
    await importRecording(env, secondEvent, again);
    const relabelled = env.ctx.repos.transcripts.findCurrent(secondEvent);
    expect(aSpeaker(relabelled)).toBe('me');
    expect(relabelled?.speakers.map((s) => s.role).sort()).toEqual(['interviewer', 'me']);

    expect(env.ctx.voiceprint.remove()).toMatchObject({ enrolled: false });
  });

  it('refuses an enrolment without enough speech in it', async () => {
    const copy = path.join(files, 'interview.wav');
    const recordingId = env.ctx.repos.recordings.list().find((r) => r.originalName === path.basename(copy))?.id;
    await expect(env.ctx.voiceprint.enroll({ recordingId, startMs: 9_700, endMs: 10_400 })).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(env.ctx.voiceprint.enroll({ recordingId, startMs: 'x', endMs: 1 })).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
