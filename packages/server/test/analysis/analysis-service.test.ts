import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context';
import { type TempContext, tempContext } from '../support/temp-context';
import { FIXTURE_DIR } from './support/fixtures';

let env: TempContext;
let ctx: AppContext;
let eventId: string;

const ZOOM_VTT = fs.readFileSync(path.join(FIXTURE_DIR, '02-newgrad-zoom-first-round.vtt'));

beforeAll(async () => {
  env = await tempContext();
  ctx = env.ctx;
  const company = ctx.library.createCompany({ name: '食品メーカー' });
  eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
});
afterAll(() => env.cleanup());

describe('the analysis service with the real kuromoji', () => {
  it('an analyse job without a transcript ends "unavailable" and says why', async () => {
    const job = ctx.worker.enqueue('analyse', { recordingId: null, eventId });
    await ctx.worker.drain();
    const done = ctx.repos.jobs.require(job.id);
    expect(done.status).toBe('unavailable');
    expect(done.message?.ja).toContain('文字起こし');
  });

  it('imports a Zoom VTT as the current transcript; the queued analyse job stores the report', async () => {
    const { transcript, job } = await ctx.transcriptImports.importFile({
      eventId,
      fileName: 'zoom.vtt',
      bytes: ZOOM_VTT,
    });
    expect(transcript.source).toMatchObject({ kind: 'import', format: 'vtt' });
    expect(job).toMatchObject({ type: 'analyse', eventId });
    await ctx.worker.drain();
    expect(ctx.repos.jobs.require(job.id).status).toBe('succeeded');
    const stored = ctx.analysis.latest(eventId);
    expect(stored?.transcriptId).toBe(transcript.id);
    expect(stored?.report.questions.length).toBeGreaterThanOrEqual(8);
  });

  it('reuses the stored report while nothing changed', async () => {
    const before = ctx.analysis.latest(eventId);
    const current = await ctx.analysis.current(eventId);
    expect(current.id).toBe(before?.id);
  });

  it('re-runs after the roles are corrected, and finds my answers only once I am set', async () => {
    const transcript = ctx.transcriptImports.current(eventId);
    const wrong = transcript.speakers.map((speaker) => ({ key: speaker.key, role: 'unknown' }));
    ctx.transcriptImports.updateSpeakers(eventId, wrong);
    await ctx.worker.drain();
    const without = ctx.analysis.latest(eventId)?.report;
    expect(without?.questions).toEqual([]);
    ctx.transcriptImports.updateSpeakers(eventId, [
      { key: '面接官 鈴木', role: 'interviewer' },
      { key: '佐々木 美咲', role: 'me', label: '自分' },
    ]);
    await ctx.worker.drain();
    const report = ctx.analysis.latest(eventId)?.report;
    expect(report?.speakers.find((s) => s.role === 'me')?.label).toBe('自分');
    const motive = report?.questions.find((q) => q.question.text.includes('志望した理由'));
    expect(motive?.answer?.relevance.flags).toEqual(['off_topic']);
  });

  it('refuses unknown speakers and roles', () => {
    expect(() => ctx.transcriptImports.updateSpeakers(eventId, [{ key: 'nobody', role: 'me' }])).toThrow(
      /No such speaker/,
    );
    expect(() => ctx.transcriptImports.updateSpeakers(eventId, [{ key: '面接官 鈴木', role: 'boss' }])).toThrow(
      /Invalid role/,
    );
  });

  it('stores norm overrides as settings and recomputes a report measured against them', async () => {
    const norms = ctx.analysis.setNorms({ pace: { targetCharsPerMinute: 320 }, bogus: true });
    expect(norms.pace.targetCharsPerMinute).toBe(320);
    expect(
      ctx.repos.settings.get<{ pace: { targetCharsPerMinute: number } }>('analysis.norms')?.pace.targetCharsPerMinute,
    ).toBe(320);
    const current = await ctx.analysis.current(eventId);
    expect(current.report.norms.pace.targetCharsPerMinute).toBe(320);
    ctx.analysis.setNorms({});
  });

  it('renders the Markdown download named after the event', async () => {
    const { fileName, text } = await ctx.analysis.markdown(eventId, 'ja');
    expect(fileName).toMatch(/^furikaeri-\d{4}-\d{2}-\d{2}-ev_[a-z0-9]+-ja\.md$/);
    expect((await ctx.analysis.markdown(eventId, 'en')).fileName).toBe(fileName.replace(/-ja\.md$/, '-en.md'));
    expect(text).toContain('# 振り返りレポート — 食品メーカー 1次面接');
  });
});
