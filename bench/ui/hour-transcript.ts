import type { TranscriptContent, TranscriptSegment } from '@furikaeri/core';
import { answerLine, interviewerLine, random } from './japanese-interview-text';

/**
 * One hour of interview as ~900 segments (4 s each: a question, then one or more answer segments), like
 * the speech pipeline would produce with two speakers.
 */
export function hourTranscript(seed: number, segmentCount = 900, durationMs = 3_600_000): TranscriptContent {
  const next = random(seed);
  const step = durationMs / segmentCount;
  const segments: TranscriptSegment[] = [];
  for (let index = 0; index < segmentCount; index++) {
    const interviewer = index % 4 === 0;
    segments.push({
      id: `seg-${index + 1}`,
      speaker: interviewer ? 'A' : 'B',
      startMs: Math.round(index * step),
      endMs: Math.round((index + 1) * step - 400),
      text: interviewer ? interviewerLine(next) : answerLine(next),
      confidence: null,
    });
  }
  return {
    language: 'ja',
    source: { kind: 'manual' },
    speakers: [
      { key: 'A', label: '面接官', role: 'interviewer' },
      { key: 'B', label: '自分', role: 'me' },
    ],
    segments,
    speechRegions: [],
  };
}
