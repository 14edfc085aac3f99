import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveFfmpegPaths } from '../packages/server/src/media/ffmpeg-paths';
import { samplePeakRss } from './process-tree-rss';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WAV = path.join(ROOT, '../shared/fixtures/audio/interview-ja-synth/interview_public.wav');
const CACHE = path.join(os.tmpdir(), 'furikaeri-bench');
const MB = 1024 * 1024;

/** The fixture looped to two hours (44 × 163 s), as a phone's m4a; generated once and cached. */
export function twoHourSpeech(): string {
  const file = path.join(CACHE, 'two-hours-speech.m4a');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  console.log('generating a 2-hour m4a of looped speech (once; cached in the temp folder)…');
  execFileSync(resolveFfmpegPaths().ffmpeg, [
    '-v',
    'error',
    '-y',
    '-stream_loop',
    '45',
    '-i',
    WAV,
    '-t',
    '7200',
    '-c:a',
    'aac',
    '-b:a',
    '64k',
    `${file}.tmp.m4a`,
  ]);
  fs.renameSync(`${file}.tmp.m4a`, file);
  return file;
}

/** Runs bench/pipeline-child.ts in its own process; samples its tree's RSS per phase it announces. */
export function twoHourRun(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/pipeline-child.ts'), file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let sampler = samplePeakRss(child.pid as number);
    let phase = 'start';
    let started = performance.now();
    const finishPhase = () => {
      const peak = sampler.stop();
      const seconds = (performance.now() - started) / 1000;
      if (phase !== 'start') {
        console.log(
          `  ${phase}: ${seconds.toFixed(1)} s (RTF ${(seconds / 7200).toFixed(4)}), peak RSS ${peak === null ? 'n/a' : `${(peak / MB).toFixed(0)} MB`}`,
        );
      }
    };
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('PHASE ')) {
          console.log(`  ${line}`);
          continue;
        }
        finishPhase();
        phase = line.slice(6);
        sampler = samplePeakRss(child.pid as number);
        started = performance.now();
      }
    });
    child.on('close', (code) => {
      finishPhase();
      if (code === 0) resolve();
      else reject(new Error(`2-hour run failed (${code})`));
    });
  });
}
