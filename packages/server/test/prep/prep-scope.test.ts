import type { PracticeQuestion, PrepView, TranscriptContent } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';
import { importedInterview, seedTranscript } from './support/seed';

let http: HttpTestApp;

/** A short interview transcript with words found nowhere else, so leftovers can be searched for. */
function interview(marker: string, reverse: string): TranscriptContent {
  return importedInterview('scope.txt', { interviewer: '佐藤 一郎', me: '話者2' }, [
    '学生時代に力を入れたことを教えてください',
    `${marker}の立ち上げで、三ヶ月で会員を二百人に増やしました`,
    '最後に何か質問はありますか',
    reverse,
  ]);
}

const view = async (target: string, round = ''): Promise<PrepView> =>
  (await (await http.call(`/api/prep/${target}${round ? `?round=${round}` : ''}`)).json()) as PrepView;
const putNote = (target: string, question: string, draft: string, keyPoints: string[] = []) =>
  http.call(`/api/prep/${target}/notes`, { method: 'PUT', json: { question, draft, keyPoints } });

let companyId: string;
let sales: string;
let planning: string;

beforeAll(async () => {
  http = await openHttpTestApp();
  const { ctx } = http;
  companyId = ctx.library.createCompany({ name: '二職種株式会社' }).id;
  sales = ctx.library.createApplication({ companyId, role: '法人営業' }).id;
  planning = ctx.library.createApplication({ companyId, role: '商品企画' }).id;
  const event = (applicationId: string, round: 'first' | 'second', date: string) =>
    ctx.library.createEvent({ companyId, applicationId, type: 'interview', round, date, notes: '蛍石メモ' }).id;
  seedTranscript(ctx, event(sales, 'first', '2026-11-01'), interview('翡翠サークル', '配属先の雰囲気を教えてください'));
  seedTranscript(ctx, event(sales, 'second', '2026-11-10'), interview('翡翠サークル', '評価制度を教えてください'));
  seedTranscript(ctx, event(planning, 'first', '2026-11-05'), interview('瑪瑙ゼミ', '研修制度を教えてください'));
});
afterAll(() => http.cleanup());

describe('preparation per application', () => {
  it('prepares each application for the round after its own latest, and any round chosen', async () => {
    expect((await view(sales)).targetRound).toBe('final');
    const planningView = await view(planning);
    expect([planningView.targetRound, planningView.defaultRound]).toEqual(['second', 'second']);
    const chosen = await view(planning, 'final');
    expect([chosen.targetRound, chosen.defaultRound]).toEqual(['final', 'second']);
    const topics = (v: PrepView) => v.predictions.filter((p) => p.kind === 'round_category').map((p) => p.topic);
    expect(topics(chosen)).toContain('round:other_companies');
    expect(topics(planningView)).not.toContain('round:other_companies');
  });

  it('keeps a draft and its key points with the application it was written for', async () => {
    const question = '翡翠サークルでのあなたの役割は何でしたか。';
    expect((await putNote(sales, question, '副代表として勧誘を設計した', ['勧誘の設計'])).status).toBe(200);
    const salesView = await view(sales);
    expect(salesView.notes).toEqual([
      { question, draft: '副代表として勧誘を設計した', keyPoints: ['勧誘の設計'], companyWide: false },
    ]);
    expect(salesView.checklist).toContainEqual({ kind: 'key_point', text: '勧誘の設計', done: false });
    const planningView = await view(planning);
    expect(planningView.notes).toEqual([]);
    expect(planningView.checklist.some((item) => item.text === '勧誘の設計')).toBe(false);
  });

  it('shows a company-wide draft on every application, marked, until the application has its own', async () => {
    const question = '当社を志望する理由を教えてください。';
    await putNote(companyId, question, '会社全体の下書き', ['共通のポイント']);
    for (const target of [sales, planning]) {
      const notes = (await view(target)).notes.filter((note) => note.question === question);
      expect(notes).toEqual([
        { question, draft: '会社全体の下書き', keyPoints: ['共通のポイント'], companyWide: true },
      ]);
    }
    await putNote(planning, question, '企画職としての下書き', ['企画のポイント']);
    const planningNotes = (await view(planning)).notes.filter((note) => note.question === question);
    expect(planningNotes.map((n) => [n.draft, n.companyWide])).toEqual([['企画職としての下書き', false]]);
    const salesNotes = (await view(sales)).notes.filter((note) => note.question === question);
    expect(salesNotes.map((n) => [n.draft, n.companyWide])).toEqual([['会社全体の下書き', true]]);
    expect((await view(companyId)).notes.map((n) => n.draft)).toEqual(['会社全体の下書き']);
  });

  it('lists the 逆質問 not yet asked in this application, with the company-wide ones', async () => {
    const put = (target: string, questions: string[]) =>
      http.call(`/api/prep/${target}/reverse-questions`, { method: 'PUT', json: { questions } });
    // 評価制度 was asked in the sales application's second round, 研修制度 in the planning one.
    await put(sales, ['評価制度について教えてください。', '研修制度について教えてください。']);
    await put(companyId, ['入社までに学んでおくべきことはありますか。']);
    const toAsk = (v: PrepView) => v.checklist.filter((i) => i.kind === 'reverse_question').map((i) => i.text);
    const salesView = await view(sales);
    expect(toAsk(salesView)).toEqual([
      '研修制度について教えてください。',
      '入社までに学んでおくべきことはありますか。',
    ]);
    expect(salesView.companyReverseQuestions).toEqual(['入社までに学んでおくべきことはありますか。']);
    expect((await view(planning)).reverseQuestions).toEqual([]);
  });
});

