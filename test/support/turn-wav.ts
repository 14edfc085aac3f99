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
  writeHeader(wav, samples, sampleRate);
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

function writeHeader(wav: Buffer, samples: number, sampleRate: number): void {
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples * 2, 40);
}
