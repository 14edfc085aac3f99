/**
 * Synthesised group discussions for the diarization eval: several espeak-ng voices (different variants,
 * pitches and speeds) taking turns from a seeded script, joined with pauses at 16 kHz mono, with the exact
 * reference turns. espeak-ng is a Debian package (`apt-get install espeak-ng`); without it nothing is made.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { wavHeader } from '../../packages/server/src/media/wav-header';
import { random as seededRandom } from '../ui/japanese-interview-text';
import { GD_LINES } from './gd-lines';

export interface SynthVoice {
  /** espeak-ng voice, e.g. `ja+m3`, `ja+f2`. */
  voice: string;
  pitch: number;
  speed: number;
}

export interface SynthDiscussion {
  name: string;
  voices: SynthVoice[];
  turns: number;
  seed: number;
}

export interface ReferenceTurn {
  speaker: string;
  startMs: number;
  endMs: number;
}

const RATE = 16_000;
/** espeak pads each utterance with silence; the reference is the voiced part (≈ −40 dBFS). */
const VOICED = 0.01;

export function hasEspeak(): boolean {
  return spawnSync('espeak-ng', ['--version']).status === 0;
}

/** Writes `<dir>/<name>.wav` and returns its reference turns (cached by the file's existence). */
export function synthesise(discussion: SynthDiscussion, dir: string): { wav: string; turns: ReferenceTurn[] } {
  const wav = path.join(dir, `${discussion.name}.wav`);
  const refFile = path.join(dir, `${discussion.name}.turns.json`);
  if (fs.existsSync(wav) && fs.existsSync(refFile)) {
    return { wav, turns: JSON.parse(fs.readFileSync(refFile, 'utf8')) as ReferenceTurn[] };
  }
  // The same discussion every run.
  const random = seededRandom(discussion.seed);
  const parts: Int16Array[] = [];
  const turns: ReferenceTurn[] = [];
  let at = silence(0.5);
  parts.push(at);
  let samples = at.length;
  let previous = -1;
  for (let t = 0; t < discussion.turns; t++) {
    // Anyone but the last speaker, as in a real discussion; some speak more than others.
    let speaker = Math.floor(random() ** 1.3 * discussion.voices.length);
    if (speaker === previous) speaker = (speaker + 1) % discussion.voices.length;
    previous = speaker;
    const voice = discussion.voices[speaker] as SynthVoice;
    const sentences = 1 + Math.floor(random() * 3);
    const text = Array.from({ length: sentences }, () => GD_LINES[Math.floor(random() * GD_LINES.length)]).join('。');
    const speech = trimmed(speak(text, voice));
    turns.push({
      speaker: `P${speaker + 1}`,
      startMs: (samples / RATE) * 1000,
      endMs: ((samples + speech.length) / RATE) * 1000,
    });
    parts.push(speech);
    samples += speech.length;
    at = silence(0.25 + random() * 0.9);
    parts.push(at);
    samples += at.length;
  }
  const pcm = new Int16Array(samples);
  let offset = 0;
  for (const part of parts) {
    pcm.set(part, offset);
    offset += part.length;
  }
  fs.mkdirSync(dir, { recursive: true });
  const bytes = Buffer.from(pcm.buffer);
  fs.writeFileSync(wav, Buffer.concat([wavHeader({ sampleRate: RATE, channels: 1, bytes: bytes.length }), bytes]));
  fs.writeFileSync(refFile, JSON.stringify(turns));
  return { wav, turns };
}

function speak(text: string, voice: SynthVoice): Int16Array {
  const file = path.join(os.tmpdir(), `furikaeri-espeak-${process.pid}.wav`);
  execFileSync('espeak-ng', [
    '-v',
    voice.voice,
    '-p',
    String(voice.pitch),
    '-s',
    String(voice.speed),
    '-w',
    file,
    text,
  ]);
  // espeak writes 22.05 kHz; sox resamples to the pipeline's 16 kHz.
  const raw = execFileSync('sox', [file, '-t', 's16', '-r', String(RATE), '-c', '1', '-'], { maxBuffer: 1 << 28 });
  fs.rmSync(file, { force: true });
  return new Int16Array(raw.buffer, raw.byteOffset, Math.floor(raw.length / 2));
}

function trimmed(pcm: Int16Array): Int16Array {
  const loud = (i: number) => Math.abs(pcm[i] ?? 0) / 32_768 > VOICED;
  let first = 0;
  while (first < pcm.length && !loud(first)) first++;
  let last = pcm.length - 1;
  while (last > first && !loud(last)) last--;
  return pcm.slice(first, last + 1);
}

function silence(seconds: number): Int16Array {
  return new Int16Array(Math.round(seconds * RATE));
}
