import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { resolveFfmpegPaths } from '../../src/media/ffmpeg-paths';

const { ffmpeg } = resolveFfmpegPaths();

export interface ToneOptions {
  seconds: number;
  /** Two channels: a tone on the left, a different tone on the right, so a swap or a downmix shows. */
  stereo?: boolean;
  sampleRate?: number;
  /** ffmpeg output options for the codec, e.g. ['-c:a', 'aac']. */
  codec?: string[];
}

/** Writes a test tone file with the bundled ffmpeg; the extension picks the container. */
export function writeTone(file: string, options: ToneOptions): string {
  const rate = options.sampleRate ?? 44_100;
  const inputs = options.stereo
    ? [
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=440:sample_rate=${rate}:duration=${options.seconds}`,
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=1000:sample_rate=${rate}:duration=${options.seconds}`,
        '-filter_complex',
        '[0:a][1:a]join=inputs=2:channel_layout=stereo[a]',
        '-map',
        '[a]',
      ]
    : ['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=${rate}:duration=${options.seconds}`];
  execFileSync(ffmpeg, ['-v', 'error', '-y', ...inputs, ...(options.codec ?? []), file]);
  return file;
}

/** A WebM written to a pipe, as a browser's MediaRecorder writes it: no duration in its header. */
export function streamedWebm(seconds: number): Buffer {
  return execFileSync(ffmpeg, [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    `sine=duration=${seconds}`,
    '-c:a',
    'libopus',
    '-f',
    'webm',
    'pipe:1',
  ]);
}

export function writeText(file: string, text: string): string {
  fs.writeFileSync(file, text);
  return file;
}

/** Cuts a file to a fraction of its length, as an interrupted copy or transfer would. */
export function truncateCopy(source: string, target: string, fraction: number): string {
  const bytes = fs.readFileSync(source);
  fs.writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length * fraction)));
  return target;
}

export async function* fileBody(file: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of fs.createReadStream(file)) yield chunk as Buffer;
}

export function join(dir: string, name: string): string {
  return path.join(dir, name);
}

export const SHARED_INTERVIEW_WAV = new URL(
  '../../../../../shared/fixtures/audio/interview-ja-synth/interview_public.wav',
  import.meta.url,
).pathname;

export const SHARED_FIXTURES_PRESENT = fs.existsSync(SHARED_INTERVIEW_WAV);
