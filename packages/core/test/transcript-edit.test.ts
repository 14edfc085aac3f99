import { describe, expect, it } from 'vitest';
import { applyTranscriptEdit, type EditableTranscript, isAppError, parseTranscriptEdit } from '../src/index';

function sample(): EditableTranscript {
  return {
    speakers: [
      { key: 'S1', label: '話者1', role: 'unknown' },
      { key: 'S2', label: '話者2', role: 'unknown' },
    ],
    segments: [
      { id: 'seg-1', speaker: 'S1', startMs: 0, endMs: 2_000, text: '自己紹介をお願いします。', confidence: 0.9 },
      {
        id: 'seg-2',
        speaker: 'S2',
        startMs: 2_500,
        endMs: 6_500,
        text: '山田です。大学では化学を学びました。',
        confidence: 0.8,
        tokens: [
          { text: '山田です。', startMs: 2_500, endMs: 3_500 },
          { text: '大学では化学を学びました。', startMs: 3_700, endMs: 6_500 },
        ],
      },
      { id: 'seg-3', speaker: 'S2', startMs: 6_600, endMs: 8_000, text: 'よろしくお願いします。', confidence: 0.6 },
    ],
  };
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isAppError(error) ? error.code : 'not-an-app-error';
  }
  return undefined;
}

describe('transcript edits', () => {
  it('renames a speaker and sets its role without touching segments', () => {
    const renamed = applyTranscriptEdit(sample(), { op: 'rename-speaker', speaker: 'S1', label: ' 面接官 ' });
    const roled = applyTranscriptEdit(renamed, { op: 'set-role', speaker: 'S1', role: 'interviewer' });
    expect(roled.speakers[0]).toEqual({ key: 'S1', label: '面接官', role: 'interviewer' });
    expect(roled.segments).toEqual(sample().segments);
  });

  it('splits where the tokens end, keeping both halves timed', () => {
    const split = applyTranscriptEdit(sample(), { op: 'split', segmentId: 'seg-2', atChar: 5 });
    expect(split.segments.map((segment) => [segment.id, segment.startMs, segment.endMs, segment.text])).toEqual([
      ['seg-1', 0, 2_000, '自己紹介をお願いします。'],
      ['seg-2', 2_500, 3_500, '山田です。'],
      ['seg-4', 3_500, 6_500, '大学では化学を学びました。'],
      ['seg-3', 6_600, 8_000, 'よろしくお願いします。'],
    ]);
  });

  it('splits in proportion to characters when there are no tokens', () => {
    const split = applyTranscriptEdit(sample(), { op: 'split', segmentId: 'seg-1', atChar: 6 });
    expect(split.segments[0]?.endMs).toBe(1_000);
    expect(split.segments[1]?.startMs).toBe(1_000);
  });

  it('merges with the next segment, keeping the lower confidence', () => {
    const merged = applyTranscriptEdit(sample(), { op: 'merge-next', segmentId: 'seg-2' });
    expect(merged.segments).toHaveLength(2);
    expect(merged.segments[1]).toMatchObject({
      id: 'seg-2',
      startMs: 2_500,
      endMs: 8_000,
      text: '山田です。大学では化学を学びました。よろしくお願いします。',
      confidence: 0.6,
    });
  });

  it('reassigns a segment to a newly added speaker', () => {
    const added = applyTranscriptEdit(sample(), { op: 'add-speaker', label: '他の候補者', role: 'candidate' });
    expect(added.speakers[2]).toEqual({ key: 'U3', label: '他の候補者', role: 'candidate' });
    const moved = applyTranscriptEdit(added, { op: 'reassign', segmentId: 'seg-3', speaker: 'U3' });
    expect(moved.segments[2]?.speaker).toBe('U3');
  });

  it('drops token timing when the text is corrected', () => {
    const fixed = applyTranscriptEdit(sample(), { op: 'edit-text', segmentId: 'seg-2', text: '山田です。' });
    expect(fixed.segments[1]).toMatchObject({ text: '山田です。', tokens: undefined });
  });

  it('refuses edits that would break the transcript', () => {
    expect(codeOf(() => applyTranscriptEdit(sample(), { op: 'split', segmentId: 'seg-1', atChar: 0 }))).toBe(
      'validation',
    );
    expect(codeOf(() => applyTranscriptEdit(sample(), { op: 'merge-next', segmentId: 'seg-3' }))).toBe('validation');
    expect(codeOf(() => applyTranscriptEdit(sample(), { op: 'edit-text', segmentId: 'seg-1', text: '  ' }))).toBe(
      'validation',
    );
    expect(codeOf(() => applyTranscriptEdit(sample(), { op: 'reassign', segmentId: 'seg-1', speaker: 'S9' }))).toBe(
      'not_found',
    );
    expect(codeOf(() => applyTranscriptEdit(sample(), { op: 'edit-text', segmentId: 'nope', text: 'x' }))).toBe(
      'not_found',
    );
  });

  it('parses edits from untrusted JSON and names the bad field', () => {
    expect(parseTranscriptEdit({ op: 'split', segmentId: 'seg-1', atChar: 3 })).toEqual({
      op: 'split',
      segmentId: 'seg-1',
      atChar: 3,
    });
    expect(codeOf(() => parseTranscriptEdit({ op: 'explode' }))).toBe('validation');
    expect(codeOf(() => parseTranscriptEdit({ op: 'split', segmentId: 'seg-1', atChar: '3' }))).toBe('validation');
    expect(codeOf(() => parseTranscriptEdit({ op: 'set-role', speaker: 'S1', role: 'boss' }))).toBe('validation');
  });
});
