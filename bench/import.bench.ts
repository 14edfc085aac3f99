/**
 * npm run bench:import — figures for the foundation issue:
 *   1. import of the shared 163 s interview (CLI, end to end), median of 5;
 *   2. import of a generated 2-hour phone-style m4a: time and peak RSS of the whole process tree
 *      (node + ffmpeg); targets: peak RSS < 300 MB, time < 10 % of the audio's duration;
 *   3. cold `npm start` to the first HTTP response.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveFfmpegPaths } from '../packages/server/src/media/ffmpeg-paths';
import { samplePeakRss } from './process-tree-rss';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'packages/cli/bin/furikaeri.mjs');
const SHARED_WAV = path.join(ROOT, '../shared/fixtures/audio/interview-ja-synth/interview_public.wav');
const CACHE = path.join(os.tmpdir(), 'furikaeri-bench');
const MB = 1024 * 1024;

interface RunFigures {
  seconds: number;
  peakRssBytes: number | null;
}

function freshHome(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-bench-home-'));
}

/** Runs `furikaeri import` in a child process with a fresh data folder, sampling the tree's RSS. */
function timedImport(file: string): Promise<RunFigures> {
  const home = freshHome();
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [CLI, 'import', file, '--company', 'Bench', '--type', 'interview', '--json'],
      {
        // A fresh folder: the run includes creating the vault (scrypt, ~0.3 s) as a first import would.
        env: { ...process.env, FURIKAERI_HOME: home, FURIKAERI_PASSPHRASE: 'bench passphrase 2026' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const sampler = samplePeakRss(child.pid as number);
    let stderr = '';
    // With --json the reason of a failure is printed on stdout.
    child.stdout.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => {
      const peakRssBytes = sampler.stop();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      fs.rmSync(home, { recursive: true, force: true });
      if (code === 0) resolve({ seconds, peakRssBytes });
      else reject(new Error(`import failed (${code}): ${stderr}`));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function mb(bytes: number | null): string {
  return bytes === null ? 'n/a' : `${(bytes / MB).toFixed(0)} MB`;
}

/** A 2-hour AAC m4a like a phone's voice memo (44.1 kHz mono, 64 kbit/s), generated once and cached. */
function twoHourM4a(): string {
  const file = path.join(CACHE, 'two-hours.m4a');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  console.log('generating a 2-hour m4a (once; cached in the temp folder)…');
  const { ffmpeg } = resolveFfmpegPaths();
  execFileSync(ffmpeg, [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=220:sample_rate=44100:duration=7200',
    '-f',
    'lavfi',
    '-i',
    'anoisesrc=color=pink:sample_rate=44100:amplitude=0.05:duration=7200',
    '-filter_complex',
    'amix=inputs=2',
    '-ac',
    '1',
    '-c:a',
    'aac',
    '-b:a',
    '64k',
    `${file}.tmp.m4a`,
  ]);
  fs.renameSync(`${file}.tmp.m4a`, file);
  return file;
}

async function coldStart(): Promise<number> {
  const home = freshHome();
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const started = process.hrtime.bigint();
  const child = spawn('npm', ['start', '--silent', '--', '--port', String(port), '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, FURIKAERI_HOME: home },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok) return Number(process.hrtime.bigint() - started) / 1e9;
      } catch {
        // not listening yet
      }
      if (Number(process.hrtime.bigint() - started) > 60e9) throw new Error('server did not answer within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    process.kill(-(child.pid as number), 'SIGTERM');
    fs.rmSync(home, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`furikaeri bench:import — ${os.cpus().length} cores, Node ${process.version}`);
  if (fs.existsSync(SHARED_WAV)) {
    const runs: RunFigures[] = [];
    for (let i = 0; i < 5; i += 1) runs.push(await timedImport(SHARED_WAV));
    const seconds = median(runs.map((run) => run.seconds));
    const peak = Math.max(...runs.map((run) => run.peakRssBytes ?? 0));
    console.log(`163 s interview fixture: median ${seconds.toFixed(2)} s (CLI start included), peak RSS ${mb(peak)}`);
  } else {
    console.log(`163 s interview fixture: skipped — ${SHARED_WAV} is absent (../shared not beside the repo)`);
  }

  const long = twoHourM4a();
  const run = await timedImport(long);
  const ratio = run.seconds / 7200;
  console.log(
    `2-hour m4a (${mb(fs.statSync(long).size)}): ${run.seconds.toFixed(1)} s = ${(ratio * 100).toFixed(2)} % of the audio ` +
      `(target < 10 %), peak RSS node+ffmpeg ${mb(run.peakRssBytes)} (target < 300 MB)`,
  );

  const cold = [];
  for (let i = 0; i < 3; i += 1) cold.push(await coldStart());
  console.log(
    `cold npm start → first response: median ${median(cold).toFixed(2)} s (runs: ${cold.map((s) => s.toFixed(2)).join(', ')})`,
  );
}

await main();
