import type { Readable } from 'node:stream';
import type { StreamSummary } from './hash-chain';

export interface StreamIntegrity {
  frames: number;
  plaintextBytes: number;
  /** Indexes of frames that failed authentication (altered bytes, swapped or reordered frames). */
  badFrames: number[];
  /** False when the file was cut short (no FINAL frame) or has bytes after its last frame. */
  complete: boolean;
  /** Recomputed from the frames that decrypt; compare with the manifest's. */
  recomputed: StreamSummary;
}

/**
 * The original file as the user gave it, the 16 kHz s16le PCM the speech pipeline reads, and the recorder's
 * journal: the chunks of a live recording as they arrived, until the recording is finalised into an original.
 */
export type AudioKind = 'original' | 'pcm' | 'live';

/**
 * Appends bytes to one stored stream. Nothing is visible to readers until `commit`, so a crash or an
 * aborted import never leaves a half-written file that looks complete.
 */
export interface AudioWriter {
  readonly bytesWritten: number;
  /** Hashes of the committed stream (null before commit); they go into the recording's manifest. */
  readonly summary: StreamSummary | null;
  append(chunk: Uint8Array): Promise<void>;
  /** Makes everything appended so far durable (fsync). The recorder calls it per chunk. */
  sync(): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
  /** Closes without committing; what was synced stays on disk for `AudioStore.resumeWriter`. */
  release(): Promise<void>;
}

export interface ByteRange {
  start: number;
  /** Inclusive, as in HTTP Range. */
  end: number;
}

/**
 * Every byte of audio goes through this interface. The privacy issue swaps the implementation for one
 * that writes authenticated encrypted frames; services and handlers do not change.
 */
export interface AudioStore {
  createWriter(recordingId: string, kind: AudioKind): Promise<AudioWriter>;
  /**
   * Reopens a stream whose writer never committed (the process crashed or was killed, or released it):
   * every frame that reached the disk whole and authenticates is kept, a torn tail is cut off. The writer
   * appends after what was kept and commits as usual. Null when there is no such stream.
   */
  resumeWriter(recordingId: string, kind: AudioKind): Promise<AudioWriter | null>;
  /** Deletes one committed or uncommitted stream of a recording, leaving its other streams and its key. */
  deleteStream(recordingId: string, kind: AudioKind): Promise<void>;
  size(recordingId: string, kind: AudioKind): Promise<number | null>;
  createReadStream(recordingId: string, kind: AudioKind, range?: ByteRange): Readable;
  /**
   * Gives tools that need a seekable file (ffprobe/ffmpeg on an m4a whose index sits at the end) a plaintext
   * path for the duration of `use`. An encrypting store decrypts to a temporary file and deletes it afterwards.
   */
  withPlaintextFile<T>(recordingId: string, kind: AudioKind, use: (filePath: string) => Promise<T>): Promise<T>;
  deleteRecording(recordingId: string): Promise<void>;
  /** Reads every frame back: which fail authentication, whether the stream is complete, its recomputed hashes. */
  verify(recordingId: string, kind: AudioKind): Promise<StreamIntegrity | null>;
  /**
   * Called when the library locks, before the data keys are overwritten: streams still running (a playback,
   * an upload) stop at their next frame with a 'locked' error, and no frame is sealed or opened after it.
   */
  close(): void;
}
