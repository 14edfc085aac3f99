import type { TranscriptPreviewSpeaker } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { guessedMeToRemember } from '../src/pages/event/transcript-import/names-to-remember';

const speaker = (key: string, role: TranscriptPreviewSpeaker['role']): TranscriptPreviewSpeaker => ({
  key,
  label: key,
  role,
  guessed: true,
  evidence: [],
  segmentCount: 1,
  firstLine: '',
});

describe('the names kept by 「この名前を覚える」 for a guessed "me"', () => {
  const speakers = [speaker('高橋 誠', 'interviewer'), speaker('中村 陽菜', 'me'), speaker('話者3', 'me')];
  const guessed = { '高橋 誠': 'interviewer', '中村 陽菜': 'me', 話者3: 'me' } as const;

  it('keeps the name the guess made "me" when the box is ticked, never a numbered label', () => {
    expect(guessedMeToRemember(speakers, guessed, true)).toEqual(['中村 陽菜']);
  });

  it('keeps nothing when unticked, or when the user changed the guess (that change carries its own remember)', () => {
    expect(guessedMeToRemember(speakers, guessed, false)).toEqual([]);
    expect(guessedMeToRemember(speakers, { ...guessed, '中村 陽菜': 'candidate' }, true)).toEqual([]);
    expect(guessedMeToRemember(speakers, { ...guessed, '高橋 誠': 'me' }, true)).toEqual(['中村 陽菜']);
  });
});
