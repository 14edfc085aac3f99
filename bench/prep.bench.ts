/**
 * npm run bench:prep — predictions for a company with 10 hours of history, warm (target < 1 s).
 * A real encrypted library holds one company with ten one-hour interviews (the labelled one-to-one
 * interviews of the fixtures, laid end to end with fresh ids and times) and, besides, ten hours at other
 * companies (the consistency check reads everything). The first call analyses and stores the reports;
 * the warm figures are the median of 5 calls after that. The floor: reading the stored reports alone.
 */
import { predictNextRound, type TranscriptContent, type TranscriptSegment } from '@furikaeri/core';
import type { AppContext } from '../packages/server/src/app-context';
import { PrepHistory } from '../packages/server/src/prep/prep-history';
import { loadFixtures } from '../packages/server/test/analysis/support/fixtures';
import { seedTranscript } from '../packages/server/test/prep/support/seed';
import { tempContext } from '../packages/server/test/support/temp-context';

const HOUR_MS = 3_600_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const oneToOne = loadFixtures().filter(
  (fixture) => fixture.eventType === 'interview' && fixture.content.speakers.length === 2,
);

/** One hour of interview: the fixtures in turn, each moved to start where the previous ended. */
function hourOfInterview(seed: number): TranscriptContent {
  const segments: TranscriptSegment[] = [];
  let offset = 0;
  for (let index = seed; offset < HOUR_MS; index += 1) {
    const source = oneToOne[index % oneToOne.length]?.content;
    if (!source) break;
    const me = new Set(source.speakers.filter((s) => s.role === 'me').map((s) => s.key));
    const first = source.segments[0]?.startMs ?? 0;
    for (const segment of source.segments) {
      const speaker = me.has(segment.speaker) ? 'M' : 'I';
      segments.push({
        ...segment,
        id: `seg-${segments.length + 1}`,
        speaker,
        startMs: segment.startMs - first + offset,
        endMs: segment.endMs - first + offset,
      });
    }
    offset = (segments.at(-1)?.endMs ?? offset) + 3_000;
  }
  return {
    language: 'ja',
    source: { kind: 'asr', engine: 'bench', model: 'fixtures', diarization: 'channels' },
    speakers: (oneToOne[0]?.content.speakers ?? []).map((speaker) => ({
      ...speaker,
      key: speaker.role === 'me' ? 'M' : 'I',
    })),
    segments,
    speechRegions: [],
  };
}

function seedCompany(ctx: AppContext, name: string, hours: number, seed: number): string {
  const companyId = ctx.library.createCompany({ name }).id;
  const rounds = ['first', 'second', 'third'] as const;
  for (let hour = 0; hour < hours; hour += 1) {
    const event = ctx.library.createEvent({
      companyId,
      type: 'interview',
      round: rounds[hour % rounds.length],
      date: `2026-10-${String(hour + 1).padStart(2, '0')}`,
    });
    seedTranscript(ctx, event.id, hourOfInterview(seed + hour));
  }
  return companyId;
}

const env = await tempContext();
const { ctx } = env;
const companyId = seedCompany(ctx, 'ベンチ株式会社', 10, 0);
for (let other = 0; other < 5; other += 1) seedCompany(ctx, `他社${other}`, 2, other + 3);
const segments = ctx.repos.events
  .list({ companyId })
  .reduce((sum, event) => sum + (ctx.repos.transcripts.findCurrent(event.id)?.segments.length ?? 0), 0);
console.log(`history: 10 one-hour interviews at the company (${segments} segments) + 10 hours at 5 other companies`);

let started = performance.now();
const cold = await ctx.prep.prepare(companyId);
console.log(`cold (analyses all 20 hours and stores the reports): ${(performance.now() - started).toFixed(0)} ms`);

const warm: number[] = [];
const floor: number[] = [];
const core: number[] = [];
const history = new PrepHistory(ctx.repos, ctx.analysis);
for (let run = 0; run < 5; run += 1) {
  started = performance.now();
  await ctx.prep.prepare(companyId);
  warm.push(performance.now() - started);
  started = performance.now();
  const { events } = await history.events();
  floor.push(performance.now() - started);
  started = performance.now();
  predictNextRound({ events: events.filter((event) => event.companyId === companyId) });
  core.push(performance.now() - started);
}
const ok = median(warm) < 1_000 ? 'ok  ' : 'MISS';
console.log(
  `${ok} warm prepare (predictions + consistency + checklist): median ${median(warm).toFixed(0)} ms of 5   target < 1000 ms`,
);
console.log(`     floor: reading the 20 stored reports: median ${median(floor).toFixed(0)} ms`);
console.log(`     core predictions alone (10 hours): median ${median(core).toFixed(1)} ms`);
console.log(`     ${cold.predictions.length} predictions, ${cold.warnings.length} consistency warnings`);
await env.cleanup();
