import type { DeletionImpact } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTranscript } from './prep/support/seed';
import { type HttpTestApp, openHttpTestApp } from './support/http-app';

let http: HttpTestApp;
let companyId: string;
let sales: string;
let planning: string;

const impact = async (path: string): Promise<DeletionImpact> => {
  const response = await http.call(path);
  expect(response.status).toBe(200);
  return (await response.json()) as DeletionImpact;
};

beforeAll(async () => {
  http = await openHttpTestApp();
  const { ctx } = http;
  companyId = ctx.library.createCompany({ name: '株式会社かぞえる' }).id;
  sales = ctx.library.createApplication({ companyId, role: '法人営業' }).id;
  planning = ctx.library.createApplication({ companyId, role: '商品企画' }).id;
  const first = ctx.library.createEvent({ companyId, applicationId: sales, type: 'interview', round: 'first' }).id;
  ctx.library.createEvent({ companyId, applicationId: sales, type: 'interview', round: 'second' });
  ctx.library.createEvent({ companyId, type: 'ob_og_visit' });
  seedTranscript(ctx, first, {
    language: 'ja',
    source: { kind: 'import', format: 'text', fileName: 'interview.txt', estimatedTiming: true },
    speakers: [{ key: 'S1', label: '自分', role: 'me' }],
    segments: [{ id: 'seg-1', speaker: 'S1', startMs: 0, endMs: 900, text: '港北大学の佐藤です', confidence: null }],
    speechRegions: [],
  });
  const attempt = (scopeId: string) =>
    http.call('/api/practice/attempts', {
      method: 'POST',
      json: {
        questionKey: 'predicted:q',
        question: '志望動機は',
        answer: '御社の事業に惹かれました',
        keyPoints: [],
        scopeId,
      },
    });
  expect((await attempt(sales)).status).toBe(201);
  expect((await attempt(companyId)).status).toBe(201);
  const draft = await http.call(`/api/prep/${sales}/notes`, {
    method: 'PUT',
    json: { question: '志望動機は', draft: '下書き', keyPoints: [] },
  });
  expect(draft.status).toBe(200);
});
afterAll(() => http.cleanup());

describe('GET /api/companies/:id/deletion and /api/applications/:id/deletion', () => {
  it('counts what deleting the company takes, and changes nothing', async () => {
    expect(await impact(`/api/companies/${companyId}/deletion`)).toEqual({
      applications: 2,
      events: 3,
      eventsKept: 0,
      recordings: 0,
      audioFiles: 0,
      audioBytes: 0,
      transcripts: 1,
      practiceAttempts: 2,
      drafts: 1,
    });
    expect(http.ctx.library.listEvents({ companyId })).toHaveLength(3);
  });

  it('counts an application’s preparation, and its events as kept with the company', async () => {
    expect(await impact(`/api/applications/${sales}/deletion`)).toMatchObject({
      events: 0,
      eventsKept: 2,
      transcripts: 0,
      practiceAttempts: 1,
      drafts: 1,
    });
    expect(await impact(`/api/applications/${planning}/deletion`)).toMatchObject({
      eventsKept: 0,
      practiceAttempts: 0,
    });
  });

  it('answers 404 for a company or application that does not exist', async () => {
    expect((await http.call('/api/companies/co_nothing00/deletion')).status).toBe(404);
    expect((await http.call('/api/applications/app_nothing0/deletion')).status).toBe(404);
  });

  it('refuses without the session token or with a wrong one', async () => {
    for (const path of [`/api/companies/${companyId}/deletion`, `/api/applications/${sales}/deletion`]) {
      const anonymous = await http.app.request(`http://127.0.0.1:4280${path}`, { headers: { host: '127.0.0.1:4280' } });
      expect(anonymous.status).toBe(401);
      const wrong = await http.app.request(`http://127.0.0.1:4280${path}`, {
        headers: { host: '127.0.0.1:4280', authorization: 'Bearer wrong-token' },
      });
      expect(wrong.status).toBe(401);
    }
  });
});
