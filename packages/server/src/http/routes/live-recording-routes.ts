import { AppError, MAX_SAMPLE_RATE, maxChunkBytes } from '@furikaeri/core';
import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/** No chunk of any accepted format is larger (one second of 48 kHz stereo); checked again per session. */
const MAX_BODY_BYTES = maxChunkBytes({ sampleRate: MAX_SAMPLE_RATE, channels: 2 });

function tooLarge(): AppError {
  return new AppError('validation', { ja: '音声データが大きすぎます', en: 'The audio chunk is too large' });
}

/** Reads a chunk body, refusing it as soon as it passes the limit (a wrong client cannot fill memory). */
async function chunkBody(request: Request): Promise<Uint8Array> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(value);
  }
  return Buffer.concat(parts, total);
}

function wholeNumber(text: string | undefined, what: { ja: string; en: string }): number {
  const value = Number(text);
  if (text === undefined || !/^\d{1,12}$/.test(text) || !Number.isSafeInteger(value)) {
    throw new AppError('validation', { ja: `${what.ja}が不正です`, en: `Malformed ${what.en}` });
  }
  return value;
}

/** The recorder's HTTP API; each handler is one call into the live recording service. */
export function liveRecordingRoutes(context: () => AppContext): Hono {
  const live = () => context().live;
  return new Hono()
    .get('/live/capacity', async (c) => c.json(await live().capacity(c.req.query())))
    .post('/events/:id/live-sessions', async (c) =>
      c.json(await live().start(c.req.param('id'), await jsonBody(c)), 201),
    )
    .get('/live-sessions/:id', (c) => c.json(live().get(c.req.param('id'))))
    .put('/live-sessions/:id/chunks/:seq', async (c) => {
      const seq = wholeNumber(c.req.param('seq'), { ja: 'チャンク番号', en: 'chunk number' });
      // Where the chunk starts in the session's audio, in bytes: the server places it by this (chunk-order.ts).
      const offset = wholeNumber(c.req.header('x-chunk-offset'), { ja: 'チャンクの位置', en: 'chunk offset' });
      const bytes = await chunkBody(c.req.raw);
      return c.json(await live().appendChunk(c.req.param('id'), seq, offset, bytes));
    })
    .post('/live-sessions/:id/heartbeat', async (c) =>
      c.json(await live().heartbeat(c.req.param('id'), await jsonBody(c))),
    )
    .post('/live-sessions/:id/bookmarks', async (c) =>
      c.json(live().addBookmark(c.req.param('id'), await jsonBody(c)), 201),
    )
    .post('/live-sessions/:id/stop', async (c) => c.json(await live().stop(c.req.param('id'), await jsonBody(c))))
    .get('/recordings/:id/bookmarks', (c) => c.json(live().bookmarksOf(c.req.param('id'))))
    .get('/recordings/:id/capture', (c) => c.json(live().captureOf(c.req.param('id'))));
}
