import { AppError } from '@furikaeri/core';
import { type Context, Hono } from 'hono';
import { MAX_TRANSCRIPT_BYTES } from '../../analysis/transcript-import-service';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/** The browser sends the file name percent-encoded (header values are ASCII; Japanese names are not). */
function fileNameHeader(value: string | undefined): string {
  if (!value) return 'transcript.txt';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Transcript files the user brings (VTT, SRT, text, JSON), and speaker roles corrected in one go. */
export function transcriptImportRoutes(context: () => AppContext): Hono {
  const imports = () => context().transcriptImports;
  const readRequest = async (c: Context) => {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > MAX_TRANSCRIPT_BYTES) {
      throw new AppError('validation', {
        ja: '文字起こしファイルが大きすぎます（20 MB まで）',
        en: 'The transcript file is too large (20 MB at most)',
      });
    }
    return {
      eventId: c.req.param('id') ?? '',
      fileName: fileNameHeader(c.req.header('x-file-name')),
      bytes: new Uint8Array(await c.req.arrayBuffer()),
      recordingId: c.req.query('recordingId') ?? null,
    };
  };
  return (
    new Hono()
      .post('/events/:id/transcripts', async (c) => c.json(await imports().importFile(await readRequest(c)), 201))
      // The same file, parsed but not saved: the page shows speakers and first lines before the user confirms.
      .post('/events/:id/transcripts/preview', async (c) => c.json(await imports().preview(await readRequest(c))))
      .put('/events/:id/transcript/speakers', async (c) =>
        c.json(imports().updateSpeakers(c.req.param('id'), await jsonBody(c))),
      )
      .post('/events/:id/transcript/split-speakers', (c) => c.json(imports().splitSpeakers(c.req.param('id'))))
  );
}
