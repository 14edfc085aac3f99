import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV } from '../../support/audio-files';

export { SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV };

export const SHARED_DIR = new URL('../../../../../../shared/', import.meta.url).pathname;
export const SHARED_INTERVIEW_JSON = SHARED_INTERVIEW_WAV.replace(/\.wav$/, '.json');
export const SHARED_SILERO = `${SHARED_DIR}models/vad/silero_vad_v5.onnx`;

export interface ReferenceTurn {
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
}

/** The interview fixture's reference turns, in milliseconds. */
export function interviewTurns(): ReferenceTurn[] {
  const json = JSON.parse(fs.readFileSync(SHARED_INTERVIEW_JSON, 'utf8')) as {
    turns: { speaker: string; start: number; end: number; text: string }[];
  };
  return json.turns.map((t) => ({
    speaker: t.speaker,
    startMs: Math.round(t.start * 1000),
    endMs: Math.round(t.end * 1000),
    text: t.text,
  }));
}

/** The PCM of a canonical 16-bit WAV file (44-byte header), as the store would stream it. */
export function wavPcmStream(file: string, highWaterMark?: number): Readable {
  const header = Buffer.alloc(44);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, header, 0, 44, 0);
  fs.closeSync(fd);
  if (header.toString('ascii', 36, 40) !== 'data') throw new Error(`${file} is not a canonical 44-byte WAV`);
  return fs.createReadStream(file, { start: 44, highWaterMark });
}
