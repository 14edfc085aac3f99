import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import { AppError } from '@furikaeri/core';
import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { tarStream } from '../../export/tar';
import { audioResponse } from '../audio-response';

/** The browser sends the file name percent-encoded: HTTP header values are ASCII, Japanese names are not. */
function fileNameHeader(value: string | undefined): string {
  if (!value) return 'recording';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function recordingRoutes(context: () => AppContext): Hono {
  const recordings = () => context().recordings;
  return new Hono()
    .post('/events/:id/recordings', async (c) => {
      const body = c.req.raw.body;
      if (!body) throw new AppError('empty_file', { ja: 'ファイルが空です', en: 'The file is empty' });
      const result = await recordings().ingest({
        eventId: c.req.param('id'),
        originalName: fileNameHeader(c.req.header('x-file-name')),
        body: Readable.fromWeb(body as NodeWebReadableStream<Uint8Array>),
        declaredBytes: Number(c.req.header('content-length')) || undefined,
        signal: c.req.raw.signal,
      });
      return c.json(result, 201);
    })
    .get('/recordings', (c) => c.json(recordings().list()))
    .get('/recordings/:id', (c) => c.json(recordings().get(c.req.param('id'))))
    .delete('/recordings/:id', async (c) => {
      await recordings().delete(c.req.param('id'));
      return c.body(null, 204);
    })
    .post('/recordings/:id/retry', (c) => c.json(recordings().retryImport(c.req.param('id')), 202))
    .get('/recordings/:id/audio', (c) => audioResponse(context(), c.req.param('id'), c.req.header('range')))
    .get('/recordings/:id/verify', async (c) => c.json(await context().integrity.verify(c.req.param('id'))))
    .get('/recordings/:id/evidence', async (c) => {
      const evidence = await context().integrity.evidencePackage(c.req.param('id'));
      const size = evidence.entries.reduce((sum, entry) => sum + 512 + Math.ceil(entry.size / 512) * 512, 1024);
      return new Response(Readable.toWeb(tarStream(evidence.entries)) as ReadableStream<Uint8Array>, {
        headers: {
          'Content-Type': 'application/x-tar',
          'Content-Length': String(size),
          'Content-Disposition': `attachment; filename="${evidence.fileName}"`,
          'Cache-Control': 'no-store',
        },
      });
    })
    .post('/jobs/:id/cancel', (c) => c.json(recordings().cancelJob(c.req.param('id'))));
}
