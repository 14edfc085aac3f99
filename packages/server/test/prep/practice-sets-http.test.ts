import type { Application, PracticeQuestion, PrepView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';
import { importedInterview, seedTranscript } from './support/seed';

let http: HttpTestApp;
let companyId: string;
let sales: string;

const json = async <T>(path: string): Promise<T> => {
  const response = await http.call(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

beforeAll(async () => {
  http = await openHttpTestApp();
  const { ctx } = http;
  companyId = ctx.library.createCompany({ name: '株式会社段階' }).id;
  sales = ctx.library.createApplication({ companyId, role: '法人営業' }).id;
  const eventId = ctx.library.createEvent({ companyId, applicationId: sales, type: 'interview', round: 'first' }).id;
  seedTranscript(
    ctx,
    eventId,
    importedInterview('first.txt', { interviewer: '面接官', me: '自分' }, [
      '学生時代に力を入れたことを教えてください',
      'テニスサークルで新入生の勧誘を担当し、入会者を三十人に増やしました',
    ]),
  );
});
afterAll(() => http.cleanup());

describe('practice at the predicted questions of the round the prep page showed', () => {
  it('asks the chosen round’s predictions, and the next round’s without one', async () => {
    const texts = (questions: PracticeQuestion[]) => questions.map((q) => q.text);
    const finalRound = await json<PrepView>(`/api/prep/${sales}?round=final`);
    const next = await json<PrepView>(`/api/prep/${sales}`);
    expect(next.targetRound).toBe('second');
    const practisedFinal = await json<PracticeQuestion[]>(
      `/api/practice/questions?set=predicted&target=${sales}&round=final`,
    );
    expect(texts(practisedFinal)).toEqual(finalRound.predictions.map((p) => p.text.ja));
    expect(texts(practisedFinal)).not.toEqual(next.predictions.map((p) => p.text.ja));
    const practisedNext = await json<PracticeQuestion[]>(`/api/practice/questions?set=predicted&target=${sales}`);
    expect(texts(practisedNext)).toEqual(next.predictions.map((p) => p.text.ja));
  });
});

describe('GET /api/applications', () => {
  it('lists every application with its company, so the practice page can name them', async () => {
    const applications = await json<Application[]>('/api/applications');
    expect(applications.map((a) => [a.id, a.companyId, a.role])).toEqual([[sales, companyId, '法人営業']]);
  });

  it('refuses without the session token', async () => {
    const anonymous = await http.app.request('http://127.0.0.1:4280/api/applications', {
      headers: { host: '127.0.0.1:4280' },
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('a practice set of one kind', () => {
  const ofKind = (category: string) =>
    json<PracticeQuestion[]>(`/api/practice/questions?set=category&category=${category}`);

  it('draws from my own history when I was asked one of that kind', async () => {
    const questions = await ofKind('success');
    expect(questions.map((q) => [q.text, q.generic])).toEqual([
      ['学生時代に力を入れたことを教えてください', undefined],
    ]);
  });

  it('falls back to the generic questions of that kind, marked, when I was asked none', async () => {
    const questions = await ofKind('stress');
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.every((q) => q.generic === true && q.scopeId === null && q.key.startsWith('generic:'))).toBe(true);
    expect(questions.map((q) => q.text)).toContain('強いプレッシャーを感じたとき、どのように対処していますか。');
  });
});
