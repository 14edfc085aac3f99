import { engineError, type SherpaVad, sherpa } from './sherpa-addon';

export const VAD_SAMPLE_RATE = 16_000;

/**
 * Detector settings, checked on the shared interview fixture (see test/speech/vad.test.ts):
 * - threshold 0.5 is silero's own default;
 * - minSpeech 0.1 s keeps a lone "はい" (0.25 s, sherpa's default, drops it);
 * - minSilence 0.3 s ends a segment at a breath, so diarization sees short homogeneous pieces;
 * - maxSpeech 20 s cuts a monologue into pieces that fit a recogniser window.
 */
export const VAD_OPTIONS = {
  threshold: 0.5,
  minSilenceDuration: 0.3,
  minSpeechDuration: 0.1,
  maxSpeechDuration: 20,
  windowSize: 512,
} as const;

/** A stretch of speech: its first sample's index from the start of the stream, and its samples. */
export interface VadSegment {
  startSample: number;
  samples: Float32Array;
}

/**
 * Silero through sherpa-onnx over a stream of any length. Samples are handed over in exactly one
 * window (512 samples) per call: given larger blocks, sherpa-onnx 1.13 dates a segment's start by the
 * end of the block (up to ~0.4 s late on the fixture at 4096-sample blocks).
 * Memory stays flat: finished segments are taken out as soon as the detector closes them.
 */
export class StreamingVad {
  private readonly vad: SherpaVad;
  private readonly pending = new Float32Array(VAD_OPTIONS.windowSize);
  private pendingLength = 0;

  constructor(modelPath: string) {
    try {
      this.vad = new (sherpa().Vad)(
        { sileroVad: { model: modelPath, ...VAD_OPTIONS }, sampleRate: VAD_SAMPLE_RATE, numThreads: 1, debug: 0 },
        // Must hold the longest segment (maxSpeech) plus the detector's look-back.
        VAD_OPTIONS.maxSpeechDuration * 2,
      );
    } catch (error) {
      throw engineError('silero VAD', error);
    }
  }

  /** Feeds samples; returns the segments that ended within them. */
  accept(samples: Float32Array): VadSegment[] {
    const done: VadSegment[] = [];
    const size = VAD_OPTIONS.windowSize;
    let offset = 0;
    if (this.pendingLength > 0) {
      const take = Math.min(size - this.pendingLength, samples.length);
      this.pending.set(samples.subarray(0, take), this.pendingLength);
      this.pendingLength += take;
      offset = take;
      if (this.pendingLength < size) return done;
      this.feed(this.pending, done);
      this.pendingLength = 0;
    }
    for (; offset + size <= samples.length; offset += size) this.feed(samples.subarray(offset, offset + size), done);
    const rest = samples.subarray(offset);
    this.pending.set(rest, 0);
    this.pendingLength = rest.length;
    return done;
  }

  /** Ends the stream: the last partial window is padded with silence and an open segment is closed. */
  finish(): VadSegment[] {
    const done: VadSegment[] = [];
    if (this.pendingLength > 0) {
      this.pending.fill(0, this.pendingLength);
      this.feed(this.pending, done);
      this.pendingLength = 0;
    }
    this.vad.flush();
    this.drain(done);
    return done;
  }

  private feed(window: Float32Array, done: VadSegment[]): void {
    this.vad.acceptWaveform(window);
    this.drain(done);
  }

  private drain(done: VadSegment[]): void {
    while (!this.vad.isEmpty()) {
      // false: copy out of the detector's buffer, which the next pop reuses.
      const segment = this.vad.front(false);
      done.push({ startSample: segment.start, samples: segment.samples });
      this.vad.pop();
    }
  }
}
