import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventDetail, Recording } from '@furikaeri/core';
import { wavHeader } from '../../packages/server/src/media/wav-header';
import { align, correlationAt, type Signal } from './pcm-correlation';
import { storedAudio } from './recorder-browser';

interface Server {
  url: string;
  token: string;
}

async function getJson<T>(server: Server, path: string): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${server.token}` } });
  if (!response.ok) throw new Error(`GET ${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Recordings the recorder made for an event, oldest first. */
export async function recorderRecordings(server: Server, eventId: string): Promise<Recording[]> {
  const detail = await getJson<EventDetail>(server, `/events/${eventId}`);
  return detail.recordings.filter((recording) => recording.source === 'recorder');
}

/** Waits for the `count`-th recorder recording of the event and for its import to finish. */
export async function nthRecording(server: Server, eventId: string, count: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const recording = (await recorderRecordings(server, eventId))[count - 1];
    if (recording?.status === 'ready') return { recording, audio: await storedAudio(server, recording.id) };
    if (recording && recording.status !== 'importing')
      throw new Error(`recording ${recording.id} ended ${recording.status}`);
    if (Date.now() > deadline) throw new Error(`no recording #${count} for ${eventId} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function durationMs(signal: Signal): number {
  return (signal.samples.length / signal.sampleRate) * 1000;
}

/** One half-second block of the recording (the recorder's chunk size), where it lines up with the fixture. */
export interface Block {
  /** Where the block starts in the recording, in seconds. */
  startsAt: number;
  /** Correlation with the fixture at the best offset near the one before. */
  correlation: number;
  /** How far that offset is from the recording's start offset, in ms (capture jitter moves it a little). */
  driftMs: number;
}

export interface Continuity {
  /** Where in the fixture the recording starts, in samples. */
  offset: number;
  /** Every block with speech in it (pauses are near digital silence in the synthetic fixture). */
  blocks: Block[];
  /** Blocks that lined up only quarter by quarter: a glitch of the capture itself inside them. */
  glitches: number;
  /** Why the recording is not continuous, or null. */
  problem: string | null;
}

const BLOCK_SECONDS = 0.5;
/**
 * Chromium's fake microphone under load sometimes repeats or skips one 10-ms buffer: the audio then lines up
 * 10 ms further on. A lost or doubled chunk moves it by a whole chunk (500 ms), far beyond this.
 */
const JITTER_SECONDS = 0.04;
const FITS = 0.8;

/**
 * Whether a recording of the looping fixture lost or doubled nothing: block by block, each lines up with the
 * fixture within a few ms of where the block before it did. A gap or a repeated chunk moves everything after it
 * by a chunk, and from there nothing lines up near.
 */
export function continuity(recorded: Signal, fixture: Signal): Continuity {
  const rate = recorded.sampleRate;
  const head = align(recorded.samples.subarray(0, 3 * rate), fixture.samples, rate, 3);
  const size = Math.round(BLOCK_SECONDS * rate);
  const search = { recorded: recorded.samples, fixture: fixture.samples, jitter: Math.round(JITTER_SECONDS * rate) };
  const blocks: Block[] = [];
  let lag = head.offset;
  let glitches = 0;
  let problem: string | null = null;
  for (let from = 0; from + size <= recorded.samples.length; from += size) {
    const reference = fixture.samples.subarray(from + lag, from + lag + size);
    // The fake microphone loops the fixture: past its end there is nothing whole to compare with.
    if (reference.length < size) continue;
    if (rms(reference) < 0.01) continue;
    let found = bestLagNear(search, from, size, lag);
    if (found.correlation < FITS) {
      // A glitch inside the block spoils the block as a whole but not its quarters, each near the one before.
      const quarters = lineUpQuarters(search, from, size, lag);
      if (quarters) {
        glitches += 1;
        found = quarters;
      } else problem ??= `nothing lines up at ${(from / rate).toFixed(1)} s: audio lost or doubled`;
    }
    if (found.correlation >= FITS) lag = found.lag;
    blocks.push({
      startsAt: from / rate,
      correlation: found.correlation,
      driftMs: ((found.lag - head.offset) / rate) * 1000,
    });
  }
  if (blocks.length === 0) problem = 'no block with speech to compare';
  return { offset: head.offset, blocks, glitches, problem };
}

interface Search {
  recorded: Float32Array;
  fixture: Float32Array;
  jitter: number;
}

/** The block's quarters, each within the jitter of the one before; null when more than one does not fit. */
function lineUpQuarters(search: Search, from: number, size: number, lag: number) {
  const quarter = Math.floor(size / 4);
  let misses = 0;
  let current = { lag, correlation: 1 };
  for (let index = 0; index < 4; index += 1) {
    const found = bestLagNear(search, from + index * quarter, quarter, current.lag);
    if (found.correlation < FITS) misses += 1;
    else current = found;
  }
  // The quarter the glitch falls in matches nowhere well; the others say where the audio went on.
  return misses <= 1 && current.correlation >= FITS ? current : null;
}

function bestLagNear(search: Search, from: number, size: number, expected: number) {
  const { recorded, fixture, jitter } = search;
  let best = { lag: expected, correlation: correlationAt(recorded, fixture, expected, from, size) };
  // Nearly every block lines up exactly where the one before did: search only when it does not.
  if (best.correlation >= 0.95) return best;
  for (let lag = expected - jitter; lag <= expected + jitter; lag += 1) {
    const correlation = correlationAt(recorded, fixture, lag, from, size);
    if (correlation > best.correlation) best = { lag, correlation };
  }
  return best;
}

function rms(samples: Float32Array): number {
  return Math.sqrt(samples.reduce((sum, value) => sum + value * value, 0) / Math.max(1, samples.length));
}

/**
 * Keeps a recording that failed the continuity check (test-results/ is gitignored) and prints every window, so a
 * failure seen once in CI can be told apart: a shifted window after a lost or doubled chunk, or a misaligned start.
 */
export function keepForDiagnosis(label: string, recorded: Signal, found: Continuity): void {
  const folder = fileURLToPath(new URL('../../test-results/recorder-diagnosis/', import.meta.url));
  fs.mkdirSync(folder, { recursive: true });
  const pcm = Buffer.alloc(recorded.samples.length * 2);
  recorded.samples.forEach((value, index) => {
    pcm.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(value * 32768))), index * 2);
  });
  fs.writeFileSync(
    path.join(folder, `${label}.wav`),
    Buffer.concat([wavHeader({ sampleRate: recorded.sampleRate, channels: 1, bytes: pcm.length }), pcm]),
  );
  console.warn(`[recorder continuity] ${label}: offset ${found.offset} samples; ${describeBlocks(found)}`);
}

/** For the report: every block's correlation and drift, so a glitch is told apart from audio lost after a point. */
export function describeBlocks(found: Continuity): string {
  const blocks = found.blocks.map(
    (block) => `${block.startsAt.toFixed(1)} s ${block.correlation.toFixed(3)}@${block.driftMs.toFixed(0)}ms`,
  );
  return `${found.glitches} capture glitch(es); ${found.problem ?? 'continuous'}; blocks ${blocks.join(', ')}`;
}
