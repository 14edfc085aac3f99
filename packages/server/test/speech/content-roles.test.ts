import { parseTranscriptFile, type TranscriptContent } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { withRolesFromContent } from '../../src/speech/content-roles';

/** A diarized group interview from one microphone: three voices, no enrolment, so no role yet. */
function diarized(roles: Array<'unknown' | 'me'>): TranscriptContent {
  const text = [
    'S1: 本日の面接を担当します西村です。では順番に自己紹介をお願いします。',
    'S2: 北山大学の佐野です。サッカー部の主将をしていました。',
    'S3: 南大学の木下です。塾講師のアルバイトをしています。',
    'S1: 当社を志望する理由は何ですか。',
  ].join('\n');
  const parsed = parseTranscriptFile('diarized.txt', text);
  return {
    ...parsed,
    source: { kind: 'asr', engine: 'fake', model: 'x', diarization: 'fallback' },
    speakers: parsed.speakers.map((s, index) => ({
      key: s.key,
      label: `話者${index + 1}`,
      role: roles[index] ?? 'unknown',
    })),
  };
}

describe('roles of a diarized recording from what was said', () => {
  it('guesses the company side among voices diarization left unknown, marked as guesses', () => {
    const speakers = withRolesFromContent(diarized(['unknown', 'unknown', 'unknown']), 'group_interview').speakers;
    expect(speakers.map((s) => [s.key, s.role, s.guessed])).toEqual([
      ['S1', 'interviewer', true],
      ['S2', 'candidate', true],
      ['S3', 'candidate', true],
    ]);
    expect(speakers.map((s) => s.label)).toEqual(['話者1', '話者2', '話者3']);
  });

  it('leaves a transcript alone once a role is known (voiceprint, channel or talk time)', () => {
    const known = diarized(['unknown', 'unknown', 'me']);
    expect(withRolesFromContent(known, 'group_interview')).toBe(known);
  });
});
