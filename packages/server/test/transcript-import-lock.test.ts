import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createInterview } from '../../../test/support/api-client';
import { lockLatency } from '../../../test/support/running-jobs';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import { uploadTranscript } from '../../../test/support/transcript-uploads';
import { mixedWorstCase } from '../../../test/support/worst-case-transcript';
import { type AppContext, createAppContext } from '../src/app-context';
import { TEST_PASSPHRASE, tempContext } from './support/temp-context';

/** A few MB of the worst case (one huge line, many short ones): seconds of work on the old main thread. */
const FILE_BYTES = 3 * 1024 * 1024;
const MARKER = 'らくだのこぶ';
const encode = (text: string) => new TextEncoder().encode(text);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function storedOf(ctx: AppContext, eventIds: readonly string[]) {
  const docs = ctx.db.prepare('SELECT COUNT(*) AS n FROM search_docs WHERE event_id = ?');
  return eventIds.map((eventId) => ({
    transcripts: ctx.repos.transcripts.listForEvent(eventId).length,
    searchDocs: (docs.get(eventId) as { n: number }).n,
  }));
}

/** The analyses the earlier imports queued run on the main thread too (their own limit): not during the lock. */
async function untilNoJobs(server: TestServer): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (server.session.require().repos.jobs.listActive().length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function tmpFiles(dataDir: string): string[] {
  const tmp = path.join(dataDir, 'tmp');
  return fs.existsSync(tmp) ? fs.readdirSync(tmp, { recursive: true }).map(String) : [];
}

describe('a lock during large transcript imports stops them at once and leaves nothing of them (issue #15)', () => {
  it('locks while three uploads are read and stored: they answer "locked"; the library is intact after unlocking', async () => {
    const server: TestServer = await startTestServer({ passphrase: TEST_PASSPHRASE });
    cleanups.push(() => server.dispose());
    const kept = await createInterview(server, '株式会社のこる');
    const small = encode('面接官: 志望動機を教えてください。\n自分: ゆうびんきょくで働いた経験からです。\n');
    expect((await uploadTranscript(server, kept.id, small)).status).toBe(201);

    // The import's own duration on this machine, now: what "promptly" is measured against.
    const alone = await createInterview(server, '株式会社ひとりで');
    const baseline = await uploadTranscript(server, alone.id, encode(mixedWorstCase(FILE_BYTES)));
    expect(baseline.status).toBe(201);
    const importMs = baseline.ms ?? 0;
    await untilNoJobs(server);

    const marked = encode(`${mixedWorstCase(FILE_BYTES)}\n自分: ${MARKER}を見ました`);
    const events = [
      await createInterview(server, '株式会社ロック一'),
      await createInterview(server, '株式会社ロック二'),
      await createInterview(server, '株式会社ロック三'),
    ];
    const uploads = Promise.all([
      uploadTranscript(server, events[0]?.id ?? '', marked),
      uploadTranscript(server, events[1]?.id ?? '', marked),
      uploadTranscript(server, events[2]?.id ?? '', marked, 'preview'),
    ]);
    const latency = await lockLatency(() => server.session.lock(), importMs * 0.3, 120_000);
    console.log(`one import alone: ${importMs.toFixed(0)} ms; lock during three: ${latency?.toFixed(0)} ms`);
    // The old code finished all three imports (about three times `importMs`) before the lock could run.
    expect(latency).not.toBeNull();
    expect(latency).toBeLessThan(importMs * 0.25);
    expect((await uploads).map((outcome) => [outcome.status, outcome.code])).toEqual([
      [423, 'locked'],
      [423, 'locked'],
      [423, 'locked'],
    ]);

    await server.session.unlock(TEST_PASSPHRASE);
    const ctx = server.session.require();
    const eventIds = events.map((event) => event?.id ?? '');
    expect(storedOf(ctx, eventIds)).toEqual(eventIds.map(() => ({ transcripts: 0, searchDocs: 0 })));
    expect(ctx.search.find(MARKER).groups).toEqual([]);
    expect(tmpFiles(server.dataDir)).toEqual([]);
    // What was there before is untouched, and imports work again.
    expect(ctx.search.find('ゆうびんきょく').groups.map((group) => group.event.id)).toEqual([kept.id]);
    expect(ctx.repos.transcripts.findCurrent(alone.id)?.segments.length).toBeGreaterThan(1000);
    expect((await uploadTranscript(server, eventIds[0] ?? '', small)).status).toBe(201);
  }, 400_000);

  it('a close while the search documents are being written leaves no transcript and, once reopened, no documents', async () => {
    const { ctx, dataDir, masterKey, cleanup } = await tempContext();
    const company = ctx.library.createCompany({ name: '株式会社途中' });
    const eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview' }).id;
    const bytes = encode(mixedWorstCase(FILE_BYTES));
    const importing = Promise.resolve().then(() =>
      ctx.transcriptImports.importFile({ eventId, fileName: 'worst.txt', bytes }),
    );
    importing.catch(() => {});
    const written = ctx.db.prepare('SELECT COUNT(*) AS n FROM search_docs WHERE event_id = ?');
    const deadline = Date.now() + 120_000;
    while ((written.get(eventId) as { n: number }).n === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((written.get(eventId) as { n: number }).n).toBeGreaterThan(0);
    expect(ctx.search.find('マーケティング').groups).toEqual([]);
    await ctx.close();
    await expect(importing).rejects.toMatchObject({ code: 'locked' });

    const reopened = createAppContext({ dataDir, masterKey, removeLeftovers: true });
    cleanups.push(async () => {
      await reopened.close();
      await cleanup().catch(() => {});
    });
    expect(storedOf(reopened, [eventId])).toEqual([{ transcripts: 0, searchDocs: 0 }]);
  }, 240_000);

  it('a new import replaces the search documents of the transcript it replaces', async () => {
    const { ctx, cleanup } = await tempContext();
    cleanups.push(cleanup);
    const company = ctx.library.createCompany({ name: '株式会社差し替え' });
    const eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview' }).id;
    const file = (word: string) => encode(`面接官: 志望動機は？\n自分: ${word}に惹かれました。\n`);
    await ctx.transcriptImports.importFile({ eventId, fileName: 'first.txt', bytes: file('ふるいことば') });
    expect(ctx.search.find('ふるいことば').groups).toHaveLength(1);
    // An edit of the current transcript rewrites its documents as the transcriber's are (kind "segment").
    const current = ctx.transcriptImports.current(eventId);
    ctx.repos.transcripts.updateContent(current.id, current.speakers, current.segments, new Date().toISOString());
    const { transcript } = await ctx.transcriptImports.importFile({
      eventId,
      fileName: 'second.txt',
      bytes: file('あたらしいことば'),
    });
    expect(ctx.search.find('ふるいことば').groups).toEqual([]);
    const hits = ctx.search.find('あたらしいことば').groups.flatMap((group) => group.hits);
    expect(hits.map((hit) => [hit.kind, transcript.segments.some((segment) => segment.id === hit.ref)])).toEqual([
      ['segment', true],
    ]);
    const count = ctx.db.prepare('SELECT COUNT(*) AS n FROM search_docs WHERE event_id = ?');
    expect(count.get(eventId)).toEqual({ n: transcript.segments.length });
    // A transcript stored whole (the transcriber's) replaces the imported one's documents as well.
    const content = { ...transcript, segments: transcript.segments.slice(0, 1) };
    ctx.repos.transcripts.insertAsCurrent(
      { id: 'tr_whole', eventId, recordingId: null, content },
      transcript.updatedAt,
    );
    expect(ctx.search.find('あたらしいことば').groups).toEqual([]);
    expect(count.get(eventId)).toEqual({ n: 1 });
  });
});
