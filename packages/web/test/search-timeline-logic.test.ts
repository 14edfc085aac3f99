import type { EventSummary, Transcript } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { type EventQuestionSource, questionsByRound } from '../src/pages/company/questions-by-round';
import { timelineOrder } from '../src/pages/company/timeline-order';
import { snippetParts } from '../src/pages/search/snippet';

describe('search snippets', () => {
  it('turns ⟦ ⟧ into marked parts and keeps everything else as text', () => {
    expect(snippetParts('…志望⟦動機⟧は<b>何</b>ですか⟦動機⟧')).toEqual([
      { text: '…志望', marked: false },
      { text: '動機', marked: true },
      { text: 'は<b>何</b>ですか', marked: false },
      { text: '動機', marked: true },
    ]);
  });

  it('keeps an unmatched bracket as text', () => {
    expect(snippetParts('a⟦b')).toEqual([{ text: 'a⟦b', marked: false }]);
    expect(snippetParts('')).toEqual([]);
  });
});

function event(id: string, fields: Partial<EventSummary>): EventSummary {
  return {
    id,
    companyId: 'co_1',
    applicationId: null,
    type: 'interview',
    round: null,
    title: '',
    date: '2026-05-01',
    time: null,
    participants: [],
    notes: '',
    consent: 'granted',
    createdAt: '',
    updatedAt: '',
    companyName: '株式会社テスト',
    recordingCount: 0,
    totalDurationMs: 0,
    ...fields,
  };
}

const events = [
  event('final', { round: 'final', date: '2026-06-20' }),
  event('first', { round: 'first', date: '2026-05-10' }),
  event('ob', { type: 'ob_og_visit', date: '2026-04-02' }),
  event('roundtable', { type: 'roundtable', date: '2026-05-10' }),
  event('second', { round: 'second', date: '2026-05-24' }),
];

describe('company timeline', () => {
  it('orders by date, and by stage on the same day', () => {
    expect(timelineOrder(events).map((e) => e.id)).toEqual(['ob', 'roundtable', 'first', 'second', 'final']);
  });

  it('groups the questions asked so far by round, in selection order', () => {
    const transcript = (text: string) =>
      ({
        speakers: [{ key: 'A', label: '面接官', role: 'interviewer' }],
        segments: [{ id: 'seg-1', speaker: 'A', startMs: 4_000, endMs: 6_000, text, confidence: null }],
      }) as unknown as Transcript;
    const sources = new Map<string, EventQuestionSource>([
      [
        'second',
        { transcript: transcript('前回の答えについて詳しく教えてください。具体的には何をしましたか。'), report: null },
      ],
      ['first', { transcript: transcript('自己紹介をお願いできますか。'), report: null }],
      ['final', { transcript: null, report: null }],
    ]);
    const rounds = questionsByRound(events, sources);
    expect(rounds.map((round) => round.round.ja)).toEqual(['1次面接', '2次面接']);
    expect(rounds[1]?.questions[0]).toMatchObject({ eventId: 'second', startMs: 4_000 });
  });
});