describe('the kind of job, corrected per application', () => {
  const putJob = (target: string, json: unknown) => http.call(`/api/prep/${target}/job`, { method: 'PUT', json });
  const roundTopics = (v: PrepView) => v.predictions.filter((p) => p.kind === 'round_category').map((p) => p.topic);

  it('words the round for the kind the user set for this application, leaving the other one guessed', async () => {
    const texts = (v: PrepView) => v.predictions.map((p) => p.text.ja);
    const finalBefore = texts(await view(sales));
    const before = await view(sales, 'second');
    expect(before.job.field).toBe('sales');
    expect(before.jobChoice).toEqual({ field: null, track: null });
    expect(roundTopics(before)).not.toContain('round:technical');
    const saved = await putJob(sales, { field: 'engineering', track: 'mid_career' });
    expect(saved.status).toBe(200);
    const after = await view(sales, 'second');
    expect(after.jobChoice).toEqual({ field: 'engineering', track: 'mid_career' });
    expect(after.job).toEqual({ field: 'engineering', track: 'mid_career' });
    expect(after.jobGuess.field).toBe('sales');
    expect(roundTopics(after)).toContain('round:technical');
    expect(roundTopics(after)).not.toContain('round:sales_fit');
    // Practice at the predicted questions reads the same preparation.
    const practice = (await (
      await http.call(`/api/practice/questions?set=predicted&target=${sales}`)
    ).json()) as PracticeQuestion[];
    const finalAfter = texts(await view(sales));
    expect(finalAfter).not.toEqual(finalBefore);
    expect(practice.map((q) => q.text)).toEqual(finalAfter);
    expect((await view(planning)).jobChoice).toEqual({ field: null, track: null });
  });

  it('refuses a kind it does not know, and goes back to the guess when both parts are cleared', async () => {
    expect((await putJob(sales, { field: 'astronaut' })).status).toBe(400);
    expect((await putJob(sales, { field: null, track: null })).status).toBe(200);
    expect((await view(sales)).jobChoice).toEqual({ field: null, track: null });
    expect((await view(sales)).job.field).toBe('sales');
    // Set again: it must go with the company below.
    expect((await putJob(sales, { field: 'general', track: 'new_grad' })).status).toBe(200);
  });

  it('follows the kind set for the whole company where the application sets none, and says so', async () => {
    expect((await view(planning, 'second')).job.field).toBe('general');
    expect((await putJob(companyId, { field: 'engineering', track: null })).status).toBe(200);
    const following = await view(planning, 'second');
    expect(following.jobChoice).toEqual({ field: null, track: null });
    expect(following.job.field).toBe('engineering');
    expect(following.jobGuess.fromCompany).toEqual({ field: true, track: false });
    expect(roundTopics(following)).toContain('round:technical');
    // The application's own setting comes first.
    expect((await putJob(planning, { field: 'sales' })).status).toBe(200);
    expect((await view(planning, 'second')).job.field).toBe('sales');
    expect((await putJob(planning, { field: null, track: null })).status).toBe(200);
    expect((await putJob(companyId, { field: null, track: null })).status).toBe(200);
    const back = await view(planning, 'second');
    expect(back.job.field).toBe('general');
    expect(back.jobGuess.fromCompany).toEqual({ field: false, track: false });
  });
});

