import type { Job, TranscriptSegment, TranscriptSpeaker } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { pendingReason } from '../src/pages/review/pending-reason';
import { toTimelineBookmarks } from '../src/pages/review/player/bookmarks';
import { displayTurns, speakerTurns } from '../src/pages/review/player/speaker-turns';
import { provisionalQuestions } from '../src/pages/review/questions/provisional-questions';
import { nextQuestion, previousQuestion } from '../src/pages/review/questions/question-navigation';
import { caretToCodePoint } from '../src/pages/review/transcript/caret';
import { currentSegmentIndex } from '../src/pages/review/transcript/current-segment';

const speakers: TranscriptSpeaker[] = [
  { key: 'A', label: '面接官', role: 'interviewer' },
  { key: 'B', label: '自分', role: 'me' },
];

function segment(id: string, speaker: string, startMs: number, text: string): TranscriptSegment {
  return { id, speaker, startMs, endMs: startMs + 2_000, text, confidence: null };
}

const segments = [
  segment('s1', 'A', 0, '本日はよろしくお願いします。'),
  segment('s2', 'A', 3_000, '志望動機を教えていただけますか。'),
  segment('s3', 'B', 6_000, 'はい。御社を志望したのはなぜかというと……ですか。'),
  segment('s4', 'A', 20_000, 'チームは何名でしたか'),
  segment('s5', 'A', 30_000, '「最後に質問はありますか？」'),
  segment('s6', 'A', 40_000, '結果はご連絡します。'),
];

describe('provisional questions (until the analysis report replaces them)', () => {
  it('takes the interviewer’s lines that end in ? or か, and nobody else’s', () => {
    expect(provisionalQuestions(segments, speakers).map((s) => s.id)).toEqual(['s2', 's4', 's5']);
  });

  it('finds none when no speaker is the interviewer', () => {
    const unnamed = speakers.map((speaker) => ({ ...speaker, role: 'unknown' as const }));
    expect(provisionalQuestions(segments, unnamed)).toEqual([]);
  });
});

describe('question navigation (J/K)', () => {
  const questions = provisionalQuestions(segments, speakers);
  it('goes to the next question after the playhead, and none after the last', () => {
    expect(nextQuestion(questions, 0)?.id).toBe('s2');
    expect(nextQuestion(questions, 3_000)?.id).toBe('s4');
    expect(nextQuestion(questions, 31_000)).toBeNull();
  });

  it('goes to the previous question, not back to the start of the one just begun', () => {
    expect(previousQuestion(questions, 21_000)?.id).toBe('s2');
    expect(previousQuestion(questions, 25_000)?.id).toBe('s4');
    expect(previousQuestion(questions, 3_500)).toBeNull();
  });
});

describe('the line being heard', () => {
  it('is the last segment that has started', () => {
    expect(currentSegmentIndex(segments, -1)).toBe(-1);
    expect(currentSegmentIndex(segments, 0)).toBe(0);
    expect(currentSegmentIndex(segments, 19_999)).toBe(2);
    expect(currentSegmentIndex(segments, 99_000)).toBe(5);
    expect(currentSegmentIndex([], 10)).toBe(-1);
  });
});

describe('editing helpers', () => {
  it('counts the caret in code points, as the server splits', () => {
    expect(caretToCodePoint('はい。えーと', 3)).toBe(3);
    expect(caretToCodePoint('𠮷野家です', 2)).toBe(1);
  });

  it('merges adjacent segments of one speaker into turns for the waveform', () => {
    expect(speakerTurns(segments).map((turn) => [turn.speaker, turn.startMs, turn.endMs])).toEqual([
      ['A', 0, 5_000],
      ['B', 6_000, 8_000],
      ['A', 20_000, 22_000],
      ['A', 30_000, 32_000],
      ['A', 40_000, 42_000],
    ]);
  });
});

describe('bookmarks from the recorder', () => {
  it('puts the recorded offsets on the timeline in time order, and drops impossible ones', () => {
    const at = (offsetMs: number) => ({ id: `bmk_${offsetMs}`, recordingId: 'rec_1', offsetMs, createdAt: '' });
    expect(toTimelineBookmarks([at(9_000), at(1_000), at(-5), at(Number.NaN)])).toEqual([
      { atMs: 1_000, label: '' },
      { atMs: 9_000, label: '' },
    ]);
    expect(toTimelineBookmarks(null)).toEqual([]);
  });
});

describe('why there is no transcript yet', () => {
  const recording = { status: 'ready' as const, error: null, audioDeletedAt: null };
  const job = (status: Job['status']) =>
    ({ status, message: { ja: 'モデルがありません', en: 'No model' } }) as unknown as Job;

  it('tells each state of the transcription job apart', () => {
    expect(pendingReason(recording, null).message.en).toMatch(/has not started/);
    expect(pendingReason(recording, job('queued')).message.en).toMatch(/Waiting/);
    expect(pendingReason(recording, job('running')).message.en).toMatch(/Transcribing/);
    expect(pendingReason(recording, job('unavailable'))).toMatchObject({ tone: 'warning', detail: { en: 'No model' } });
    expect(pendingReason(recording, job('failed')).tone).toBe('error');
    expect(pendingReason({ ...recording, status: 'importing' }, null).message.en).toMatch(/being imported/);
    expect(pendingReason({ ...recording, status: 'failed' }, null).message.en).toMatch(/not imported/);
  });
});

describe('turns drawn on a long waveform', () => {
  const turn = (speaker: string, startMs: number, endMs: number) => ({ speaker, startMs, endMs });

  it('keeps every turn while there are few', () => {
    const turns = [turn('A', 0, 1_000), turn('B', 1_000, 5_000)];
    expect(displayTurns(turns, 5_000, 10)).toEqual(turns);
  });

  it('colours each window by who spoke most and joins equal neighbours', () => {
    // 0–10 s: A mostly; 10–20 s: B mostly; 20–30 s: B; 30–40 s: silence.
    const turns = [
      turn('A', 0, 8_000),
      turn('B', 8_000, 9_000),
      turn('B', 11_000, 20_000),
      turn('B', 20_500, 29_000),
      turn('A', 29_000, 30_000),
    ];
    expect(displayTurns(turns, 40_000, 4)).toEqual([turn('A', 0, 10_000), turn('B', 10_000, 30_000)]);
  });
});
