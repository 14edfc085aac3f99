import type { Message } from '../../domain/message';
import type { AnalysisNorms } from '../norms';
import type { Intonation } from '../report';

/** F0 estimates (Hz, 0 when unvoiced) every `hopMs` from `startMs`: what the server's YIN pass produces. */
export interface PitchTrack {
  startMs: number;
  hopMs: number;
  hz: number[];
}

interface Voiced {
  atMs: number;
  hz: number;
}

/** A window needs at least this much voiced speech for its PVQ to mean anything. */
const MIN_VOICED_MS = 1_000;

/**
 * Intonation of my voice over some time ranges (my answer's segments): F0 range in semitones (5th–95th
 * percentile) and the pitch variation quotient PVQ = std/mean per window (DESIGN.md: ~10 s windows, < 0.15
 * sounds monotone). Octave jumps of the pitch tracker (half or double the median) are dropped first.
 */
export function measureIntonation(
  tracks: readonly PitchTrack[],
  ranges: ReadonlyArray<{ startMs: number; endMs: number }>,
  norms: AnalysisNorms['intonation'],
): Intonation | null {
  const voiced = voicedIn(tracks, ranges);
  const hop = tracks[0]?.hopMs ?? 10;
  if (voiced.length * hop < MIN_VOICED_MS) return null;
  const median = percentile(
    voiced.map((v) => v.hz),
    0.5,
  );
  const clean = voiced.filter((v) => v.hz > median / 1.8 && v.hz < median * 1.8);
  const values = clean.map((v) => v.hz);
  const low = percentile(values, 0.05);
  const high = percentile(values, 0.95);
  const windows = windowsOf(clean, hop, norms.windowMs);
  if (windows.length === 0) return null;
  const pvq = windows.reduce((sum, window) => sum + window.pvq, 0) / windows.length;
  const monotone = pvq < norms.monotonePvq;
  const norm: Message = {
    ja: `PVQ ${norms.monotonePvq} 未満は単調`,
    en: `PVQ under ${norms.monotonePvq} sounds monotone`,
  };
  return {
    rangeSemitones: { value: round(12 * Math.log2(high / low), 1), unit: 'semitones', norm: null, verdict: 'info' },
    pvq: { value: round(pvq, 3), unit: 'ratio', norm, verdict: monotone ? 'low' : 'ok' },
    windows,
    monotone,
    meanHz: round(values.reduce((sum, hz) => sum + hz, 0) / values.length, 1),
  };
}

function voicedIn(tracks: readonly PitchTrack[], ranges: ReadonlyArray<{ startMs: number; endMs: number }>): Voiced[] {
  const voiced: Voiced[] = [];
  for (const track of tracks) {
    track.hz.forEach((hz, index) => {
      const atMs = track.startMs + index * track.hopMs;
      if (hz > 0 && Number.isFinite(hz) && ranges.some((range) => atMs >= range.startMs && atMs < range.endMs)) {
        voiced.push({ atMs, hz });
      }
    });
  }
  return voiced.sort((a, b) => a.atMs - b.atMs);
}

function windowsOf(voiced: readonly Voiced[], hopMs: number, windowMs: number): Intonation['windows'] {
  const first = voiced[0];
  if (!first) return [];
  const groups = new Map<number, number[]>();
  for (const v of voiced) {
    const key = Math.floor((v.atMs - first.atMs) / windowMs);
    groups.set(key, [...(groups.get(key) ?? []), v.hz]);
  }
  const windows: Intonation['windows'] = [];
  for (const [key, values] of groups) {
    if (values.length * hopMs < MIN_VOICED_MS) continue;
    const mean = values.reduce((sum, hz) => sum + hz, 0) / values.length;
    const std = Math.sqrt(values.reduce((sum, hz) => sum + (hz - mean) ** 2, 0) / values.length);
    const startMs = first.atMs + key * windowMs;
    windows.push({ startMs, endMs: startMs + windowMs, pvq: round(std / mean, 3) });
  }
  return windows;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(fraction * (sorted.length - 1))));
  return sorted[index] ?? 0;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
