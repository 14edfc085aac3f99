/**
 * npm run bench:pipeline — the speech pipeline without a recogniser:
 *   1. real-time factor of decode (ffmpeg) + VAD + model-free diarization on the shared 163 s interview
 *      (target ≤ 0.02 on the 2-core build machine), with the VAD and DER figures on that fixture;
 *   2. import + transcription (fake recogniser) of a generated 2-hour recording: time and peak RSS of the
 *      process tree, per phase.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { diarizationErrorRate } from '../packages/core/src/index';
import { scanRecording } from '../packages/server/src/speech/speech-scan';
import { DEFAULT_SPEECH_SETTINGS } from '../packages/server/src/speech/speech-settings';
import { planTranscription } from '../packages/server/src/speech/transcription-plan';
import { locateVadModel } from '../packages/server/src/speech/vad-model';
import { twoHourRun, twoHourSpeech } from './pipeline-two-hours';
import { decodeMono } from './speech/decode-pcm';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = path.join(ROOT, '../shared/fixtures/audio/interview-ja-synth');
const WAV = path.join(SHARED, 'interview_public.wav');
const MB = 1024 * 1024;
const noModels = { find: () => null };

interface Turn {
  speaker: string;
  startMs: number;
  endMs: number;
}

function referenceTurns(): Turn[] {
  const json = JSON.parse(fs.readFileSync(path.join(SHARED, 'interview_public.json'), 'utf8')) as {
    turns: { speaker: string; start: number; end: number }[];
  };
  return json.turns.map((t) => ({ speaker: t.speaker, startMs: t.start * 1000, endMs: t.end * 1000 }));
}

async function fixtureFigures(): Promise<void> {
  const audioSeconds = 163.35;
  const runs: { decode: number; plan: number }[] = [];
  let plan: Awaited<ReturnType<typeof planTranscription>> | null = null;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const pcm = await decodeMono(WAV);
    const t1 = performance.now();
    plan = await planTranscription({
      stream: Readable.from([pcm]),
      channels: 1,
      durationMs: audioSeconds * 1000,
      vadModelPath: locateVadModel(noModels).path,
      models: noModels,
      settings: { ...DEFAULT_SPEECH_SETTINGS, diarization: 'fallback' },
      voiceprint: null,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    runs.push({ decode: (t1 - t0) / 1000, plan: (performance.now() - t1) / 1000 });
  }
  const best = runs.sort((a, b) => a.decode + a.plan - (b.decode + b.plan))[Math.floor(runs.length / 2)];
  if (!best || !plan) return;
  const total = best.decode + best.plan;
  console.log(
    `163 s interview: decode ${best.decode.toFixed(2)} s + VAD/voices/diarization ${best.plan.toFixed(2)} s = ` +
      `${total.toFixed(2)} s → RTF ${(total / audioSeconds).toFixed(4)} (target ≤ 0.02; median of 3)`,
  );
  const turns = referenceTurns();
  const hypothesis = plan.windows.map((w) => ({ speaker: w.speaker, startMs: w.startMs, endMs: w.endMs }));
  for (const collarMs of [250, 0]) {
    const der = diarizationErrorRate(turns, hypothesis, { collarMs });
    console.log(
      `  model-free diarization, collar ${collarMs} ms: DER ${(der.der * 100).toFixed(2)} % ` +
        `(missed ${(der.missedMs / 1000).toFixed(2)} s, false alarm ${(der.falseAlarmMs / 1000).toFixed(2)} s, ` +
        `confusion ${(der.confusionMs / 1000).toFixed(2)} s of ${(der.scoredMs / 1000).toFixed(1)} s; ` +
        `${plan.speakers.length} speakers found)`,
    );
  }
  await vadFigures(turns);
}

/** How the detector's raw edges and the padded regions sit against the reference turns. */
async function vadFigures(turns: Turn[]): Promise<void> {
  const scan = await scanRecording({
    stream: Readable.from([await decodeMono(WAV)]),
    channels: 1,
    vadModelPath: locateVadModel(noModels).path,
    signal: new AbortController().signal,
  });
  const edges = (regions: { startMs: number; endMs: number }[]) => {
    const lead: number[] = [];
    const trail: number[] = [];
    for (const turn of turns) {
      const inside = regions.filter((r) => r.endMs > turn.startMs && r.startMs < turn.endMs);
      const first = inside[0];
      const last = inside.at(-1);
      if (first && last) {
        lead.push(first.startMs - turn.startMs);
        trail.push(turn.endMs - last.endMs);
      }
    }
    const range = (v: number[]) => `${(Math.min(...v) / 1000).toFixed(2)}…${(Math.max(...v) / 1000).toFixed(2)} s`;
    return `${lead.length}/${turns.length} turns found; start − ref start ${range(lead)}, ref end − end ${range(trail)}`;
  };
  console.log(`  VAD raw segments (${scan.segments.length}): ${edges(scan.segments)}`);
  const { padAndMerge, SPEECH_PAD_MS } = await import('../packages/core/src/index');
  const padded = padAndMerge(scan.segments, SPEECH_PAD_MS, scan.durationMs);
  const inSilence = turns.slice(1).filter((turn, i) => {
    const before = turns[i];
    return before && padded.some((r) => r.endMs > before.endMs + 300 && r.startMs < turn.startMs - 300);
  }).length;
  console.log(
    `  speech regions, padded ${SPEECH_PAD_MS} ms (${padded.length}): ${edges(padded)}; ` +
      `silences between turns with speech found in them (±0.3 s): ${inSilence}/${turns.length - 1}`,
  );
}

async function main(): Promise<void> {
  console.log(`furikaeri bench:pipeline — ${os.cpus().length} cores, Node ${process.version}`);
  if (!fs.existsSync(WAV)) {
    console.log(`skipped: ${WAV} is absent (../shared not beside the repo)`);
    return;
  }
  await fixtureFigures();
  const long = twoHourSpeech();
  console.log(`2-hour recording (${(fs.statSync(long).size / MB).toFixed(0)} MB m4a), fake recogniser, process tree:`);
  await twoHourRun(long);
}

await main();
