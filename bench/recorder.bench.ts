/**
 * npm run bench:recorder — figures for the recorder issue, against `furikaeri serve` in its own process:
 *   1. chunk acknowledgement latency (p50/p99/max) over a 10-minute recording sent as the page sends it
 *      (0.5-s chunks of 16 kHz PCM, one at a time; each acknowledged only after fsync), mono and stereo;
 *   2. the server's RSS over a 3-hour two-channel recording sent as fast as it is acknowledged, then the
 *      time and peak memory of saving it (stop) and of importing it (node + ffmpeg).
 *   3. the page's JavaScript heap over a real-time recording in Chromium (`BENCH_RECORDER_PAGE_MINUTES`, 2).
 * Figures only, no pass/fail. `BENCH_RECORDER_HOURS=0.5` shortens part 2.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LiveSessionView, LiveStopResult, Recording } from '@furikaeri/core';
import { samplePeakRss, treeRssBytes } from './process-tree-rss';
import { pageHeapDuringRecording } from './recorder-page-memory';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'packages/cli/bin/furikaeri.mjs');
const MB = 1024 * 1024;
const RATE = 16_000;
const CHUNK_SECONDS = 0.5;
const HOURS = Number(process.env.BENCH_RECORDER_HOURS ?? 3);
const PAGE_MINUTES = Number(process.env.BENCH_RECORDER_PAGE_MINUTES ?? 2);

interface Server {
  child: ChildProcess;
  url: string;
  token: string;
  home: string;
}

async function startServer(): Promise<Server> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-bench-recorder-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--no-open', '--json'], {
    env: { ...process.env, FURIKAERI_HOME: home, FURIKAERI_PASSPHRASE: 'bench passphrase 2026' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // `--json` pretty-prints one object; it is complete once it parses.
  const { url, loginUrl } = await new Promise<{ url: string; loginUrl: string }>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      try {
        resolve(JSON.parse(output) as { url: string; loginUrl: string });
      } catch {
        // Not all of it yet.
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code})`)));
  });
  return { child, url, token: new URL(loginUrl).searchParams.get('token') ?? '', home };
}

async function call<T>(server: Server, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}/api${route}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Half a second of a quiet tone with a little noise, interleaved for `channels`. */
function chunkBytes(channels: 1 | 2): Uint8Array {
  const frames = RATE * CHUNK_SECONDS;
  const bytes = Buffer.alloc(frames * channels * 2);
  for (let frame = 0; frame < frames; frame += 1) {
    for (let channel = 0; channel < channels; channel += 1) {
      const tone = Math.sin((2 * Math.PI * (220 + channel * 110) * frame) / RATE) * 6_000;
      bytes.writeInt16LE(Math.round(tone + (Math.random() - 0.5) * 400), (frame * channels + channel) * 2);
    }
  }
  return new Uint8Array(bytes);
}

async function putChunk(server: Server, sessionId: string, seq: number, body: Uint8Array): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/live-sessions/${sessionId}/chunks/${seq}`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${server.token}`,
      'content-type': 'application/octet-stream',
      // Every chunk has the same length here: chunk n starts n lengths into the session's audio.
      'x-chunk-offset': String(seq * body.byteLength),
    },
    body,
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`chunk ${seq} → ${response.status}`);
  return performance.now() - started;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

async function startSession(server: Server, eventId: string, channels: 1 | 2): Promise<LiveSessionView> {
  const mode = channels === 2 ? 'online' : 'in_person';
  return call<LiveSessionView>(server, 'POST', `/events/${eventId}/live-sessions`, {
    mode,
    sampleRate: RATE,
    channels,
  });
}

