import type { Db } from '../db/database';

export interface StoredPeaks {
  recordingId: string;
  buckets: number;
  channels: number;
  durationMs: number;
  peaks: number[][];
}

interface PeaksRow {
  recording_id: string;
  buckets: number;
  channels: number;
  duration_ms: number;
  peaks: string;
}

/** Computed waveform peaks, in the encrypted database like everything derived from a recording. */
export class WaveformPeaksRepository {
  constructor(private readonly db: Db) {}

  find(recordingId: string, buckets: number): StoredPeaks | null {
    const row = this.db
      .prepare('SELECT * FROM waveform_peaks WHERE recording_id = ? AND buckets = ?')
      .get(recordingId, buckets) as PeaksRow | undefined;
    if (!row) return null;
    return {
      recordingId: row.recording_id,
      buckets: row.buckets,
      channels: row.channels,
      durationMs: row.duration_ms,
      peaks: JSON.parse(row.peaks) as number[][],
    };
  }

  save(peaks: StoredPeaks, now: string): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO waveform_peaks (recording_id, buckets, channels, duration_ms, peaks, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(peaks.recordingId, peaks.buckets, peaks.channels, peaks.durationMs, JSON.stringify(peaks.peaks), now);
  }

  deleteForRecording(recordingId: string): void {
    this.db.prepare('DELETE FROM waveform_peaks WHERE recording_id = ?').run(recordingId);
  }
}
