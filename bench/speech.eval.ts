/**
 * npm run eval:speech — who-spoke-when on one microphone, without a model (#16): DER and the speaker count
 * found, on the shared two-voice interview and on group discussions of 3–6 voices synthesised here with
 * espeak-ng (see bench/speech/synth-discussion.ts), without and with the event's participant count as a hint.
 * Targets: DER ≤ 0.10 on two voices, ≤ 0.20 on four.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { diarizationErrorRate, speakerCountHint } from '../packages/core/src/index';
import { DEFAULT_SPEECH_SETTINGS } from '../packages/server/src/speech/speech-settings';
import { planTranscription, type SpeakerCountHint } from '../packages/server/src/speech/transcription-plan';
import { locateVadModel } from '../packages/server/src/speech/vad-model';
import { decodeMono } from './speech/decode-pcm';
import { DISCUSSIONS } from './speech/discussions';
import { hasEspeak, type ReferenceTurn, synthesise } from './speech/synth-discussion';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = path.join(ROOT, '../shared/fixtures/audio/interview-ja-synth');
const CACHE = path.join(os.tmpdir(), 'furikaeri-eval-speech');
const noModels = { find: () => null };

interface Case {
  name: string;
  wav: string;
  turns: ReferenceTurn[];
  voices: number;
}

async function score(item: Case, hint: SpeakerCountHint | null): Promise<{ der: number; found: number }> {
  const pcm = await decodeMono(item.wav);
  const plan = await planTranscription({
    stream: Readable.from([pcm]),
    channels: 1,
    durationMs: (pcm.length / 32_000) * 1000,
    vadModelPath: locateVadModel(noModels).path,
    models: noModels,
    settings: { ...DEFAULT_SPEECH_SETTINGS, diarization: 'fallback' },
    voiceprint: null,
    speakerCount: hint,
    signal: new AbortController().signal,
    onProgress: () => {},
  });
  const hypothesis = plan.windows.map((w) => ({ speaker: w.speaker, startMs: w.startMs, endMs: w.endMs }));
  return { der: diarizationErrorRate(item.turns, hypothesis, { collarMs: 250 }).der, found: plan.speakers.length };
}

function sharedInterview(): Case | null {
  const json = path.join(SHARED, 'interview_public.json');
  if (!fs.existsSync(json)) return null;
  const data = JSON.parse(fs.readFileSync(json, 'utf8')) as {
    turns: { speaker: string; start: number; end: number }[];
  };
  const turns = data.turns.map((t) => ({ speaker: t.speaker, startMs: t.start * 1000, endMs: t.end * 1000 }));
  return { name: 'shared interview (2 voices)', wav: path.join(SHARED, 'interview_public.wav'), turns, voices: 2 };
}

async function main(): Promise<void> {
  console.log(`furikaeri eval:speech — model-free diarization, DER with a 250 ms collar`);
  const cases: Case[] = [];
  const shared = sharedInterview();
  if (shared) cases.push(shared);
  else console.log('skipped: the shared interview (../shared is not beside the repository)');
  if (hasEspeak()) {
    for (const discussion of DISCUSSIONS) {
      const made = synthesise(discussion, CACHE);
      cases.push({ name: discussion.name, ...made, voices: discussion.voices.length });
    }
  } else {
    console.log('skipped: synthesised discussions (espeak-ng is not installed: apt-get install espeak-ng sox)');
  }
  console.log('case                          voices | no hint: DER  found | hint (participants): DER  found');
  const totals = { none: [] as number[], hinted: [] as number[] };
  for (const item of cases) {
    const none = await score(item, null);
    // As the event form gives it: the others by name, the user not listed.
    const others = Array.from({ length: item.voices - 1 }, (_, i) => ({ name: `参加者${i + 1}`, role: '' }));
    const hinted = await score(item, speakerCountHint(others));
    totals.none.push(none.der);
    totals.hinted.push(hinted.der);
    console.log(
      `${item.name.padEnd(30)}${String(item.voices).padStart(6)} | ${(none.der * 100).toFixed(1).padStart(11)} %` +
        `${String(none.found).padStart(6)} | ${(hinted.der * 100).toFixed(1).padStart(21)} %${String(hinted.found).padStart(6)}`,
    );
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  console.log(
    `mean DER: no hint ${(mean(totals.none) * 100).toFixed(1)} %, with the participant count ${(mean(totals.hinted) * 100).toFixed(1)} %`,
  );
  console.log('(hint: the event lists the N−1 other participants; speakerCountHint adds the user)');
}

await main();
