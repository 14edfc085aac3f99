import { useEffect, useRef, useState } from 'react';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.js';
import type { WaveformPeaks } from '../../../api/peaks';
import type { Bookmark } from './bookmarks';
import { createWaveSurfer, type WaveSurfer } from './csp-safe-wavesurfer';
import { regionColour } from './speaker-colours';
import type { SpeakerTurn } from './speaker-turns';

interface WaveformProps {
  audio: HTMLAudioElement;
  peaks: WaveformPeaks;
  turns: readonly SpeakerTurn[];
  colourOf(speaker: string): string;
  bookmarks: readonly Bookmark[];
}

type Regions = ReturnType<typeof RegionsPlugin.create>;

/**
 * The waveform (wavesurfer.js) drawn from server-side peaks over the page's own <audio> element, with one
 * translucent region per speaker turn and a marker per bookmark. Clicking or dragging on it seeks; keyboard
 * users have the same moves in the controls and shortcuts, so the canvas itself is hidden from them.
 */
export function Waveform({ audio, peaks, turns, colourOf, bookmarks }: WaveformProps) {
  const container = useRef<HTMLDivElement>(null);
  const [surfer, setSurfer] = useState<{ wave: WaveSurfer; regions: Regions } | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const regions = RegionsPlugin.create();
    const wave = createWaveSurfer({
      container: container.current,
      media: audio,
      peaks: peaks.peaks,
      duration: peaks.durationMs / 1000,
      height: 96,
      normalize: true,
      barWidth: 2,
      barGap: 1,
      barRadius: 1,
      waveColor: '#9fb2bd',
      progressColor: '#2d5f7a',
      cursorColor: '#1d2a2e',
      cursorWidth: 2,
      dragToSeek: true,
      plugins: [regions],
    });
    const offReady = wave.on('ready', () => setReady(true));
    setSurfer({ wave, regions });
    return () => {
      offReady();
      setReady(false);
      setSurfer(null);
      wave.destroy();
    };
  }, [audio, peaks]);

  // Regions once the page is idle: the plugin measures the waveform for each region it adds, and doing
  // that 450 times while a one-hour transcript is still being laid out costs a third of a second.
  useEffect(() => {
    if (!surfer) return;
    const handle = requestIdleCallback(() => drawRegions(surfer.regions, turns, colourOf, bookmarks), {
      timeout: 1_500,
    });
    return () => cancelIdleCallback(handle);
  }, [surfer, turns, colourOf, bookmarks]);

  return (
    <div
      ref={container}
      className="waveform"
      aria-hidden="true"
      data-testid="waveform"
      data-ready={ready ? 'true' : 'false'}
    />
  );
}

function drawRegions(
  regions: Regions,
  turns: readonly SpeakerTurn[],
  colourOf: (speaker: string) => string,
  bookmarks: readonly Bookmark[],
): void {
  regions.clearRegions();
  for (const turn of turns) {
    regions.addRegion({
      start: turn.startMs / 1000,
      end: Math.max(turn.endMs, turn.startMs + 100) / 1000,
      color: regionColour(colourOf(turn.speaker)),
      drag: false,
      resize: false,
    });
  }
  for (const bookmark of bookmarks) {
    regions.addRegion({
      start: bookmark.atMs / 1000,
      color: '#a46a0c',
      content: bookmark.label ? `★ ${bookmark.label}` : '★',
      drag: false,
      resize: false,
    });
  }
}
