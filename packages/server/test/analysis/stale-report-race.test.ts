import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context';
import { type TempContext, tempContext } from '../support/temp-context';
import { FIXTURE_DIR } from './support/fixtures';

let env: TempContext;
let ctx: AppContext;
let eventId: string;

beforeAll(async () => {
  env = await tempContext();
  ctx = env.ctx;
  const company = ctx.library.createCompany({ name: '物流会社' });
  eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
  const bytes = fs.readFileSync(path.join(FIXTURE_DIR, '02-newgrad-zoom-first-round.vtt'));
  await ctx.transcriptImports.importFile({ eventId, fileName: 'zoom.vtt', bytes });
  await ctx.worker.drain();
});
afterAll(() => env.cleanup());

describe('no stale report after a role change (#16 item 7)', () => {
  it('an analysis that started before the roles changed is not served once it finishes', async () => {
    const transcript = ctx.transcriptImports.current(eventId);
    const keys = transcript.speakers.map((speaker) => speaker.key);
    // The analysis starts with the roles as imported; while it tokenises, the user marks nobody as "me".
    const running = ctx.analysis.analyseEvent(eventId);
    ctx.transcriptImports.updateSpeakers(
      eventId,
      keys.map((key) => ({ key, role: 'unknown' })),
    );
    const finished = await running;
    // The job finished after the change, with the old roles: it must not count as the current report.
    expect(finished.report.speakers.some((speaker) => speaker.role === 'me')).toBe(true);
    const served = await ctx.analysis.current(eventId);
    expect(served.report.speakers.map((speaker) => speaker.role)).toEqual(keys.map(() => 'unknown'));
    expect(served.report.questions).toEqual([]);
    await ctx.worker.drain();
    expect((await ctx.analysis.current(eventId)).report.questions).toEqual([]);
  });
});