describe('deleting an application or a company', () => {
  const rowsMentioning = (needles: readonly string[]): string[] => {
    const db = http.session.require().db;
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as Array<{ name: string }>;
    const found: string[] = [];
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all()) {
        const text = JSON.stringify(row);
        for (const needle of needles) if (text.includes(needle)) found.push(`${name}: ${needle}`);
      }
    }
    return found;
  };
  const attempt = (id: string, scopeId: string) =>
    http.session
      .require()
      .db.prepare(
        `INSERT INTO practice_attempts (id, question_key, question, answer, duration_ms, score, created_at, scope_id)
         VALUES (?, 'predicted:q', 'q', '練習の回答', NULL, '{}', '2026-11-20T00:00:00Z', ?)`,
      )
      .run(id, scopeId);

  it('deletes the application’s drafts, 逆質問 and practice attempts, and keeps the company’s', async () => {
    attempt('pa_planning', planning);
    attempt('pa_company', companyId);
    expect(rowsMentioning([planning]).some((row) => row.startsWith('prep_notes'))).toBe(true);
    expect((await http.call(`/api/applications/${planning}`, { method: 'DELETE' })).status).toBe(204);
    // Its events stay with the company, unlinked; nothing of its preparation remains.
    expect(rowsMentioning([planning, '企画職としての下書き', 'pa_planning'])).toEqual([]);
    expect(rowsMentioning(['会社全体の下書き', 'pa_company']).length).toBeGreaterThan(0);
  });

  it('keeps a practice attempt at predicted questions with the application they were predicted for', async () => {
    const questions = (await (
      await http.call(`/api/practice/questions?set=predicted&target=${sales}`)
    ).json()) as PracticeQuestion[];
    const [question] = questions;
    if (!question) throw new Error('no predicted question');
    expect(questions.every((q) => q.scopeId === sales)).toBe(true);
    const answer = (scopeId: string | null) =>
      http.call('/api/practice/attempts', {
        method: 'POST',
        json: {
          questionKey: question.key,
          question: question.text,
          answer: '珊瑚の練習回答です',
          keyPoints: [],
          scopeId,
        },
      });
    expect((await answer(sales)).status).toBe(201);
    // An id that names no company or application is refused rather than kept as a dangling owner.
    expect((await answer('app_nothing00')).status).toBe(404);
    const scopes = http.session.require().db.prepare('SELECT scope_id FROM practice_attempts WHERE answer = ?');
    expect(scopes.all('珊瑚の練習回答です')).toEqual([{ scope_id: sales }]);
  });

  it('scopes a practice attempt at a question this company asked to the company; generic ones to nothing', async () => {
    const bank = await http.session.require().questionBank.bank();
    const asked = bank.groups.find((g) => g.text.includes('学生時代'));
    if (!asked) throw new Error('no 学生時代 question in the bank');
    const questionsOf = async (query: string) =>
      (await (await http.call(`/api/practice/questions?${query}`)).json()) as PracticeQuestion[];
    const question = (await questionsOf(`set=category&category=${asked.category}`)).find((q) => q.key === asked.key);
    // Asked in the sales application and in the (deleted) planning one's events, now unlinked: the company.
    expect(question?.scopeId).toBe(companyId);
    expect((await questionsOf('set=bank')).every((q) => q.scopeId === null)).toBe(true);
    const posted = await http.call('/api/practice/attempts', {
      method: 'POST',
      json: {
        questionKey: asked.key,
        question: asked.text,
        answer: '琥珀の練習回答です',
        keyPoints: [],
        scopeId: question?.scopeId,
      },
    });
    expect(posted.status).toBe(201);
  });

  it('leaves nothing of the company behind, in any table or in the search index', async () => {
    const ctx = http.session.require();
    const bank = await ctx.questionBank.bank();
    const group = bank.groups.find((g) => g.entries.some((e) => e.answer && e.companyId === companyId));
    const entry = group?.entries.find((e) => e.answer && e.companyId === companyId);
    if (!group || !entry) throw new Error('no answer in the question bank');
    await ctx.questionBank.markBest(group.key, { eventId: entry.eventId, questionId: entry.questionId });
    attempt('pa_sales', sales);
    const eventIds = ctx.library.listEvents({ companyId }).map((event) => event.id);
    const needles = [
      companyId,
      sales,
      planning,
      ...eventIds,
      '翡翠サークル',
      '瑪瑙ゼミ',
      '蛍石メモ',
      '下書き',
      'pa_',
      '珊瑚',
      '琥珀',
    ];
    expect(ctx.search.find('翡翠サークル').groups.length).toBeGreaterThan(0);
    expect((await http.call(`/api/companies/${companyId}`, { method: 'DELETE' })).status).toBe(204);
    expect(rowsMentioning(needles)).toEqual([]);
    for (const word of ['翡翠サークル', '瑪瑙ゼミ', '蛍石メモ']) expect(ctx.search.find(word).groups).toEqual([]);
  });
});
