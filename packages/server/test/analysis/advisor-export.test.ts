import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context';
import { type TempContext, tempContext } from '../support/temp-context';

let env: TempContext;
let ctx: AppContext;
let eventId: string;

const TRANSCRIPT = [
  '面接官: 本日はお越しいただきありがとうございます。人事部の鈴木です。まず自己紹介をお願いします。',
  '自分: 田中美咲と申します。京都大学で経済学を学び、ゼミでは地域の商店街の調査をしていました。',
  '面接官: ありがとうございます。当社を志望した理由を教えてください。',
  '自分: はい。アオバ食品さんの商品開発に魅力を感じたからです。インターンで伊藤さんに伺ったお話が決め手でした。',
  '面接官: 最後に何か質問はありますか。',
  '自分: 入社後の研修について教えていただけますか。',
  '面接官: 最初の三か月は静岡の工場で研修があります。',
].join('\n');

beforeAll(async () => {
  env = await tempContext();
  ctx = env.ctx;
  const company = ctx.library.createCompany({ name: '株式会社アオバ食品' });
  eventId = ctx.library.createEvent({
    companyId: company.id,
    type: 'interview',
    round: 'first',
    participants: [{ name: '鈴木', role: '面接官' }],
  }).id;
  await ctx.transcriptImports.importFile({
    eventId,
    fileName: 'memo.txt',
    bytes: new TextEncoder().encode(TRANSCRIPT),
  });
  await ctx.worker.drain();
});
afterAll(() => env.cleanup());

describe('the advisor export (real kuromoji)', () => {
  it('holds the questions and my answers with company, people and places hidden, and the rules on top', async () => {
    const { text, listedNames } = await ctx.advisorExport.export(eventId, { names: ['伊藤'] });
    expect(listedNames).toEqual(['株式会社アオバ食品', 'アオバ食品', '鈴木', '伊藤']);
    for (const name of ['アオバ', '鈴木', '田中', '美咲', '京都', '伊藤', '静岡']) expect(text).not.toContain(name);
    expect(text).toContain('自己紹介をお願いします');
    expect(text).toContain('〇〇と申します');
    expect(text).toContain('経済学を学び');
    expect(text).toContain('入社後の研修について教えていただけますか');
    expect(text).toContain('SNS などに公開しないでください');
    // Only questions and my answers: the interviewer's greeting is not a question and stays out.
    expect(text).not.toContain('お越しいただき');
  });

  it('answers in English on request and refuses a malformed list of names', async () => {
    const { text } = await ctx.advisorExport.export(eventId, { locale: 'en' });
    expect(text).toContain('never post it publicly');
    await expect(ctx.advisorExport.export(eventId, { names: 'アオバ' })).rejects.toThrow(/list/);
  });
});
