import { spawn } from 'node:child_process';
import { AppError } from '@furikaeri/core';
import { cancelledError, toolMissing } from './run-tool';

/** The format every later stage reads: 16 kHz, signed 16-bit little-endian, channels as recorded. */
export const PCM_SAMPLE_RATE = 16_000;
export const PCM_BYTES_PER_SAMPLE = 2;

export interface DecodeOptions {
  ffmpeg: string;
  input: string;
  channels: number;
  signal: AbortSignal;
  onData: (chunk: Buffer) => Promise<void>;
}

/**
 * Streams the file through ffmpeg into PCM, whatever its length, in flat memory. Channels are preserved
 * (two-channel online recordings keep "me" and "them" apart).
 */
export function decodeToPcm(options: DecodeOptions): Promise<void> {
  const args = [
    '-nostdin',
    '-v',
    'error',
    '-i',
    options.input,
    '-map',
    '0:a:0',
    '-vn',
    '-ac',
    String(Math.max(1, options.channels)),
    '-ar',
    String(PCM_SAMPLE_RATE),
    '-f',
    's16le',
    '-acodec',
    'pcm_s16le',
    'pipe:1',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(options.ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
    let stderr = '';
    let spawnError: unknown = null;
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < 100_000) stderr += text;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.name === 'AbortError' ? cancelledError() : toolMissing(options.ffmpeg, error);
    });
    // One chunk at a time, each written before the next is read: back-pressure keeps memory flat,
    // and the writer never sees two appends at once.
    const consumed = (async () => {
      for await (const chunk of child.stdout) await options.onData(chunk as Buffer);
    })().catch((error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
    const exited = new Promise<number | null>((done) => child.on('close', done));
    Promise.all([consumed, exited]).then(
      ([, code]) => {
        if (spawnError) reject(spawnError);
        else if (options.signal.aborted) reject(cancelledError());
        else if (code !== 0) reject(decodeFailure(stderr));
        else resolve();
      },
      (error: unknown) => reject(spawnError ?? error),
    );
  });
}

function decodeFailure(stderr: string): AppError {
  return new AppError(
    'damaged_media',
    {
      ja: '音声をデコードできませんでした。ファイルが壊れている可能性があります。',
      en: 'The audio could not be decoded; the file may be damaged.',
    },
    { detail: stderr.trim().split('\n').slice(-3).join('\n') },
  );
}
