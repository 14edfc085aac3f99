import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCUSSIONS } from '../../../../bench/speech/discussions';
import {
  hasEspeak,
  type ReferenceTurn,
  type SynthDiscussion,
  synthesise,
} from '../../../../bench/speech/synth-discussion';
import { type TempContext, tempContext, tempDir } from '../support/temp-context';
import { importRecording } from './support/pipeline';

/** Timestamps as WebVTT writes them. */
const stamp = (ms: number) => {
  const total = Math.round(ms);
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total / 60_000) % 60);
  const s = Math.floor((total / 1000) % 60);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(total % 1000, 3)}`;
};

/** A Teams-like VTT of the recording: each reference turn as a cue of "Speaker N" (P1 → Speaker 1). */
function vttOf(turns: readonly ReferenceTurn[]): string {
  const cues = turns.map(
    (turn, index) =>
      `${index + 1}\n${stamp(turn.startMs)} --> ${stamp(turn.endMs)}\n<v Speaker ${turn.speaker.slice(1)}>発言${index + 1}です。私はこう考えます。</v>`,
  );
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/**
 * Issue #18: a transcript imported for a group event's recording; the user's enrolled voice picks which of the
 * four speakers is them. The discussion is synthesised with espeak-ng (bench/speech, the diarization eval's
 * voices: P1 and P3 are two low male voices, deliberately close); the user enrols with other sentences.
 */
describe.skipIf(!hasEspeak())('the user speaker of an imported group transcript, by voice (needs espeak-ng)', () => {
  let env: TempContext;
  let files: string;
  const discussion: SynthDiscussion = DISCUSSIONS[0] ?? { name: 'none', voices: [], turns: 0, seed: 0 };

  beforeAll(async () => {
    env = await tempContext();
    files = tempDir();
  });
  afterAll(async () => {
    await env.cleanup();
    fs.rmSync(files, { recursive: true, force: true });
  });

  let companies = 0;
  const groupEvent = () => {
    companies += 1;
    const company = env.ctx.library.createCompany({ name: `株式会社こえ${companies}` });
    return env.ctx.library.createEvent({ companyId: company.id, type: 'group_discussion' }).id;
  };

  /** Enrols voice `index` of the discussion from a recording of that voice alone, saying other lines. */
  async function enrol(index: number): Promise<void> {
    const voice = discussion.voices[index];
    if (!voice) throw new Error('no such voice');
    const alone = synthesise({ name: `enrol-${index}`, voices: [voice], turns: 5, seed: 97 }, files);
    const recordingId = await importRecording(env, groupEvent(), alone.wav);
    const last = alone.turns.at(-1)?.endMs ?? 0;
    await env.ctx.voiceprint.enroll({ recordingId, startMs: 0, endMs: Math.ceil(last) });
  }

  async function importDiscussion(): Promise<string[]> {
    const made = synthesise({ ...discussion, turns: 16 }, files);
    const eventId = groupEvent();
    // A copy per event: the same bytes twice are refused as a duplicate recording.
    const copy = path.join(files, `discussion-${eventId}.wav`);
    fs.writeFileSync(copy, Buffer.concat([fs.readFileSync(made.wav), Buffer.alloc(2 * companies)]));
    const recordingId = await importRecording(env, eventId, copy);
    await env.ctx.transcriptImports.importFile({
      eventId,
      fileName: 'teams.vtt',
      bytes: new TextEncoder().encode(vttOf(made.turns)),
      recordingId,
    });
    await env.ctx.worker.drain();
    const transcript = env.ctx.repos.transcripts.findCurrent(eventId);
    return (transcript?.speakers ?? []).filter((s) => s.role === 'me').map((s) => `${s.label}:${s.evidence?.[0]?.en}`);
  }

  it('finds the enrolled voice among four, for each of them as the user', async () => {
    for (const index of [0, 2, 1, 3]) {
      await enrol(index);
      expect(await importDiscussion()).toEqual([`Speaker ${index + 1}:matches your enrolled voice`]);
    }
  }, 300_000);

  it('guesses nobody without an enrolled voice', async () => {
    env.ctx.voiceprint.remove();
    expect(await importDiscussion()).toEqual([]);
  }, 120_000);
});
