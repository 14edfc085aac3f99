/**
 * npm run bench:speech — the speech pipeline's own cost against its floor, on one hour (#16):
 *   1. F0 of a one-hour two-channel recording in which I speak half the time (30 min of ranges on
 *      channel 0), against the floor of reading and decimating the same PCM. Target < 2 s.
 *   2. The first pass on a 60-minute mono file (the shared interview repeated): decode + VAD alone (the
 *      floor) against decode + VAD + voice vectors + model-free diarization. Target ≤ 1.2× the floor.
 * Medians of 3 (the first pass: floor and pipeline alternated, with each round's ratio, the min and median, and
 * the CPU time of both); every figure from this run, on this machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { extractPitch } from '../packages/server/src/analysis/pitch-extractor';
import { readPcmBlocks } from '../packages/server/src/speech/pcm-channels';
import { StreamingVad } from '../packages/server/src/speech/silero-vad';
import { DEFAULT_SPEECH_SETTINGS } from '../packages/server/src/speech/speech-settings';
import { planTranscription } from '../packages/server/src/speech/transcription-plan';
import { locateVadModel } from '../packages/server/src/speech/vad-model';
import { decodeMono } from './speech/decode-pcm';
import { repeatedVoiceSource } from './speech/voice-minute';

const RATE = 16_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED_WAV = path.join(ROOT, '../shared/fixtures/audio/interview-ja-synth/interview_public.wav');
const noModels = { find: () => null };

async function median(runs: number, task: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

async function pitchFigures(): Promise<void> {
  const source = repeatedVoiceSource();
  // I speak 30 s of every minute: 30 minutes of ranges over the hour.
  const ranges = Array.from({ length: 60 }, (_, i) => ({ startMs: i * 60_000, endMs: i * 60_000 + 30_000 }));
  const floor = await median(3, async () => {
    let sum = 0;
    for (const range of ranges) {
      const start = Math.floor((range.startMs * RATE) / 1000) * 4;
      const end = Math.floor((range.endMs * RATE) / 1000) * 4 - 1;
      for await (const chunk of source.read({ start, end })) {
        const view = new Int16Array(chunk.buffer, chunk.byteOffset, chunk.length >> 1);
        for (let i = 0; i < view.length; i += 2) sum += view[i] ?? 0;
      }
    }
    if (sum === Number.MAX_SAFE_INTEGER) console.log('');
  });
  let frames = 0;
  const pitch = await median(3, async () => {
    const tracks = await extractPitch(source, ranges);
    frames = tracks.reduce((total, track) => total + track.hz.length, 0);
  });
  console.log(
    `1. F0 of a 1-hour recording (30 min of my speech, stereo): ${(pitch / 1000).toFixed(2)} s for ${frames} frames ` +
      `(target < 2 s); floor (read + walk the same PCM) ${(floor / 1000).toFixed(2)} s`,
  );
}

/** The shared interview repeated to an hour, as one WAV in the temp folder. */
function hourLongWav(): string {
  const file = path.join(os.tmpdir(), 'furikaeri-bench-hour.wav');
  if (fs.existsSync(file)) return file;
  const wav = fs.readFileSync(SHARED_WAV);
  const pcm = wav.subarray(44);
  const copies = Math.ceil(3_600 / (pcm.length / 2 / RATE));
  const header = Buffer.from(wav.subarray(0, 44));
  header.writeUInt32LE(36 + pcm.length * copies, 4);
  header.writeUInt32LE(pcm.length * copies, 40);
  fs.writeFileSync(file, Buffer.concat([header, ...Array.from({ length: copies }, () => pcm)]));
  return file;
}

async function firstPassFigures(): Promise<void> {
  if (!fs.existsSync(SHARED_WAV)) {
    console.log(`2. skipped: ${SHARED_WAV} is absent (../shared not beside the repository)`);
    return;
  }
  const file = hourLongWav();
  const vadModelPath = locateVadModel(noModels).path;
  const floorRun = async () => {
    const pcm = await decodeMono(file);
    const vad = new StreamingVad(vadModelPath);
    for await (const block of readPcmBlocks(Readable.from([pcm]), 1, new AbortController().signal)) {
      vad.accept(block.channels[0] ?? new Float32Array(0));
    }
    vad.finish();
  };
  let speakers = 0;
  const fullRun = async () => {
    const pcm = await decodeMono(file);
    const plan = await planTranscription({
      stream: Readable.from([pcm]),
      channels: 1,
      durationMs: (pcm.length / 32_000) * 1000,
      vadModelPath,
      models: noModels,
      settings: { ...DEFAULT_SPEECH_SETTINGS, diarization: 'fallback' },
      voiceprint: null,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    speakers = plan.speakers.length;
  };
  // Alternated, so that a change of load on the machine hits both alike; each round's ratio compares a
  // pipeline run with the floor run just before it. CPU time (this process, all threads; ffmpeg is a child
  // process and the same in both) shows the cost apart from how busy the machine was.
  const rounds: { floor: Timed; full: Timed }[] = [];
  for (let round = 0; round < FIRST_PASS_ROUNDS; round++) {
    rounds.push({ floor: await timed(floorRun), full: await timed(fullRun) });
  }
  const ratios = rounds.map((r) => r.full.wallMs / r.floor.wallMs).sort((a, b) => a - b);
  const middle = <T>(values: T[]) => values[Math.floor(values.length / 2)] as T;
  const floor = middle(rounds.map((r) => r.floor).sort((a, b) => a.wallMs - b.wallMs));
  const full = middle(rounds.map((r) => r.full).sort((a, b) => a.wallMs - b.wallMs));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `2. first pass of a 60-min mono file: decode + VAD (floor) ${seconds(floor.wallMs)}; ` +
      `+ voice vectors + diarization ${seconds(full.wallMs)} (medians of ${FIRST_PASS_ROUNDS}) → ` +
      `${(full.wallMs / floor.wallMs).toFixed(2)}× the floor (target ≤ 1.2×); ${speakers} speakers\n` +
      `   per round ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')} (min ${(ratios[0] ?? 0).toFixed(2)}×, ` +
      `median ${middle(ratios).toFixed(2)}×); CPU floor ${seconds(floor.cpuMs)}, pipeline ${seconds(full.cpuMs)} ` +
      `(${(full.cpuMs / floor.cpuMs).toFixed(2)}×)`,
  );
}

const FIRST_PASS_ROUNDS = 3;

interface Timed {
  wallMs: number;
  cpuMs: number;
}

async function timed(task: () => Promise<void>): Promise<Timed> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await task();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

console.log(`furikaeri bench:speech — ${os.cpus().length} cores, Node ${process.version}`);
await pitchFigures();
await firstPassFigures();
