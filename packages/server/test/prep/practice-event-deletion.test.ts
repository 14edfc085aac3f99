import type { PracticeTake } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_ANSWERS_TITLE } from '../../src/prep/practice-answers-event';
import { type TempContext, tempContext } from '../support/temp-context';

/**
 * Deleting a company or an application takes its spoken practice takes with it; the day's practice event that
 * held only those must not stay behind empty in the library (「回答練習（練習モード）」 with nothing in it).
 */
describe('the practice event of the takes of a deleted company', () => {
  let env: TempContext;
  beforeAll(async () => {
    env = await tempContext();
  });
  afterAll(() => env.cleanup());

  /** One second of a quiet tone, recorded through the recorder's own path into the day's practice event. */
  async function take(scopeId: string | null, question: string): Promise<string> {
    const eventId = env.ctx.practice.spoken.recordingEvent().id;
    const practiceAttempt: PracticeTake = { questionKey: `predicted:${question}`, question, keyPoints: [], scopeId };
    const session = await env.ctx.live.start(eventId, {
      mode: 'in_person',
      sampleRate: 16_000,
      channels: 1,
      practiceAttempt,
    });
    const pcm = Buffer.alloc(32_000);
    for (let i = 0; i < 16_000; i += 1) pcm.writeInt16LE(Math.round(2000 * Math.sin(i / 8)), i * 2);
    await env.ctx.live.appendChunk(session.id, 0, 0, pcm);
    const stopped = await env.ctx.live.stop(session.id, { reason: 'user' });
    if (!stopped.recording) throw new Error('the take was not saved');
    return stopped.recording.id;
  }

  const practiceEvents = () =>
    env.ctx.library.listEvents().filter((event) => event.type === 'practice' && event.title === PRACTICE_ANSWERS_TITLE);

  /** A transcript of the take, as the speech pipeline would make it, current on the practice event. */
  function transcribe(recordingId: string, eventId: string, words: string): void {
    env.ctx.repos.transcripts.insertAsCurrent(
      {
        id: `tr_${recordingId.slice(4)}`,
        eventId,
        recordingId,
        content: {
          language: 'ja',
          source: { kind: 'import', format: 'text', fileName: 'take.txt', estimatedTiming: true },
          speakers: [{ key: 'S1', label: '自分', role: 'me' }],
          segments: [{ id: 'seg-1', speaker: 'S1', startMs: 0, endMs: 900, text: words, confidence: null }],
          speechRegions: [],
        },
      },
      new Date().toISOString(),
    );
  }

  it('deletes the practice event with the company when it held only that company’s takes', async () => {
    const companyId = env.ctx.library.createCompany({ name: '株式会社ひとりの練習' }).id;
    await take(companyId, '入社後にやりたいことは');
    expect(practiceEvents().map((event) => event.recordingCount)).toEqual([1]);
    // The confirmation counts the take, in the practice event, as this company's.
    expect(env.ctx.library.companyDeletion(companyId)).toMatchObject({
      recordings: 1,
      audioFiles: 1,
      practiceAttempts: 1,
    });
    expect(env.ctx.library.companyDeletion(companyId).audioBytes).toBeGreaterThan(0);
    await env.ctx.library.deleteCompany(companyId);
    expect(practiceEvents()).toEqual([]);
  });

  it('does the same for an application’s takes', async () => {
    const companyId = env.ctx.library.createCompany({ name: '株式会社応募の練習' }).id;
    const applicationId = env.ctx.library.createApplication({ companyId, role: '法人営業' }).id;
    await take(applicationId, '営業で大切にしていることは');
    await env.ctx.library.deleteApplication(applicationId);
    expect(practiceEvents()).toEqual([]);
    expect(env.ctx.library.getCompany(companyId).company.id).toBe(companyId);
  });

  it('keeps the practice event with the other takes, without the deleted take’s words', async () => {
    const companyId = env.ctx.library.createCompany({ name: '株式会社ふたりの練習' }).id;
    const generic = await take(null, '自己紹介をしてください');
    const scoped = await take(companyId, '当社を志望する理由は');
    const [event] = practiceEvents();
    if (!event) throw new Error('no practice event');
    transcribe(generic, event.id, '珊瑚の自己紹介です');
    transcribe(scoped, event.id, '瑠璃色の志望動機です');
    expect(env.ctx.search.find('瑠璃色').groups.length).toBe(1);
    await env.ctx.library.deleteCompany(companyId);
    expect(practiceEvents().map((kept) => [kept.id, kept.recordingCount])).toEqual([[event.id, 1]]);
    expect(env.ctx.repos.transcripts.listForEvent(event.id).map((t) => t.recordingId)).toEqual([generic]);
    expect(env.ctx.search.find('瑠璃色').groups).toEqual([]);
  });

  it('keeps an empty practice event while a take is being recorded into it', async () => {
    const companyId = env.ctx.library.createCompany({ name: '株式会社録音中' }).id;
    const [before] = practiceEvents();
    if (before) await env.ctx.library.deleteEvent(before.id);
    await take(companyId, '挫折した経験は');
    const eventId = env.ctx.practice.spoken.recordingEvent().id;
    const open = await env.ctx.live.start(eventId, { mode: 'in_person', sampleRate: 16_000, channels: 1 });
    await env.ctx.library.deleteCompany(companyId);
    expect(practiceEvents().map((event) => event.id)).toEqual([eventId]);
    await env.ctx.live.stop(open.id, { reason: 'user' });
  });
});
