import type { DeletionImpact } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { deletionLines } from '../src/components/deletion-lines';

const none: DeletionImpact = {
  applications: 0,
  events: 0,
  eventsKept: 0,
  recordings: 0,
  audioFiles: 0,
  audioBytes: 0,
  transcripts: 0,
  practiceAttempts: 0,
  drafts: 0,
};

describe('the lines of a deletion confirmation', () => {
  it('lists only what goes, with the audio size, in both languages', () => {
    const lines = deletionLines({ ...none, events: 2, recordings: 3, audioFiles: 2, audioBytes: 3 * 1024 * 1024 });
    expect(lines.map((line) => line.ja)).toEqual([
      '予定・記録 2件（メモ、振り返りのメモ、分析を含む）',
      '録音 3件',
      '音声ファイル 2件（3.0 MB）: 暗号鍵ごと消去され、復元できません',
    ]);
    expect(lines[1]?.en).toBe('3 recordings');
  });

  it('says nothing of an application’s events, which stay', () => {
    expect(deletionLines({ ...none, eventsKept: 4 })).toEqual([]);
  });
});
