import { bytesPerSecond, durationMsOf, type LiveStopResult, type RecordingView } from '@furikaeri/core';
import type { AudioStore, AudioWriter } from '../audio/audio-store';
import { sealOf } from '../audio/hash-chain';
import { type Clock, isoNow } from '../config/clock';
import { type Db, inTransaction } from '../db/database';
import { MIN_RECORDING_MS } from '../jobs/import-handler';
import type { ChangeBus } from '../jobs/job-bus';
import type { JobLanes } from '../jobs/job-lanes';
import { WAV_HEADER_BYTES, wavHeader } from '../media/wav-header';
import type { Repositories } from '../repositories/repositories';
import { diskFullAtStop, isDiskFull, savedMessage } from './live-errors';
import type { LiveSessionRepository, StoredSession } from './live-session-repository';
import type { PracticeTakes } from './practice-takes';
import { recordingName } from './recording-name';

export interface FinaliserDeps {
  db: Db;
  repos: Repositories;
  sessions: LiveSessionRepository;
  store: AudioStore;
  worker: JobLanes;
  bus: ChangeBus;
  clock: Clock;
  practiceTakes: PracticeTakes;
  view(recordingId: string): RecordingView;
}

export type SavedStatus = 'finished' | 'recovered';

/**
 * Turns a session's journal into a recording like an uploaded one: a WAV original (its exact length known
 * now, so a standard header), sealed and hash-chained as it is written in 64 KiB frames, then the usual
 * import → transcribe → analyse jobs. Every step can run again after a crash in the middle of it.
 */
export class LiveFinaliser {
  constructor(private readonly deps: FinaliserDeps) {}

  async finalise(session: StoredSession, writer: AudioWriter | null, status: SavedStatus): Promise<LiveStopResult> {
    const { store, sessions, clock } = this.deps;
    const { recordingId } = session;
    await this.commitJournal(recordingId, writer);
    const bytes = (await store.size(recordingId, 'live')) ?? 0;
    const durationMs = durationMsOf(bytes, session.format);
    if (durationMs < MIN_RECORDING_MS) {
      await store.deleteRecording(recordingId);
      sessions.deleteBookmarks(recordingId);
      sessions.finish(session.id, 'discarded', bytes, isoNow(clock));
      return this.result(session.id, null, savedMessage('discarded', durationMs));
    }
    const original = await this.writeOriginal(session, bytes).catch((error: unknown) => {
      throw isDiskFull(error) ? diskFullAtStop(durationMs) : error;
    });
    this.register(session, original, bytes, status);
    // The recording is safe in its original now; the journal is a second copy.
    await store.deleteStream(recordingId, 'live');
    return this.result(session.id, this.deps.view(recordingId), savedMessage(status, durationMs));
  }

  /** The outcome of a session saved before (a stop repeated because its answer was lost). */
  outcomeOf(session: StoredSession): LiveStopResult {
    const recording = this.deps.repos.recordings.find(session.recordingId);
    return {
      session,
      recording: recording ? this.deps.view(recording.id) : null,
      message: savedMessage(session.status, session.savedMs),
    };
  }

  /** Deletes a journal a crash left after its recording was saved (the last step of `finalise`). */
  async dropLeftoverJournal(recordingId: string): Promise<void> {
    if ((await this.deps.store.size(recordingId, 'live')) !== null) {
      await this.deps.store.deleteStream(recordingId, 'live');
    }
  }

  private async commitJournal(recordingId: string, writer: AudioWriter | null): Promise<void> {
    try {
      await writer?.commit();
      if (writer) return;
    } catch {
      // A write had failed (the disk filled up): reopen from what is durable and commit that.
      await writer?.release();
    }
    const resumed = await this.deps.store.resumeWriter(recordingId, 'live');
    await resumed?.commit();
  }

  private async writeOriginal(session: StoredSession, bytes: number): Promise<AudioWriter> {
    const { store } = this.deps;
    const writer = await store.createWriter(session.recordingId, 'original');
    try {
      await writer.append(wavHeader({ ...session.format, bytes }));
      for await (const chunk of store.createReadStream(session.recordingId, 'live')) {
        await writer.append(chunk as Buffer);
      }
      await writer.commit();
      return writer;
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }

  /** One transaction: the recording, the session's end and the import job appear together or not at all. */
  private register(session: StoredSession, original: AudioWriter, bytes: number, status: SavedStatus): void {
    const { repos, sessions, worker, clock, bus } = this.deps;
    const summary = original.summary;
    if (!summary) throw new Error('committed writer without a summary');
    const now = isoNow(clock);
    const durationMs = durationMsOf(bytes, session.format);
    const originalName = recordingName(session, status);
    inTransaction(this.deps.db, () => {
      if (!repos.recordings.find(session.recordingId)) {
        repos.recordings.insert(
          {
            id: session.recordingId,
            eventId: session.eventId,
            source: 'recorder',
            originalName,
            sizeBytes: WAV_HEADER_BYTES + bytes,
            contentHash: summary.sha256,
            consent: session.consent,
            media: {
              durationMs,
              sampleRate: session.format.sampleRate,
              channels: session.format.channels,
              codec: 'pcm_s16le',
              container: 'wav',
              bitRate: bytesPerSecond(session.format) * 8,
            },
            manifest: {
              format: 'furikaeri-manifest-v1',
              recordingId: session.recordingId,
              source: 'recorder',
              originalName,
              storedAt: session.startedAt,
              durationMs,
              consent: session.consent,
              original: sealOf(summary),
              pcm: null,
            },
            originalFrameHashes: summary.frameHashes,
          },
          now,
        );
        worker.enqueue('import', { recordingId: session.recordingId, eventId: session.eventId });
        // With the recording, in the same transaction: a practice take saved however (even recovered) is its attempt.
        if (session.practiceAttempt) {
          this.deps.practiceTakes.saved(session.practiceAttempt, session.recordingId, durationMs);
        }
      }
      sessions.finish(session.id, status, bytes, now);
    });
    const recording = repos.recordings.find(session.recordingId);
    if (recording) bus.publish({ kind: 'recording', recording });
  }

  private result(sessionId: string, recording: RecordingView | null, message: LiveStopResult['message']) {
    const session = this.deps.sessions.find(sessionId);
    if (!session) throw new Error(`session ${sessionId} vanished while saving`);
    return { session, recording, message };
  }
}
