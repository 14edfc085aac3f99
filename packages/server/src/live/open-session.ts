import {
  AppError,
  type CaptureFormat,
  type ChunkAck,
  chunkProblem,
  decideChunk,
  durationMsOf,
  frameBytes,
  MAX_RECORDING_MS,
  type Message,
} from '@furikaeri/core';
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
 * written and fsynced before it is acknowledged, so an acknowledgement is a promise that the audio
 * survives a crash; the database's count follows the journal, never the other way round. Callers
 * serialise operations (KeyedQueue).
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

  /** Chunk `seq`, which starts `offset` bytes into the session's audio. */
  async append(seq: number, offset: number, bytes: Uint8Array): Promise<ChunkAck> {
    this.touch(false);
    const problem = chunkProblem(bytes.byteLength, this.state.format) ?? offsetProblem(offset, this.state.format);
    if (problem) throw new AppError('validation', problem);
    const writer = await this.openWriter();
    const decision = decideChunk({ offset, length: bytes.byteLength }, writer.bytesWritten);
    if (decision.kind === 'duplicate') {
      return { seq, nextSeq: Math.max(this.state.nextSeq, seq + 1), savedMs: this.state.savedMs, duplicate: true };
    }
    if (decision.kind === 'gap') throw chunkGap(writer.bytesWritten, offset, this.state.nextSeq);
    if (durationMsOf(offset + bytes.byteLength, this.state.format) > MAX_RECORDING_MS) {
      throw recordingTooLong(MAX_RECORDING_MS);
    }
    try {
      await writer.append(bytes.subarray(decision.skipBytes));
      await writer.sync();
    } catch (error) {
      // The writer may have left half a frame on disk: the journal is reopened (and the tail cut) next time.
      await this.releaseWriter();
      if (isDiskFull(error)) throw diskFull(this.state.savedMs);
      throw error;
    }
    this.saved(writer.bytesWritten, seq + 1);
    return { seq, nextSeq: seq + 1, savedMs: this.state.savedMs, duplicate: false };
  }

  private saved(savedBytes: number, nextSeq: number): void {
    this.state = {
      ...this.state,
      nextSeq,
      savedBytes,
      savedMs: durationMsOf(savedBytes, this.state.format),
      updatedAt: isoNow(this.deps.clock),
    };
    this.deps.sessions.recordChunk(this.state.id, nextSeq, savedBytes, this.state.updatedAt);
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
   * The journal writer; after a restart or a failed write, the uncommitted journal reopened with every
   * durable frame (which may hold more than the database recorded: what the disk has is what counts).
   */
  private async openWriter(): Promise<AudioWriter> {
    if (this.writer) return this.writer;
    const { recordingId, savedBytes } = this.state;
    const resumed = await this.deps.store.resumeWriter(recordingId, 'live');
    if (resumed) this.writer = resumed;
    else if (savedBytes === 0) this.writer = await this.deps.store.createWriter(recordingId, 'live');
    else throw journalMissing();
    if (this.writer.bytesWritten !== savedBytes) this.saved(this.writer.bytesWritten, this.state.nextSeq);
    return this.writer;
  }
}

function offsetProblem(offset: number, format: CaptureFormat): Message | null {
  if (Number.isSafeInteger(offset) && offset >= 0 && offset % frameBytes(format) === 0) return null;
  return { ja: '音声データの位置が不正です', en: 'Malformed chunk offset' };
}

function journalMissing(): AppError {
  return new AppError('integrity', {
    ja: '録音の途中データが見つかりません',
    en: 'The recording journal is missing',
  });
}
