import type { Readable } from 'node:stream';

/** The original file as the user gave it, and the 16 kHz s16le PCM the speech pipeline reads. */
export type AudioKind = 'original' | 'pcm';

/**
 * Appends bytes to one stored stream. Nothing is visible to readers until `commit`, so a crash or an
 * aborted import never leaves a half-written file that looks complete.
 */
export interface AudioWriter {
  readonly bytesWritten: number;
  append(chunk: Uint8Array): Promise<void>;
  /** Makes everything appended so far durable (fsync). The recorder calls it per chunk. */
  sync(): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
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
  size(recordingId: string, kind: AudioKind): Promise<number | null>;
  createReadStream(recordingId: string, kind: AudioKind, range?: ByteRange): Readable;
  /**
   * Gives tools that need a seekable file (ffprobe/ffmpeg on an m4a whose index sits at the end) a plaintext
   * path for the duration of `use`. An encrypting store decrypts to a temporary file and deletes it afterwards.
   */
  withPlaintextFile<T>(recordingId: string, kind: AudioKind, use: (filePath: string) => Promise<T>): Promise<T>;
  deleteRecording(recordingId: string): Promise<void>;
  totalBytes(): Promise<number>;
}
