import type { TranscriptContent } from '../../../src/index';

/** A transcript from [speaker, text] turns, as an import without roles gives it (5 s a turn). */
export function conversation(turns: Array<[string, string]>): TranscriptContent {
  const keys = [...new Set(turns.map(([speaker]) => speaker))];
  return {
    language: 'ja',
    source: { kind: 'import', format: 'vtt', fileName: 'x.vtt' },
    speakers: keys.map((key) => ({ key, label: key, role: 'unknown' })),
    segments: turns.map(([speaker, text], index) => ({
      id: `seg-${index + 1}`,
      speaker,
      startMs: index * 5000,
      endMs: index * 5000 + 4000,
      text,
      confidence: null,
    })),
    speechRegions: [],
  };
}
