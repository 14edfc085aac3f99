import { useEffect, useMemo, useRef, useState } from 'react';

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const SKIP_MS = 5_000;

export interface PlaybackState {
  timeMs: number;
  playing: boolean;
  rate: number;
  /** False for a transcript without audio: the "clock" only moves when a line is chosen. */
  hasAudio: boolean;
}

export interface PlaybackControls {
  toggle(): void;
  seek(ms: number): void;
  skip(deltaMs: number): void;
  setRate(rate: number): void;
  /** One step along PLAYBACK_RATES (−1 slower, +1 faster). */
  stepRate(direction: -1 | 1): void;
}

/**
 * The one source of truth for "where are we": the <audio> element when there is audio (wavesurfer draws
 * from the same element), otherwise a position the user moves by choosing lines.
 */
export function usePlayback(audio: HTMLAudioElement | null, durationMs: number): [PlaybackState, PlaybackControls] {
  const [timeMs, setTimeMs] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);

  useEffect(() => {
    if (!audio) return;
    const onTime = () => setTimeMs(Math.round(audio.currentTime * 1000));
    const onPlay = () => setPlaying(true);
    const onPause = () => setPlaying(false);
    const onRate = () => setRateState(audio.playbackRate);
    const events: [string, () => void][] = [
      ['timeupdate', onTime],
      ['seeked', onTime],
      ['play', onPlay],
      ['pause', onPause],
      ['ended', onPause],
      ['ratechange', onRate],
    ];
    for (const [name, listener] of events) audio.addEventListener(name, listener);
    return () => {
      for (const [name, listener] of events) audio.removeEventListener(name, listener);
    };
  }, [audio]);

  // Controls read the latest position through a ref so that they stay the same object while playing:
  // memoised transcript lines receive them and must not re-render four times a second.
  const latest = useRef({ timeMs, rate });
  latest.current = { timeMs, rate };

  const controls = useMemo<PlaybackControls>(() => {
    const seek = (ms: number) => {
      const clamped = Math.max(0, durationMs > 0 ? Math.min(ms, durationMs) : ms);
      if (audio) audio.currentTime = clamped / 1000;
      // Set at once so the line lights up before the media element reports back.
      setTimeMs(Math.round(clamped));
    };
    const setRate = (next: number) => {
      if (audio) audio.playbackRate = next;
      setRateState(next);
    };
    return {
      toggle() {
        if (!audio) return;
        if (audio.paused) void audio.play().catch(() => setPlaying(false));
        else audio.pause();
      },
      seek,
      skip: (deltaMs: number) => seek((audio ? audio.currentTime * 1000 : latest.current.timeMs) + deltaMs),
      setRate,
      stepRate(direction) {
        const index = PLAYBACK_RATES.findIndex((candidate) => candidate >= latest.current.rate);
        const from = index < 0 ? PLAYBACK_RATES.length - 1 : index;
        const to = Math.max(0, Math.min(PLAYBACK_RATES.length - 1, from + direction));
        setRate(PLAYBACK_RATES[to] as number);
      },
    };
  }, [audio, durationMs]);

  return [{ timeMs, playing, rate, hasAudio: audio !== null }, controls];
}
