import { createHash, type Hash } from 'node:crypto';
import type { StreamSeal } from '@furikaeri/core';

/**
 * A SHA-256 chain over a stream's frames, as written: link₀ = SHA-256("furikaeri-chain-v1" ‖ recording ‖ kind),
 * linkᵢ = SHA-256(linkᵢ₋₁ ‖ SHA-256(frameᵢ plaintext)). The head commits to every frame and its order,
 * so an edited, reordered or truncated recording no longer reproduces it. The whole-stream SHA-256
 * alongside lets anyone check an exported original with `sha256sum`.
 */
export interface StreamSummary {
  bytes: number;
  frames: number;
  sha256: string;
  chainHead: string;
  /** SHA-256 of each frame's plaintext, in order (for chain.txt in an evidence package). */
  frameHashes: string[];
}

/** Where the frames' hashes go as a stream is written: computed here, or on another thread. */
export interface FrameHasher {
  /** Takes the frame's plaintext, which the caller no longer uses; resolves once there is room for more. */
  addFrame(plaintext: Buffer): void | Promise<void>;
  /** The hashes of every frame added (the stream is finished). */
  summary(): StreamSummary | Promise<StreamSummary>;
  /** The stream is abandoned: its hashes are not needed. */
  discard(): void;
}

export function chainStart(recordingId: string, kind: string): Buffer {
  return createHash('sha256').update(`furikaeri-chain-v1\0${recordingId}\0${kind}`).digest();
}

export function chainNext(link: Buffer, frameHash: Buffer): Buffer {
  return createHash('sha256').update(link).update(frameHash).digest();
}

/** The chain computed on this thread: for verifying, for resuming a journal, and for whatever is small. */
export class HashChain implements FrameHasher {
  private link: Buffer;
  private readonly whole: Hash = createHash('sha256');
  private readonly frameHashes: string[] = [];
  private bytes = 0;

  constructor(recordingId: string, kind: string) {
    this.link = chainStart(recordingId, kind);
  }

  addFrame(plaintext: Buffer): void {
    const frameHash = createHash('sha256').update(plaintext).digest();
    this.link = chainNext(this.link, frameHash);
    this.whole.update(plaintext);
    this.frameHashes.push(frameHash.toString('hex'));
    this.bytes += plaintext.length;
  }

  discard(): void {}

  summary(): StreamSummary {
    return {
      bytes: this.bytes,
      frames: this.frameHashes.length,
      sha256: this.whole.copy().digest('hex'),
      chainHead: this.link.toString('hex'),
      frameHashes: [...this.frameHashes],
    };
  }
}

/** The part of a summary the manifest keeps (frame hashes are stored separately). */
export function sealOf(summary: StreamSummary): StreamSeal {
  return { bytes: summary.bytes, frames: summary.frames, sha256: summary.sha256, chainHead: summary.chainHead };
}
