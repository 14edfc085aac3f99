import type { Message, PracticeAttemptView, PracticeQuestion, PrepView, QuestionBankView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../analysis/support/fixtures';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';
import { loadSecondRounds, roundTwoContent } from './support/second-rounds';
import { seedTranscript } from './support/seed';

let http: HttpTestApp;
let applicationId: string;
let companyId: string;
let secondId: string;

/**
 * The prep routes over the real HTTP app and database: the first round of fixture 01 and the second round
 * written for the same company are the history; a second company asked the same reason for changing jobs.
 */
beforeAll(async () => {
  http = await openHttpTestApp();
  const { ctx } = http;
  companyId = ctx.library.createCompany({ name: '会計クラウド株式会社' }).id;
  applicationId = ctx.library.createApplication({ companyId, role: 'バックエンドエンジニア' }).id;
  const first = ctx.library.createEvent({
    companyId,
    applicationId,
    type: 'interview',
    round: 'first',
    date: '2026-11-18',
  });
  const second = ctx.library.createEvent({
    companyId,
    applicationId,
    type: 'interview',
    round: 'second',
    date: '2026-11-28',
  });
  secondId = second.id;
  const roundOne = loadFixtures().find((f) => f.id === '01-it-midcareer-first-round');
  const roundTwo = loadSecondRounds().find((f) => f.id === 'accounting-second-round');
  if (!roundOne || !roundTwo) throw new Error('fixtures missing');
  seedTranscript(ctx, first.id, roundOne.content);
  seedTranscript(ctx, second.id, roundTwoContent(roundTwo));
  const other = ctx.library.createEvent({
    companyId: ctx.library.createCompany({ name: '別の会社' }).id,
    type: 'interview',
    round: 'first',
    date: '2026-11-20',
  });
  seedTranscript(ctx, other.id, {
    ...roundOne.content,
    segments: [
      {
        id: 'seg-1',
        speaker: 'S1',
        startMs: 0,
        endMs: 4_000,
        text: '転職を考えた理由を教えてください。',
        confidence: null,
      },
      {
        id: 'seg-2',
        speaker: 'mic',
        startMs: 5_000,
        endMs: 20_000,
        text: '残業が多く、年収にも不満があったためです。',
        confidence: null,
      },
    ],
  });
});
afterAll(() => http.cleanup());

describe('GET /api/prep/:target', () => {
  it('predicts the final round for the application with sources, and flags the other reason I gave elsewhere', async () => {
    const response = await http.call(`/api/prep/${applicationId}`);
    expect(response.status).toBe(200);
    const view = (await response.json()) as PrepView;
    expect(view.application?.id).toBe(applicationId);
    expect(view.targetRound).toBe('final');
    expect(view.predictions.length).toBeGreaterThan(3);
    expect(view.predictions.length).toBeLessThanOrEqual(15);
    const followUp = view.predictions.find((p) => p.kind === 'follow_up');
    expect(view.events.map((e) => e.id)).toContain(followUp?.source?.eventId);
    expect(view.predictions.some((p) => p.kind === 'round_category' && p.topic === 'round:other_companies')).toBe(true);
    const reason = view.warnings.find((w) => w.kind === 'reason_for_change');
    expect(reason?.second.companyName).toBe('別の会社');
    expect(reason?.second.source.quote).toContain('残業');
  });

  it('answers a company name as well, and says what is wrong with an unknown one in both languages', async () => {
    const byName = (await (
      await http.call(`/api/prep/${encodeURIComponent('会計クラウド株式会社')}`)
    ).json()) as PrepView;
    expect(byName.company.id).toBe(companyId);
    const missing = await http.call('/api/prep/co_doesnotexist0000');
    expect(missing.status).toBe(404);
    const body = (await missing.json()) as { message: Message };
    expect(body.message.ja).toContain('見つかりません');
  });

  it('keeps drafts, key points and 逆質問, and the checklist follows', async () => {
    const view = (await (await http.call(`/api/prep/${applicationId}`)).json()) as PrepView;
    const question = view.predictions[0]?.text.ja ?? '';
    const saved = await http.call(`/api/prep/${applicationId}/notes`, {
      method: 'PUT',
      json: { question, draft: '顧客インタビューに同席したい', keyPoints: ['課題の整理', '決済の知識'] },
    });
    expect(saved.status).toBe(200);
    await http.call(`/api/prep/${applicationId}/reverse-questions`, {
      method: 'PUT',
      json: {
        questions: ['チームで顧客の声を聞く場は、どのくらいの頻度でありますか。', '評価制度について教えてください。'],
      },
    });
    const after = (await (await http.call(`/api/prep/${applicationId}`)).json()) as PrepView;
    expect(after.notes).toEqual([
      { question, draft: '顧客インタビューに同席したい', keyPoints: ['課題の整理', '決済の知識'], companyWide: false },
    ]);
    expect(after.checklist.find((i) => i.text === question)?.done).toBe(true);
    // Asked in round 2 already: only the other one is left to ask.
    expect(after.checklist.filter((i) => i.kind === 'reverse_question').map((i) => i.text)).toEqual([
      '評価制度について教えてください。',
    ]);
    // Preparing the 2次 again reads only the 1次: what was asked in the 2次 is still to ask there.
    const again = (await (await http.call(`/api/prep/${applicationId}?round=second`)).json()) as PrepView;
    expect(again.checklist.filter((i) => i.kind === 'reverse_question')).toHaveLength(2);
    expect(again.predictions.every((p) => p.source?.eventId !== secondId)).toBe(true);
    const bad = await http.call(`/api/prep/${applicationId}/notes`, { method: 'PUT', json: { draft: 'x' } });
    expect(bad.status).toBe(400);
  });
});

describe('the question bank and practice', () => {
  it('groups the questions asked across events and keeps the answer I mark as best', async () => {
    const bank = (await (await http.call('/api/question-bank')).json()) as QuestionBankView;
    const reason = bank.groups.find((g) => g.entries.length >= 2 && g.category === 'reason_for_change');
    expect(reason?.entries.map((e) => e.companyName).sort()).toEqual(['会計クラウド株式会社', '別の会社']);
    const entry = reason?.entries[1];
    const marked = (await (
      await http.call('/api/question-bank/best', {
        method: 'PUT',
        json: { groupKey: reason?.key, eventId: entry?.eventId, questionId: entry?.questionId },
      })
    ).json()) as QuestionBankView;
    expect(marked.groups.find((g) => g.key === reason?.key)?.best).toEqual({
      eventId: entry?.eventId,
      questionId: entry?.questionId,
    });
  });

  it('serves the predicted set and scores a typed answer at once, keeping every attempt', async () => {
    const questions = (await (
      await http.call(`/api/practice/questions?set=predicted&target=${applicationId}`)
    ).json()) as PracticeQuestion[];
    expect(questions.length).toBeGreaterThan(3);
    const question = questions[0] as PracticeQuestion;
    const post = (answer: string) =>
      http.call('/api/practice/attempts', {
        method: 'POST',
        json: {
          questionKey: question.key,
          question: question.text,
          answer,
          durationMs: null,
          keyPoints: ['課題の整理'],
        },
      });
    expect((await post('えーと、顧客の声を聞きたいです。')).status).toBe(201);
    const second = (await (
      await post('顧客インタビューに同席し、課題の整理から関わりたいです。')
    ).json()) as PracticeAttemptView;
    expect(second.score?.keyPoints).toEqual([{ point: '課題の整理', covered: true }]);
    expect(second.score?.charsPerMinute).toBeNull();
    const attempts = (await (
      await http.call(`/api/practice/attempts?question=${encodeURIComponent(question.key)}`)
    ).json()) as PracticeAttemptView[];
    expect(attempts.map((a) => a.score?.fillers)).toEqual([1, 0]);
    expect((await post('   ')).status).toBe(400);
  });

  it('refuses the routes without the token', async () => {
    const response = await http.app.request(`http://127.0.0.1:4280/api/prep/${secondId}`, {
      headers: { host: '127.0.0.1:4280' },
    });
    expect(response.status).toBe(401);
  });
});
