import type {
  Bookmark,
  CaptureFormat,
  ChunkAck,
  DiskCapacity,
  LiveSessionView,
  LiveStopResult,
  StartLiveSessionInput,
  StopReason,
} from '@furikaeri/core';
import { ApiError, errorFromBody, NETWORK_ERROR } from './errors';
import { request } from './http';

const id = (value: string) => encodeURIComponent(value);

/** A chunk answer, or why there was none. Never reports to the page-wide session handlers: see below. */
export type ChunkOutcome = { ok: true; ack: ChunkAck } | { ok: false; error: ApiError };

/** A hung connection (a stopped server process) must not stall the recorder: give up and resend. */
const CHUNK_TIMEOUT_MS = 8_000;

/**
 * The recorder's own fetch. It does not go through `request()`: a 401 or 423 there would replace the page
 * with the sign-in or unlock screen and stop the microphone mid-interview. The recorder keeps recording and
 * buffering instead, and says what to do.
 */
async function quietFetch<T>(
  method: string,
  path: string,
  body?: BodyInit,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CHUNK_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers,
      body,
      signal: controller.signal,
    });
  } catch {
    throw new ApiError(0, 'network', NETWORK_ERROR);
  } finally {
    clearTimeout(timer);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFromBody(response.status, payload);
  return payload as T;
}

export const recorderApi = {
  capacity: (minutes: number, format: CaptureFormat) =>
    request<DiskCapacity>(
      'GET',
      `/live/capacity?minutes=${minutes}&sampleRate=${format.sampleRate}&channels=${format.channels}`,
    ),
  start: (eventId: string, input: Omit<StartLiveSessionInput, 'format'> & CaptureFormat) =>
    quietFetch<LiveSessionView>('POST', `/events/${id(eventId)}/live-sessions`, JSON.stringify(input)),
  /** Chunk `seq` of the session, starting `offset` bytes into its audio (the server places it by that). */
  async putChunk(sessionId: string, seq: number, offset: number, pcm: ArrayBuffer): Promise<ChunkOutcome> {
    try {
      const ack = await quietFetch<ChunkAck>('PUT', `/live-sessions/${id(sessionId)}/chunks/${seq}`, pcm, {
        'Content-Type': 'application/octet-stream',
        'X-Chunk-Offset': String(offset),
      });
      return { ok: true, ack };
    } catch (error) {
      return { ok: false, error: error instanceof ApiError ? error : new ApiError(0, 'network', NETWORK_ERROR) };
    }
  },
  heartbeat: (sessionId: string, paused: boolean) =>
    quietFetch<LiveSessionView>('POST', `/live-sessions/${id(sessionId)}/heartbeat`, JSON.stringify({ paused })),
  bookmark: (sessionId: string, offsetMs: number) =>
    quietFetch<Bookmark>('POST', `/live-sessions/${id(sessionId)}/bookmarks`, JSON.stringify({ offsetMs })),
  stop: (sessionId: string, reason: StopReason) =>
    quietFetch<LiveStopResult>('POST', `/live-sessions/${id(sessionId)}/stop`, JSON.stringify({ reason })),
  bookmarksOf: (recordingId: string) => request<Bookmark[]>('GET', `/recordings/${id(recordingId)}/bookmarks`),
};
