import { wavHeader } from '../../packages/server/src/media/wav-header';

/** A stretch of "speech": a tone whose loudness breathes like a voice, so the waveform has something to show. */
export interface ToneSpan {
  startSeconds: number;
  endSeconds: number;
  frequency: number;
}

/**
 * A 16 kHz mono WAV: silence, with a syllable-like amplitude envelope over each span. Not speech (no ASR
 * needed), but the waveform, the speaker regions and seeking all line up with the transcript's times.
 */
export function spansWav(totalSeconds: number, spans: readonly ToneSpan[], sampleRate = 16_000): Buffer {
  const samples = Math.round(totalSeconds * sampleRate);
  const wav = Buffer.alloc(44 + samples * 2);
  wavHeader({ sampleRate, channels: 1, bytes: samples * 2 }).copy(wav, 0);
  for (const span of spans) {
    const from = Math.max(0, Math.round(span.startSeconds * sampleRate));
    const to = Math.min(samples, Math.round(span.endSeconds * sampleRate));
    for (let i = from; i < to; i++) {
      const t = i / sampleRate;
      // ~4 syllables a second, louder and softer phrases every couple of seconds.
      const envelope = Math.abs(Math.sin(Math.PI * 4 * t)) * (0.55 + 0.45 * Math.sin(Math.PI * 0.7 * t) ** 2);
      const value = Math.sin(2 * Math.PI * span.frequency * t) * envelope * 12_000;
      wav.writeInt16LE(Math.round(value), 44 + i * 2);
    }
  }
  return wav;
}
