import type { EventDetail, Recording } from '@furikaeri/core';
import { align, correlationAt, type Signal } from './pcm-correlation';
import { storedAudio } from './recorder-browser';

interface Server {
  url: string;
  token: string;
}

async function getJson<T>(server: Server, path: string): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${server.token}` } });
  if (!response.ok) throw new Error(`GET ${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Recordings the recorder made for an event, oldest first. */
export async function recorderRecordings(server: Server, eventId: string): Promise<Recording[]> {
  const detail = await getJson<EventDetail>(server, `/events/${eventId}`);
  return detail.recordings.filter((recording) => recording.source === 'recorder');
}

/** Waits for the `count`-th recorder recording of the event and for its import to finish. */
export async function nthRecording(server: Server, eventId: string, count: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const recording = (await recorderRecordings(server, eventId))[count - 1];
    if (recording?.status === 'ready') return { recording, audio: await storedAudio(server, recording.id) };
    if (recording && recording.status !== 'importing')
      throw new Error(`recording ${recording.id} ended ${recording.status}`);
    if (Date.now() > deadline) throw new Error(`no recording #${count} for ${eventId} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function durationMs(signal: Signal): number {
  return (signal.samples.length / signal.sampleRate) * 1000;
}

export interface Continuity {
  /** Where in the fixture the recording starts. */
  offset: number;
  /** Correlation of each 2-second window (with speech in it) at that one offset. */
  windows: number[];
  /** Where each of those windows starts in the recording, in seconds. */
  startsAt: number[];
}

/**
 * A recording of the looping fixture that lost or doubled nothing lines up with the fixture at one offset
 * from start to end; a gap or a repeated chunk shifts everything after it, and the windows there stop
 * correlating.
 */
export function continuity(recorded: Signal, fixture: Signal): Continuity {
  const rate = recorded.sampleRate;
  const head = align(recorded.samples.subarray(0, 3 * rate), fixture.samples, rate, 3);
  const windows: number[] = [];
  const startsAt: number[] = [];
  const size = 2 * rate;
  for (let from = 0; from + size <= recorded.samples.length; from += size) {
    const reference = fixture.samples.subarray(from + head.offset, from + head.offset + size);
    // The fake microphone loops the fixture: a window that runs past its end would be correlated over the few
    // samples left before the loop point, a number that means nothing (0.38 once in CI). Only whole windows count.
    if (reference.length < size) continue;
    const energy = Math.sqrt(reference.reduce((sum, value) => sum + value * value, 0) / Math.max(1, reference.length));
    // Pauses between turns are (near) digital silence in the synthetic fixture: nothing to correlate.
    if (energy < 0.01) continue;
    windows.push(correlationAt(recorded.samples, fixture.samples, head.offset, from, size));
    startsAt.push(from / rate);
  }
  return { offset: head.offset, windows, startsAt };
}
