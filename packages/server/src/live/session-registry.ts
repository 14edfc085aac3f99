import type { LiveStopResult } from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import type { Clock } from '../config/clock';
import { KeyedQueue } from './keyed-queue';
import { sessionClosed, sessionNotFound } from './live-errors';
import type { LiveFinaliser, SavedStatus } from './live-finaliser';
import type { LiveSessionRepository, StoredSession } from './live-session-repository';
import { OpenSession } from './open-session';

export interface LiveTimings {
  /** A session left open by an earlier process may be taken up by its page this long before it is recovered. */
  graceMs: number;
  /** A session of this process that hears nothing (no chunk, no heartbeat) for this long is recovered. */
  idleMs: number;
  sweepMs: number;
}

export const DEFAULT_LIVE_TIMINGS: LiveTimings = { graceMs: 30_000, idleMs: 5 * 60_000, sweepMs: 10_000 };

export interface RegistryDeps {
  store: AudioStore;
  sessions: LiveSessionRepository;
  finaliser: LiveFinaliser;
  clock: Clock;
  timings: LiveTimings;
}

/**
 * The sessions this process is receiving, one queue per session. A session left open by a process that
 * crashed is taken up again when its page sends the next chunk (the journal reopened at the acknowledged
 * bytes), or, if no page comes back, saved as "recovered" by the sweep.
 */
export class SessionRegistry {
  private readonly open = new Map<string, OpenSession>();
  private readonly orphansSeenAt = new Map<string, number>();
  private readonly queue = new KeyedQueue();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: RegistryDeps) {}

  create(session: StoredSession): Promise<StoredSession> {
    return this.queue.run(session.id, async () => {
      const writer = await this.deps.store.createWriter(session.recordingId, 'live');
      this.open.set(session.id, new OpenSession(session, writer, this.deps));
      return session;
    });
  }

  current(sessionId: string): StoredSession | null {
    return this.open.get(sessionId)?.state ?? null;
  }

  withOpen<T>(sessionId: string, use: (session: OpenSession) => Promise<T>): Promise<T> {
    return this.queue.run(sessionId, async () => use(await this.adopt(sessionId)));
  }

  /** Saves the session (once: a repeated call returns the saved outcome). `onlyIf` is checked in the queue. */
  finalise(sessionId: string, status: SavedStatus, onlyIf?: (open: OpenSession | undefined) => boolean) {
    return this.queue.run(sessionId, async (): Promise<LiveStopResult | null> => {
      const stored = this.deps.sessions.find(sessionId);
      const open = this.open.get(sessionId);
      if (!stored) throw sessionNotFound(sessionId);
      if (stored.status !== 'recording') return this.deps.finaliser.outcomeOf(stored);
      if (onlyIf && !onlyIf(open)) return null;
      this.open.delete(sessionId);
      this.orphansSeenAt.delete(sessionId);
      return this.deps.finaliser.finalise(stored, open?.takeWriter() ?? null, status);
    });
  }

  startSweeper(): void {
    if (this.timer) return;
    void this.sweep(true);
    this.timer = setInterval(() => void this.sweep(false), this.deps.timings.sweepMs);
    this.timer.unref();
  }

  /** Recovers sessions nobody sends to any more: idle ones of this process, orphans after their grace. */
  async sweep(first = false): Promise<void> {
    const { sessions, timings, clock, finaliser } = this.deps;
    const now = clock.now().getTime();
    for (const stored of sessions.listOpen()) {
      if (!this.open.has(stored.id) && !this.orphansSeenAt.has(stored.id)) this.orphansSeenAt.set(stored.id, now);
      const abandoned = (open: OpenSession | undefined) =>
        open
          ? now - open.lastActivityMs >= timings.idleMs
          : now - (this.orphansSeenAt.get(stored.id) ?? now) >= timings.graceMs;
      await this.finalise(stored.id, 'recovered', abandoned).catch((error: unknown) => {
        console.error(`recovering live session ${stored.id} failed:`, error);
      });
    }
    if (first) {
      for (const recordingId of sessions.listSavedRecordingIds()) await finaliser.dropLeftoverJournal(recordingId);
    }
  }

  /** Lock or shutdown: journals are closed, not committed; the next unlock resumes or recovers them. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.queue.drain();
    for (const session of this.open.values()) await session.releaseWriter();
    this.open.clear();
  }

  private async adopt(sessionId: string): Promise<OpenSession> {
    const stored = this.deps.sessions.find(sessionId);
    const existing = this.open.get(sessionId);
    if (!stored) {
      // Its event was deleted while it was recording: the journal goes with it.
      this.open.delete(sessionId);
      await existing?.releaseWriter();
      if (existing) await this.deps.store.deleteRecording(existing.state.recordingId);
      throw sessionNotFound(sessionId);
    }
    if (existing) return existing;
    if (stored.status !== 'recording') {
      throw sessionClosed(stored.status, stored.savedBytes, stored.nextSeq, stored.recordingId);
    }
    const session = new OpenSession(stored, null, this.deps);
    this.open.set(sessionId, session);
    this.orphansSeenAt.delete(sessionId);
    return session;
  }
}
