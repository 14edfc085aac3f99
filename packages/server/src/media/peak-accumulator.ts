/**
 * Reduces interleaved 16-bit PCM to the loudest sample of each of `buckets` equal slices, per channel: what a
 * waveform needs to draw bars. Chunks may end mid-frame (the caller streams decrypted frames), so the partial
 * frame is carried to the next chunk. A one-hour recording is 57.6 million samples: the inner loop is a plain
 * strided scan of one bucket and one channel at a time, which the JIT turns into tight code.
 */
export class PeakAccumulator {
  private readonly peaks: Int32Array[];
  private readonly bucketEnds: Float64Array;
  private readonly frameBytes: number;
  private frame = 0;
  private bucket = 0;
  private carry: Buffer | null = null;

  constructor(
    totalFrames: number,
    private readonly channels: number,
    private readonly buckets: number,
  ) {
    this.peaks = Array.from({ length: channels }, () => new Int32Array(buckets));
    this.frameBytes = 2 * channels;
    // Bucket b covers frames [ends[b-1], ends[b]).
    this.bucketEnds = new Float64Array(buckets);
    for (let b = 0; b < buckets; b += 1) this.bucketEnds[b] = Math.ceil(((b + 1) * totalFrames) / buckets);
  }

  push(chunk: Buffer): void {
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const usable = bytes.length - (bytes.length % this.frameBytes);
    this.carry = usable < bytes.length ? Buffer.from(bytes.subarray(usable)) : null;
    const samples = aligned(bytes.subarray(0, usable));
    const frames = samples.length / this.channels;
    const last = this.buckets - 1;
    let offset = 0;
    while (offset < frames) {
      const left = this.bucket < last ? (this.bucketEnds[this.bucket] as number) - this.frame : frames - offset;
      const count = Math.min(frames - offset, Math.max(0, left));
      for (let channel = 0; channel < this.channels; channel += 1) this.scan(samples, offset, count, channel);
      offset += count;
      this.frame += count;
      if (this.bucket < last && this.frame >= (this.bucketEnds[this.bucket] as number)) this.bucket += 1;
    }
  }

  private scan(samples: Int16Array, fromFrame: number, frames: number, channel: number): void {
    const stride = this.channels;
    const peaks = this.peaks[channel] as Int32Array;
    let max = peaks[this.bucket] as number;
    const end = (fromFrame + frames) * stride;
    for (let i = fromFrame * stride + channel; i < end; i += stride) {
      const value = samples[i] as number;
      if (value > max) max = value;
      else if (-value > max) max = -value;
    }
    peaks[this.bucket] = max;
  }

  /** Peaks per channel in 0…1, rounded to 3 decimals (the JSON stays small; a pixel cannot show more). */
  result(): number[][] {
    return this.peaks.map((channel) => Array.from(channel, (value) => Math.round((value / 32768) * 1000) / 1000));
  }

  get framesSeen(): number {
    return this.frame;
  }
}

/** An Int16Array view (platform order: little-endian on every machine Node runs on, like s16le) needs an even offset. */
function aligned(bytes: Buffer): Int16Array {
  if (bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  const copy = Buffer.from(bytes);
  return new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2);
}
