import type { Message } from '../domain/message';

/**
 * Thresholds for the rehearsal's warnings, in dBFS (0 = the loudest a sample can be). Speech recorded at
 * a sensible distance sits around -30 to -12 dBFS RMS with peaks below -3 dBFS (the usual guidance for
 * voice recording, e.g. podcast and broadcast level targets); these limits sit well outside that range.
 */
export const LEVEL_LIMITS = {
  /** Nothing above this at all: a muted microphone, the wrong device, or a cable not plugged in. */
  silencePeakDb: -50,
  /** The loud 5 % of 50-ms blocks below this: speech too quiet for reliable transcription. */
  lowSpeechDb: -42,
  /** Samples at (or within 0.1 dB of) full scale; more than this share of them means audible distortion. */
  clipSample: 0.989,
  clippedShare: 0.0005,
} as const;

export type LevelWarning = 'silence' | 'low' | 'clipping';

export const LEVEL_WARNINGS: Record<LevelWarning, Message> = {
  silence: {
    ja: '音が入っていません。マイクがミュートになっていないか、選んだマイクが正しいか確認してください。',
    en: 'No sound is coming in. Check that the microphone is not muted and that the right one is selected.',
  },
  low: {
    ja: '音量がとても小さいです。マイクを口元に近づけるか、パソコンの入力音量を上げてください。',
    en: 'The level is very low. Move the microphone closer or raise the input volume in your system settings.',
  },
  clipping: {
    ja: '音が割れています。マイクを少し離すか、入力音量を下げてください。',
    en: 'The sound is clipping. Move the microphone a little away or lower the input volume.',
  },
};

const BLOCK_SAMPLES_AT_16K = 800;

export function toDb(amplitude: number): number {
  return amplitude > 0 ? 20 * Math.log10(amplitude) : Number.NEGATIVE_INFINITY;
}

/**
 * Level statistics of one channel over any length of audio in constant memory: the peak, clipped samples,
 * and a 1-dB histogram of 50-ms block loudness from which the speech level (95th percentile) is read.
 */
export class LevelAccumulator {
  private peak = 0;
  private clipped = 0;
  private samples = 0;
  private blockSum = 0;
  private blockCount = 0;
  private readonly histogram = new Array<number>(121).fill(0);
  private readonly blockSamples: number;

  constructor(sampleRate = 16_000) {
    this.blockSamples = Math.max(1, Math.round((BLOCK_SAMPLES_AT_16K * sampleRate) / 16_000));
  }

  add(samples: ArrayLike<number>): void {
    for (let i = 0; i < samples.length; i += 1) {
      const value = Math.abs(samples[i] ?? 0);
      if (value > this.peak) this.peak = value;
      if (value >= LEVEL_LIMITS.clipSample) this.clipped += 1;
      this.blockSum += value * value;
      this.blockCount += 1;
      if (this.blockCount === this.blockSamples) this.closeBlock();
    }
    this.samples += samples.length;
  }

  private closeBlock(): void {
    const db = toDb(Math.sqrt(this.blockSum / this.blockCount));
    const bin = Math.max(0, Math.min(120, Math.round(db) + 120));
    this.histogram[bin] = (this.histogram[bin] ?? 0) + 1;
    this.blockSum = 0;
    this.blockCount = 0;
  }

  peakDb(): number {
    return toDb(this.peak);
  }

  /** The loudness of the loud blocks: what speech reaches, ignoring the pauses between words. */
  speechDb(): number {
    const blocks = this.histogram.reduce((sum, count) => sum + count, 0);
    if (blocks === 0) return Number.NEGATIVE_INFINITY;
    let seen = 0;
    for (let bin = 120; bin >= 0; bin -= 1) {
      seen += this.histogram[bin] ?? 0;
      if (seen >= blocks * 0.05) return bin - 120;
    }
    return -120;
  }

  clippedShare(): number {
    return this.samples === 0 ? 0 : this.clipped / this.samples;
  }

  /** The warnings that apply, the most fundamental first (silence makes "too quiet" moot). */
  warnings(): LevelWarning[] {
    if (this.samples === 0 || this.peakDb() < LEVEL_LIMITS.silencePeakDb) return ['silence'];
    const found: LevelWarning[] = [];
    if (this.speechDb() < LEVEL_LIMITS.lowSpeechDb) found.push('low');
    if (this.clippedShare() > LEVEL_LIMITS.clippedShare) found.push('clipping');
    return found;
  }
}
