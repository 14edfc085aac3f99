import {
  AppError,
  DEFAULT_RETENTION,
  FieldReader,
  isAudioDue,
  MAX_RETENTION_DAYS,
  type RetentionPolicy,
} from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { type Clock, isoNow } from '../config/clock';
import type { ChangeBus } from '../jobs/job-bus';
import type { Repositories } from '../repositories/repositories';

const POLICY_KEY = 'retention';
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * "Delete audio N days after the application is closed, keep the text": the sweep destroys each due
 * recording's key and audio files, and leaves its row (and later its transcript and analysis) in place.
 */
export class RetentionService {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repos: Repositories,
    private readonly store: AudioStore,
    private readonly bus: ChangeBus,
    private readonly clock: Clock,
  ) {}

  policy(): RetentionPolicy {
    return this.repos.settings.get<RetentionPolicy>(POLICY_KEY) ?? DEFAULT_RETENTION;
  }

  setPolicy(input: unknown): RetentionPolicy {
    const fields = new FieldReader(input);
    const raw = fields.raw('audioDaysAfterClose');
    const days = raw === null || raw === undefined || raw === '' ? null : Number(raw);
    if (days !== null && (!Number.isInteger(days) || days < 0 || days > MAX_RETENTION_DAYS)) {
      fields.fail('audioDaysAfterClose', {
        ja: `0〜${MAX_RETENTION_DAYS} 日、または空欄（削除しない）で指定してください`,
        en: `Use 0–${MAX_RETENTION_DAYS} days, or empty to keep audio forever`,
      });
    }
    fields.done();
    const policy: RetentionPolicy = { audioDaysAfterClose: days };
    this.repos.settings.set(POLICY_KEY, policy);
    return policy;
  }

  /** Deletes the audio that the policy says is due; returns the recordings it touched. */
  async sweep(): Promise<string[]> {
    const policy = this.policy();
    const now = this.clock.now();
    const due = this.repos.recordings
      .listWithClosedApplication()
      .filter((candidate) => isAudioDue(policy, candidate.closedAt, now));
    for (const { id } of due) {
      await this.store.deleteRecording(id);
      this.repos.recordings.markAudioDeleted(id, isoNow(this.clock));
      const recording = this.repos.recordings.find(id);
      if (recording) this.bus.publish({ kind: 'recording', recording });
    }
    return due.map((candidate) => candidate.id);
  }

  /** Sweeps now and every hour while the library is open. */
  startSchedule(): void {
    if (this.timer) return;
    void this.sweep().catch((error: unknown) => console.error('retention sweep failed', error));
    this.timer = setInterval(() => {
      void this.sweep().catch((error: unknown) => console.error('retention sweep failed', error));
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  stopSchedule(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

export function audioDeleted(deletedAt: string): AppError {
  return new AppError('conflict', {
    ja: `この録音の音声は保持期間の設定により削除されました（${deletedAt.slice(0, 10)}）。文字起こしとメモは残っています。`,
    en: `This recording's audio was deleted by your retention setting (${deletedAt.slice(0, 10)}). Its text and notes remain.`,
  });
}
