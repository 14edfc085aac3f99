/**
 * npm run bench:analysis — figures for the analysis issue:
 *   1. kuromoji warm-up (once per process) and the memory it takes; the question-category model's training in its
 *      worker thread (and the main thread's longest stall meanwhile) against the same training on the main thread;
 *   2. analysis of a generated one-hour interview transcript (≈15,000 characters) after warm-up:
 *      tokenising + the pure analysis, median of 5 (target < 1 s);
 *   3. F0 extraction (YIN) over 30 minutes of "my" speech streamed from PCM, as the analyse job does with audio.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyseTranscript,
  countSpokenCharacters,
  type TranscriptContent,
  type TranscriptSegment,
  tokenizeSegments,
  trainBuiltInCategoryModel,
} from '@furikaeri/core';
import { CategoryModelThread } from '../packages/server/src/analysis/category-model-thread';
import { extractPitch } from '../packages/server/src/analysis/pitch-extractor';
import { KuromojiHost } from '../packages/server/src/morphology/kuromoji-host';
import { repeatedVoiceSource } from './speech/voice-minute';

const FIXTURES = fileURLToPath(new URL('../packages/core/test/fixtures/interviews/', import.meta.url));
const MB = 1024 * 1024;
const memory = () => {
  const usage = process.memoryUsage();
  return `RSS ${(usage.rss / MB).toFixed(0)} MB, heap ${(usage.heapUsed / MB).toFixed(0)} MB`;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** An hour-long interview stitched from the fixtures' one-to-one interviews, repeated with fresh times. */
function hourLongInterview(targetChars: number): TranscriptContent {
  const sources = fs
    .readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json') && !name.includes('06-') && !name.includes('08-'))
    .map((name) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as { transcript?: TranscriptContent })
    .flatMap((fixture) => (fixture.transcript && fixture.transcript.speakers.length === 2 ? [fixture.transcript] : []));
  const segments: TranscriptSegment[] = [];
  let offset = 0;
  let chars = 0;
  for (let round = 0; chars < targetChars; round += 1) {
    const source = sources[round % sources.length];
    if (!source) break;
    const roles = new Map(source.speakers.map((speaker) => [speaker.key, speaker.role]));
    const base = source.segments[0]?.startMs ?? 0;
    for (const segment of source.segments) {
      segments.push({
        ...segment,
        id: `seg-${segments.length + 1}`,
        speaker: roles.get(segment.speaker) === 'me' ? 'M' : 'I',
        startMs: segment.startMs - base + offset,
        endMs: segment.endMs - base + offset,
      });
      chars += countSpokenCharacters(segment.text);
    }
    offset = (segments[segments.length - 1]?.endMs ?? offset) + 2_000;
  }
  return {
    language: 'ja',
    source: { kind: 'asr', engine: 'bench', model: 'fixtures', diarization: 'channels' },
    speakers: [
      { key: 'I', label: '面接官', role: 'interviewer' },
      { key: 'M', label: '自分', role: 'me' },
    ],
    segments,
    speechRegions: segments.map((segment) => ({ startMs: segment.startMs, endMs: segment.endMs })),
  };
}

console.log(`start: ${memory()}`);
const host = new KuromojiHost();
const warmStarted = performance.now();
const workerMs = await host.warmUp();
console.log(
  `1. kuromoji warm-up: ${(performance.now() - warmStarted).toFixed(0)} ms (dictionary load in the worker ${workerMs.toFixed(0)} ms); after: ${memory()}`,
);

// The main thread's longest stall while the model trains in its worker: what a page or an event stream waits at worst.
let longestStallMs = 0;
let lastTick = performance.now();
const ticker = setInterval(() => {
  const now = performance.now();
  longestStallMs = Math.max(longestStallMs, now - lastTick - 10);
  lastTick = now;
}, 10);
const modelStarted = performance.now();
await new CategoryModelThread().ready();
const modelInWorkerMs = performance.now() - modelStarted;
clearInterval(ticker);
const inlineStarted = performance.now();
trainBuiltInCategoryModel();
console.log(
  `   category model: ready from its worker thread in ${modelInWorkerMs.toFixed(0)} ms, the main thread's longest stall meanwhile ${longestStallMs.toFixed(0)} ms; the same training on the main thread ${(performance.now() - inlineStarted).toFixed(0)} ms (how long the first analysis held every request before)`,
);

const transcript = hourLongInterview(15_000);
const chars = transcript.segments.reduce((sum, segment) => sum + countSpokenCharacters(segment.text), 0);
const minutes = ((transcript.segments[transcript.segments.length - 1]?.endMs ?? 0) / 60_000).toFixed(0);
console.log(`2. transcript: ${transcript.segments.length} segments, ${chars} spoken characters, ${minutes} minutes`);
const tokenizeMs: number[] = [];
const analyseMs: number[] = [];
let questions = 0;
let reportBytes = 0;
for (let run = 0; run < 5; run += 1) {
  const started = performance.now();
  const morphemes = await tokenizeSegments(transcript.segments, host);
  const tokenized = performance.now();
  const report = analyseTranscript({
    transcript,
    morphemes,
    eventType: 'interview',
    generatedAt: new Date().toISOString(),
  });
  analyseMs.push(performance.now() - tokenized);
  tokenizeMs.push(tokenized - started);
  questions = report.questions.length;
  reportBytes = JSON.stringify(report).length;
}
const total = median(tokenizeMs.map((ms, index) => ms + (analyseMs[index] ?? 0)));
console.log(
  `   tokenise (worker round trip) median ${median(tokenizeMs).toFixed(0)} ms; analysis median ${median(analyseMs).toFixed(0)} ms; total median ${total.toFixed(0)} ms — target < 1000 ms: ${total < 1000 ? 'ok' : 'MISS'}`,
);
console.log(`   ${questions} questions; report JSON ${(reportBytes / 1024).toFixed(0)} KiB; ${memory()}`);

const speechMinutes = 30;
const source = repeatedVoiceSource();
const ranges = Array.from({ length: speechMinutes * 2 }, (_, index) => ({
  startMs: index * 60_000,
  endMs: index * 60_000 + 30_000,
}));
const pitchStarted = performance.now();
const tracks = await extractPitch(source, ranges);
const pitchMs = performance.now() - pitchStarted;
const frames = tracks.reduce((sum, track) => sum + track.hz.length, 0);
console.log(
  `3. F0 over ${speechMinutes} min of my speech (stereo PCM, channel 0): ${(pitchMs / 1000).toFixed(1)} s (${((pitchMs / (speechMinutes * 60_000)) * 100).toFixed(2)} % of real time), ${frames} frames; ${memory()}`,
);
await host.close();
