import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpTestApp, openHttpTestApp } from './support/http-app';

let http: HttpTestApp;
let eventId: string;

beforeAll(async () => {
  http = await openHttpTestApp();
  eventId = http.ctx.library.createEvent({ companyId: null, type: 'practice' }).id;
});
afterAll(async () => {
  await http.cleanup();
});

interface ErrorBody {
  code: string;
  message: { ja: string; en: string };
  details?: { field?: string };
}

const DEEP = 100_000;

describe('deeply nested JSON is a 400 in words, not a 500', () => {
  it('as a request body', async () => {
    for (const body of ['['.repeat(DEEP) + ']'.repeat(DEEP), `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`]) {
      const response = await http.call('/api/settings/analysis-norms', {
        method: 'PUT',
        body,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).message.ja).toContain('入れ子が深すぎます');
    }
  });

  it('as an imported transcript file', async () => {
    const response = await http.call(`/api/events/${eventId}/transcripts`, {
      method: 'POST',
      body: `${'{"segments":'.repeat(DEEP)}[]${'}'.repeat(DEEP)}`,
      headers: { 'x-file-name': 'deep.json' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.message.ja).toContain('入れ子が深すぎます');
    expect(body.message.en).toContain('line 1');
  });
});

describe('norms settings refuse absurd values and name the field', () => {
  const put = (json: unknown) => http.call('/api/settings/analysis-norms', { method: 'PUT', json });
  const cases: [string, unknown, string][] = [
    ['negative pace', { pace: { targetCharsPerMinute: -300 } }, 'pace.targetCharsPerMinute'],
    ['zero ratio', { length: { longAboveRatio: 0 } }, 'length.longAboveRatio'],
    ['zero window', { intonation: { windowMs: 0 } }, 'intonation.windowMs'],
    ['1e308', { pauses: { minMs: 1e308 } }, 'pauses.minMs'],
    ['-1e308', { latency: { longMs: -1e308 } }, 'latency.longMs'],
    ['NaN as text', { fillers: { okPerMinute: 'NaN' } }, 'fillers.okPerMinute'],
    ['null', { talkShare: { min: null } }, 'talkShare.min'],
    ['share above 1', { talkShare: { max: 7 } }, 'talkShare.max'],
    ['slow above fast', { pace: { slowCharsPerMinute: 500 } }, 'pace.slowCharsPerMinute'],
    ['filler list of numbers', { fillers: { lexicon: [1, 2] } }, 'fillers.lexicon'],
    ['a group that is not an object', { pace: 5 }, 'pace'],
    ['not an object at all', [1, 2, 3], 'norms'],
  ];
  for (const [name, json, field] of cases) {
    it(`refuses ${name} (${field})`, async () => {
      const before = await (await http.call('/api/settings/analysis-norms')).json();
      const response = await put(json);
      expect(response.status).toBe(400);
      const body = (await response.json()) as ErrorBody;
      expect(body.details?.field).toBe(field);
      expect(body.message.ja).toContain(field);
      expect(body.message.en).toContain(field);
      expect(await (await http.call('/api/settings/analysis-norms')).json()).toEqual(before);
    });
  }

  it('still takes sensible values, zero where zero means something, and ignores unknown keys', async () => {
    const response = await put({
      fillers: { okPerMinute: 0, harmfulPerMinute: 8 },
      length: { shortBelowRatio: 0 },
      x: 1,
    });
    expect(response.status).toBe(200);
    const norms = (await response.json()) as { fillers: { okPerMinute: number }; length: { shortBelowRatio: number } };
    expect(norms.fillers.okPerMinute).toBe(0);
    expect(norms.length.shortBelowRatio).toBe(0);
  });
});
