import { Readable } from 'node:stream';
import { AppError } from '@furikaeri/core';
import type { AppContext } from '../app-context';
import { WAV_HEADER_BYTES, wavHeader } from '../media/wav-header';
import { audioDeleted } from '../services/retention-service';
import { parseRange } from './range';

/**
 * Plays a recording as WAV: the 44-byte header, then the stored PCM, with Range support so the
 * browser can seek anywhere in a 3-hour interview without downloading it.
 */
export async function audioResponse(ctx: AppContext, recordingId: string, rangeHeader: string | undefined) {
  const recording = ctx.recordings.requireRecording(recordingId);
  if (recording.audioDeletedAt) throw audioDeleted(recording.audioDeletedAt);
  const pcmBytes = recording.status === 'ready' ? await ctx.store.size(recordingId, 'pcm') : null;
  if (!recording.pcm || pcmBytes === null) {
    throw new AppError('conflict', {
      ja: 'この録音はまだ再生できません（取り込み中か失敗）',
      en: 'This recording cannot be played yet (importing or failed)',
    });
  }
  const header = wavHeader({ ...recording.pcm, bytes: pcmBytes });
  const total = WAV_HEADER_BYTES + pcmBytes;
  const range = parseRange(rangeHeader, total);
  const baseHeaders = { 'Content-Type': 'audio/wav', 'Accept-Ranges': 'bytes', 'Cache-Control': 'private, no-store' };
  if (range.kind === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...baseHeaders, 'Content-Range': `bytes */${total}` } });
  }
  const start = range.kind === 'partial' ? range.range.start : 0;
  const end = range.kind === 'partial' ? range.range.end : total - 1;
  const body = Readable.toWeb(concatenated(ctx, recordingId, header, start, end)) as ReadableStream<Uint8Array>;
  const headers: Record<string, string> = { ...baseHeaders, 'Content-Length': String(end - start + 1) };
  if (range.kind === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${total}`;
  return new Response(body, { status: range.kind === 'partial' ? 206 : 200, headers });
}

/** Bytes [start, end] of header ++ pcm, reading only the part of the PCM file that was asked for. */
function concatenated(ctx: AppContext, recordingId: string, header: Buffer, start: number, end: number): Readable {
  async function* parts(): AsyncGenerator<Uint8Array> {
    if (start < WAV_HEADER_BYTES) yield header.subarray(start, Math.min(end + 1, WAV_HEADER_BYTES));
    if (end >= WAV_HEADER_BYTES) {
      const pcmStart = Math.max(0, start - WAV_HEADER_BYTES);
      const pcmEnd = end - WAV_HEADER_BYTES;
      yield* ctx.store.createReadStream(recordingId, 'pcm', { start: pcmStart, end: pcmEnd });
    }
  }
  return Readable.from(parts());
}
