import { describe, expect, it } from 'vitest';
import { transcriptRevision } from '../../src/analysis/revision';
import type { TranscriptContent } from '../../src/transcript/model';

const content: Pick<TranscriptContent, 'speakers' | 'segments'> = {
  speakers: [
    { key: 'Speaker 1', label: 'Speaker 1', role: 'interviewer' },
    { key: 'Speaker 2', label: 'Speaker 2', role: 'me' },
  ],
  segments: [
    { id: 'seg-1', speaker: 'Speaker 1', startMs: 0, endMs: 2000, text: '自己紹介をお願いします', confidence: null },
    { id: 'seg-2', speaker: 'Speaker 2', startMs: 2500, endMs: 9000, text: '中村と申します', confidence: null },
  ],
};

describe('transcriptRevision', () => {
  it('is the same for the same transcript and changes with roles, labels, text, speakers and timing', () => {
    const base = transcriptRevision(content);
    expect(transcriptRevision(structuredClone(content))).toBe(base);
    const variants = [
      { ...content, speakers: content.speakers.map((s) => ({ ...s, role: 'unknown' as const })) },
      { ...content, speakers: content.speakers.map((s, i) => (i === 1 ? { ...s, label: '自分' } : s)) },
      { ...content, segments: content.segments.map((s, i) => (i === 1 ? { ...s, text: '中村と申します。' } : s)) },
      { ...content, segments: content.segments.map((s) => ({ ...s, speaker: 'Speaker 1' })) },
      { ...content, segments: content.segments.map((s, i) => (i === 0 ? { ...s, endMs: 2100 } : s)) },
    ];
    const revisions = variants.map(transcriptRevision);
    expect(new Set([base, ...revisions]).size).toBe(variants.length + 1);
  });
});
