/**
 * Reduces interleaved 16-bit PCM to the loudest sample of each of `buckets` equal slices, per channel: what a
 * waveform needs to draw bars. Chunks may end mid-sample (the caller streams decrypted frames), so a leftover
 * byte is carried to the next chunk.
 */
export class PeakAccumulator {
  private readonly peaks: Float32Array[];
  private readonly bucketEnds: Float64Array;
  private frame = 0;
  private bucket = 0;
  private channel = 0;
  private carry: Buffer | null = null;

  constructor(
    private readonly totalFrames: number,
    private readonly channels: number,
    private readonly buckets: number,
  ) {
    this.peaks = Array.from({ length: channels }, () => new Float32Array(buckets));
    // Bucket b covers frames [ends[b-1], ends[b]); computed once so the inner loop only compares.
    this.bucketEnds = new Float64Array(buckets);
    for (let b = 0; b < buckets; b += 1) this.bucketEnds[b] = Math.ceil(((b + 1) * totalFrames) / buckets);
  }

  push(chunk: Buffer): void {
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const usable = bytes.length - (bytes.length % 2);
    this.carry = usable < bytes.length ? Buffer.from(bytes.subarray(usable)) : null;
    const samples = aligned(bytes.subarray(0, usable));
    let { frame, bucket, channel } = this;
    let end = this.bucketEnds[bucket] ?? Number.POSITIVE_INFINITY;
    const lastBucket = this.buckets - 1;
    for (let i = 0; i < samples.length; i += 1) {
      const value = samples[i] as number;
      const magnitude = value < 0 ? -value : value;
      const peaks = this.peaks[channel] as Float32Array;
      if (magnitude > (peaks[bucket] as number)) peaks[bucket] = magnitude;
      channel += 1;
      if (channel === this.channels) {
        channel = 0;
        frame += 1;
        if (frame >= end && bucket < lastBucket) {
          bucket += 1;
          end = this.bucketEnds[bucket] as number;
        }
      }
    }
    this.frame = frame;
    this.bucket = bucket;
    this.channel = channel;
  }

  /** Peaks per channel in 0…1, rounded to 3 decimals (the JSON stays small; a pixel cannot show more). */
  result(): number[][] {
    return this.peaks.map((channel) => Array.from(channel, (value) => Math.round((value / 32768) * 1000) / 1000));
  }

  get framesSeen(): number {
    return this.frame;
  }

  get expectedFrames(): number {
    return this.totalFrames;
  }
}

/** An Int16Array view needs an even byte offset; decrypted frames usually have one, else copy. */
function aligned(bytes: Buffer): Int16Array {
  if (bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  const copy = Buffer.from(bytes);
  return new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2);
}
