import type { TranscriptContent } from '@furikaeri/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempContext, tempContext } from './support/temp-context';

let env: TempContext;
let eventId: string;

function content(): TranscriptContent {
  return {
    language: 'ja',
    source: { kind: 'import', format: 'text', fileName: 'interview.txt' },
    speakers: [
      { key: 'A', label: 'A', role: 'unknown' },
      { key: 'B', label: 'B', role: 'unknown' },
    ],
    segments: [
      {
        id: 'seg-1',
        speaker: 'A',
        startMs: 0,
        endMs: 3_000,
        text: '学生時代に一番苦労したことを教えてください。',
        confidence: null,
      },
      {
        id: 'seg-2',
        speaker: 'B',
        startMs: 3_500,
        endMs: 20_000,
        text: 'はい、サークルの合宿の運営です。',
        confidence: null,
      },
    ],
    speechRegions: [],
  };
}

beforeEach(async () => {
  env = await tempContext();
  const company = env.ctx.library.createCompany({ name: '株式会社テスト商事' });
  eventId = env.ctx.library.createEvent({
    companyId: company.id,
    type: 'interview',
    round: 'first',
    consent: 'granted',
  }).id;
});
afterEach(async () => {
  await env.cleanup();
});

function store(id = 'tr_0000000001', body = content()) {
  return env.ctx.repos.transcripts.insertAsCurrent(
    { id, eventId, recordingId: null, content: body },
    '2026-11-24T00:00:00Z',
  );
}

describe('transcript review', () => {
  it('applies edits, counts undo steps, and undoes them in order', () => {
    const transcript = store();
    const { transcripts } = env.ctx;
    transcripts.edit(transcript.id, { op: 'rename-speaker', speaker: 'A', label: '面接官' });
    const edited = transcripts.edit(transcript.id, { op: 'split', segmentId: 'seg-2', atChar: 3 });
    expect(edited.undoSteps).toBe(2);
    expect(edited.transcript?.segments.map((segment) => segment.text)).toEqual([
      '学生時代に一番苦労したことを教えてください。',
      'はい、',
      'サークルの合宿の運営です。',
    ]);
    const once = transcripts.undo(transcript.id);
    expect(once.transcript?.segments).toHaveLength(2);
    expect(once.transcript?.speakers[0]?.label).toBe('面接官');
    const twice = transcripts.undo(transcript.id);
    expect(twice.transcript?.speakers[0]?.label).toBe('A');
    expect(twice.undoSteps).toBe(0);
    expect(() => transcripts.undo(transcript.id)).toThrow(/Nothing to undo/);
  });

  it('queues one re-analysis for a burst of edits', () => {
    const transcript = store();
    for (const label of ['面接官', '人事', '面接官さん']) {
      env.ctx.transcripts.edit(transcript.id, { op: 'rename-speaker', speaker: 'A', label });
    }
    const queued = env.ctx.db
      .prepare(`SELECT COUNT(*) AS n FROM jobs WHERE type = 'analyse' AND event_id = ? AND status = 'queued'`)
      .get(eventId) as { n: number };
    expect(queued.n).toBe(1);
  });

  it('keeps a note per question, searchable, and deletes it when emptied', () => {
    store();
    const saved = env.ctx.transcripts.saveQuestionNote(eventId, 'seg-1', { note: '結論から先に話す練習をする' });
    expect(saved.questionNotes).toEqual({ 'seg-1': '結論から先に話す練習をする' });
    expect(env.ctx.search.find('結論から').groups[0]?.hits[0]).toMatchObject({ kind: 'question-note', ref: 'seg-1' });
    const cleared = env.ctx.transcripts.saveQuestionNote(eventId, 'seg-1', { note: '  ' });
    expect(cleared.questionNotes).toEqual({});
    expect(env.ctx.search.find('結論から').groups).toEqual([]);
  });

  it('finds words in the current transcript, with the moment and a marked snippet', () => {
    store();
    const results = env.ctx.search.find('合宿の運営');
    expect(results.groups).toHaveLength(1);
    expect(results.groups[0]?.event.companyName).toBe('株式会社テスト商事');
    expect(results.groups[0]?.hits).toEqual([
      { kind: 'segment', ref: 'seg-2', startMs: 3_500, snippet: 'はい、サークルの⟦合宿の運営⟧です。' },
    ]);
  });

  it('finds two-character words (below the trigram size) and several words at once', () => {
    store();
    expect(env.ctx.search.find('苦労').groups[0]?.hits[0]?.snippet).toContain('⟦苦労⟧');
    expect(env.ctx.search.find('サークル 合宿').groups).toHaveLength(1);
    expect(env.ctx.search.find('サークル 内定').groups).toHaveLength(0);
  });

  it('treats the query as text, never as FTS syntax', () => {
    store();
    for (const query of ['"', 'NEAR(a b)', '合宿" OR "x', '%', '_']) {
      expect(() => env.ctx.search.find(query)).not.toThrow();
    }
    expect(env.ctx.search.find('%').groups).toEqual([]);
  });

  it('searches only the current transcript, reflects edits, and forgets a deleted event', async () => {
    store();
    store('tr_0000000002', {
      ...content(),
      segments: [
        { id: 'seg-1', speaker: 'A', startMs: 0, endMs: 2_000, text: '志望動機を教えてください。', confidence: null },
      ],
    });
    expect(env.ctx.search.find('苦労した').groups).toEqual([]);
    expect(env.ctx.search.find('志望動機').groups).toHaveLength(1);
    env.ctx.transcripts.edit('tr_0000000002', {
      op: 'edit-text',
      segmentId: 'seg-1',
      text: '入社後の目標を教えてください。',
    });
    expect(env.ctx.search.find('志望動機').groups).toEqual([]);
    expect(env.ctx.search.find('入社後').groups).toHaveLength(1);
    env.ctx.library.updateEvent(eventId, { notes: '次は逆質問を三つ用意する' });
    expect(env.ctx.search.find('逆質問').groups[0]?.hits[0]?.kind).toBe('event-note');
    await env.ctx.library.deleteEvent(eventId);
    expect(env.ctx.search.find('入社後').groups).toEqual([]);
    const left = env.ctx.db
      .prepare(`SELECT COUNT(*) AS n FROM search_index WHERE search_index MATCH '"逆質問"'`)
      .get() as {
      n: number;
    };
    expect(left.n).toBe(0);
  });

  it('exports the current transcript in each format, and refuses an unknown one', () => {
    store();
    const vtt = env.ctx.transcripts.export(eventId, 'vtt');
    expect(vtt.body.startsWith('WEBVTT')).toBe(true);
    expect(vtt.body).toContain('<v A>学生時代に一番苦労したことを教えてください。');
    expect(env.ctx.transcripts.export(eventId, 'srt').body).toContain('00:00:03,500 --> 00:00:20,000');
    expect(env.ctx.transcripts.export(eventId, 'text').fileName).toMatch(/\.txt$/);
    expect(JSON.parse(env.ctx.transcripts.export(eventId, 'json').body).segments).toHaveLength(2);
    expect(() => env.ctx.transcripts.export(eventId, 'docx')).toThrow(/format/);
  });
});
