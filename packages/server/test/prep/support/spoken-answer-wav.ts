import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function hasEspeakAndSox(): boolean {
  return spawnSync('espeak-ng', ['--version']).status === 0 && spawnSync('sox', ['--version']).status === 0;
}

export interface SpokenAnswerAudio {
  /** 16 kHz mono s16le samples, as the recorder sends them. */
  pcm: Buffer;
  /** 16 kHz mono WAV of the same audio (for Chromium's fake microphone). */
  wav: string;
  /** Where each sentence was placed, in ms. */
  sentences: Array<{ startMs: number; endMs: number; text: string }>;
}

/**
 * A spoken answer made with espeak-ng's Japanese voice: `leadMs` of silence (thinking), then each sentence
 * followed by `gapMs` of silence — the silences a VAD must find. Written into `dir`.
 */
export function speakAnswer(
  dir: string,
  sentences: readonly string[],
  { leadMs = 1_500, gapMs = 3_000, voice = 'ja', pitch = 50 } = {},
): SpokenAnswerAudio {
  const parts: Buffer[] = [Buffer.alloc(Math.round(leadMs * 32))];
  const placed: SpokenAnswerAudio['sentences'] = [];
  let atMs = leadMs;
  sentences.forEach((text, index) => {
    const raw = path.join(dir, `sentence-${index}.wav`);
    execFileSync('espeak-ng', ['-v', voice, '-p', String(pitch), '-s', '160', '-w', raw, text]);
    const pcm = execFileSync('sox', [
      raw,
      '-t',
      'raw',
      '-r',
      '16000',
      '-c',
      '1',
      '-b',
      '16',
      '-e',
      'signed-integer',
      '-',
    ]);
    const durationMs = pcm.length / 32;
    placed.push({ startMs: atMs, endMs: atMs + durationMs, text });
    parts.push(pcm, Buffer.alloc(Math.round(gapMs * 32)));
    atMs += durationMs + gapMs;
  });
  const pcm = Buffer.concat(parts);
  const wav = path.join(dir, 'answer.wav');
  const rawFile = path.join(dir, 'answer.raw');
  fs.writeFileSync(rawFile, pcm);
  execFileSync('sox', ['-t', 'raw', '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', rawFile, wav]);
  return { pcm, wav, sentences: placed };
}