async function waitReady(server: Server, recordingId: string): Promise<void> {
  for (;;) {
    const recording = await call<Recording>(server, 'GET', `/recordings/${recordingId}`);
    if (recording.status === 'ready') return;
    if (recording.status !== 'importing') throw new Error(`import ended ${recording.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function latencyRun(server: Server, eventId: string, channels: 1 | 2): Promise<void> {
  const session = await startSession(server, eventId, channels);
  const body = chunkBytes(channels);
  const chunks = (10 * 60) / CHUNK_SECONDS;
  const latencies: number[] = [];
  for (let seq = 0; seq < chunks; seq += 1) latencies.push(await putChunk(server, session.id, seq, body));
  latencies.sort((a, b) => a - b);
  const started = performance.now();
  await call<LiveStopResult>(server, 'POST', `/live-sessions/${session.id}/stop`, { reason: 'user' });
  const stopMs = performance.now() - started;
  console.log(
    `  ${channels === 2 ? 'stereo (online)' : 'mono (in person)'}: ${chunks} chunks of ${CHUNK_SECONDS * 1000} ms — ` +
      `ack p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, ` +
      `max ${(latencies.at(-1) ?? 0).toFixed(1)} ms; stop (save 10 min) ${stopMs.toFixed(0)} ms`,
  );
}

async function longRun(server: Server, eventId: string): Promise<void> {
  const pid = server.child.pid as number;
  const session = await startSession(server, eventId, 2);
  const body = chunkBytes(2);
  const chunks = Math.round((HOURS * 3600) / CHUNK_SECONDS);
  const perHalfHour = 1800 / CHUNK_SECONDS;
  const baseline = treeRssBytes(pid);
  const during = samplePeakRss(pid, 200);
  const started = performance.now();
  console.log(`  server RSS before: ${mb(baseline)}`);
  for (let seq = 0; seq < chunks; seq += 1) {
    await putChunk(server, session.id, seq, body);
    if ((seq + 1) % perHalfHour === 0) {
      console.log(`  after ${((seq + 1) * CHUNK_SECONDS) / 3600} h of audio: server RSS ${mb(treeRssBytes(pid))}`);
    }
  }
  const sendSeconds = (performance.now() - started) / 1000;
  console.log(
    `  sent ${chunks} chunks (${HOURS} h) in ${sendSeconds.toFixed(0)} s; peak RSS while recording ${mb(during.stop())}`,
  );

  const saving = samplePeakRss(pid, 100);
  const stopStarted = performance.now();
  const result = await call<LiveStopResult>(server, 'POST', `/live-sessions/${session.id}/stop`, { reason: 'user' });
  const stopSeconds = (performance.now() - stopStarted) / 1000;
  console.log(`  stop (journal → sealed WAV original): ${stopSeconds.toFixed(1)} s, peak RSS ${mb(saving.stop())}`);

  const importing = samplePeakRss(pid, 100);
  const importStarted = performance.now();
  await waitReady(server, result.recording?.id ?? '');
  const importSeconds = (performance.now() - importStarted) / 1000;
  console.log(
    `  import (ffmpeg decode to 16 kHz PCM): ${importSeconds.toFixed(1)} s, peak RSS node + ffmpeg ${mb(importing.stop())}`,
  );
}

function mb(bytes: number | null): string {
  return bytes === null ? 'n/a' : `${(bytes / MB).toFixed(0)} MB`;
}

const server = await startServer();
try {
  const company = await call<{ id: string }>(server, 'POST', '/companies', { name: 'Bench' });
  const event = await call<{ id: string }>(server, 'POST', '/events', { companyId: company.id, type: 'interview' });
  console.log('1. chunk acknowledgement latency during a 10-minute recording (fsync before every acknowledgement):');
  await latencyRun(server, event.id, 1);
  await latencyRun(server, event.id, 2);
  console.log(
    `2. a ${HOURS}-hour two-channel recording (16 kHz stereo, ${mb(HOURS * 3600 * RATE * 4)}), sent as fast as acknowledged:`,
  );
  await longRun(server, event.id);
  console.log(`3. the recorder page during a ${PAGE_MINUTES}-minute recording (real time, fake microphone):`);
  await pageHeapDuringRecording(server, event.id, PAGE_MINUTES);
} finally {
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  fs.rmSync(server.home, { recursive: true, force: true });
}
