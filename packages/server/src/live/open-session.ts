import { AppError, type ChunkAck, chunkProblem, decideChunk, durationMsOf, MAX_RECORDING_MS } from '@furikaeri/core';
import type { AudioStore, AudioWriter } from '../audio/audio-store';
import { type Clock, isoNow } from '../config/clock';
import { chunkGap, diskFull, isDiskFull, recordingTooLong } from './live-errors';
import type { LiveSessionRepository, StoredSession } from './live-session-repository';

export interface OpenSessionDeps {
  store: AudioStore;
  sessions: LiveSessionRepository;
  clock: Clock;
}

/**
 * A session this process is receiving chunks for: its journal writer and how far it got. A chunk is
 * written, fsynced, and recorded in the database before it is acknowledged, so an acknowledgement is a
 * promise that the audio survives a crash. Callers serialise operations (KeyedQueue).
 */
export class OpenSession {
  lastActivityMs: number;
  paused = false;
  private writer: AudioWriter | null;

  constructor(
    public state: StoredSession,
    writer: AudioWriter | null,
    private readonly deps: OpenSessionDeps,
  ) {
    this.writer = writer;
    this.lastActivityMs = deps.clock.now().getTime();
  }

  touch(paused?: boolean): void {
    this.lastActivityMs = this.deps.clock.now().getTime();
    if (paused !== undefined) this.paused = paused;
  }

  async append(seq: number, bytes: Uint8Array): Promise<ChunkAck> {
    this.touch(false);
    const { state } = this;
    const decision = decideChunk(seq, state.nextSeq);
    if (decision === 'duplicate') return { seq, nextSeq: state.nextSeq, savedMs: state.savedMs, duplicate: true };
    if (decision === 'gap') throw chunkGap(state.nextSeq, seq);
    const problem = chunkProblem(bytes.byteLength, state.format);
    if (problem) throw new AppError('validation', problem);
    if (durationMsOf(state.savedBytes + bytes.byteLength, state.format) > MAX_RECORDING_MS) {
      throw recordingTooLong(MAX_RECORDING_MS);
    }
    const writer = await this.openWriter();
    try {
      await writer.append(bytes);
      await writer.sync();
    } catch (error) {
      // The writer may have left half a frame on disk: reopen from the acknowledged bytes next time.
      await this.releaseWriter();
      if (isDiskFull(error)) throw diskFull(state.savedMs);
      throw error;
    }
    const savedBytes = state.savedBytes + bytes.byteLength;
    this.state = {
      ...state,
      nextSeq: seq + 1,
      savedBytes,
      savedMs: durationMsOf(savedBytes, state.format),
      updatedAt: isoNow(this.deps.clock),
    };
    this.deps.sessions.recordChunk(state.id, seq + 1, savedBytes, this.state.updatedAt);
    return { seq, nextSeq: seq + 1, savedMs: this.state.savedMs, duplicate: false };
  }

  /** Hands the journal writer over (to be committed) and forgets it. */
  takeWriter(): AudioWriter | null {
    const writer = this.writer;
    this.writer = null;
    return writer;
  }

  /** Closes the journal without committing (lock, shutdown): a later process resumes or recovers it. */
  async releaseWriter(): Promise<void> {
    const writer = this.takeWriter();
    await writer?.release();
  }

  /**
   * The journal writer; after a restart or a failed write, the uncommitted journal reopened at exactly
   * the acknowledged bytes (an unacknowledged chunk the page will resend is cut off, not doubled).
   */
  private async openWriter(): Promise<AudioWriter> {
    if (this.writer) return this.writer;
    const { recordingId, savedBytes } = this.state;
    const resumed = await this.deps.store.resumeWriter(recordingId, 'live', savedBytes);
    if (!resumed && savedBytes === 0) this.writer = await this.deps.store.createWriter(recordingId, 'live');
    else if (resumed?.bytesWritten === savedBytes) this.writer = resumed;
    else {
      await resumed?.release();
      throw journalDamaged();
    }
    return this.writer;
  }
}

function journalDamaged(): AppError {
  return new AppError('integrity', {
    ja: '録音の途中データが読めません（保存済みの部分が欠けています）',
    en: 'The recording journal is damaged: acknowledged audio is missing',
  });
}
