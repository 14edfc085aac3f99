import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TranscriptContent } from '@furikaeri/core';

/** The shared synthesized interview (../shared, beside the repository); tests skip when it is absent. */
export const INTERVIEW_JSON = fileURLToPath(
  new URL('../../../shared/fixtures/audio/interview-ja-synth/interview_public.json', import.meta.url),
);

export interface FixtureTurn {
  speaker: string;
  start: number;
  end: number;
  text: string;
}

export function interviewFixturePresent(): boolean {
  return fs.existsSync(INTERVIEW_JSON);
}

export function interviewTurns(): { turns: FixtureTurn[]; duration: number } {
  const parsed = JSON.parse(fs.readFileSync(INTERVIEW_JSON, 'utf8')) as { turns: FixtureTurn[]; duration?: number };
  const duration = parsed.duration ?? Math.ceil(parsed.turns.at(-1)?.end ?? 0) + 1;
  return { turns: parsed.turns, duration };
}

/**
 * The interview's exact text as a transcript, as an ASR with two-channel diarization would give it: speakers
 * "S1"/"S2" with their roles set (A is the interviewer, B is me) but not yet named.
 */
export function interviewTranscript(turns: readonly FixtureTurn[]): TranscriptContent {
  return {
    language: 'ja',
    source: { kind: 'import', format: 'json', fileName: 'interview_public.json' },
    speakers: [
      { key: 'A', label: '話者1', role: 'interviewer' },
      { key: 'B', label: '話者2', role: 'me' },
    ],
    segments: turns.map((turn, index) => ({
      id: `seg-${index + 1}`,
      speaker: turn.speaker,
      startMs: Math.round(turn.start * 1000),
      endMs: Math.round(turn.end * 1000),
      text: turn.text,
      confidence: null,
    })),
    speechRegions: [],
  };
}
