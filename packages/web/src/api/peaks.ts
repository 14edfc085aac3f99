import { request } from './http';

/** Mirrors the server's WaveformPeaks (GET /api/recordings/:id/peaks); the UI imports nothing from the server. */
export interface WaveformPeaks {
  recordingId: string;
  durationMs: number;
  channels: number;
  buckets: number;
  /** Per channel, the loudest sample of each bucket in 0…1. */
  peaks: number[][];
}

export function fetchPeaks(recordingId: string, buckets: number): Promise<WaveformPeaks> {
  return request<WaveformPeaks>('GET', `/recordings/${encodeURIComponent(recordingId)}/peaks?buckets=${buckets}`);
}
