import { toDb } from '@furikaeri/core';
import { useEffect, useRef } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';
import type { LevelReading } from '../capture/capture-graph';

const FLOOR_DB = -60;

/** 0…100 % of the bar for a level in dBFS; the scale is in dB, as ears hear loudness. */
function position(amplitude: number): number {
  const db = Math.max(FLOOR_DB, toDb(amplitude));
  return Math.round(((db - FLOOR_DB) / -FLOOR_DB) * 100);
}

interface LevelMeterProps {
  subscribe(listener: (level: LevelReading) => void): () => void;
  channels: 1 | 2;
  compact?: boolean;
}

/**
 * Live input level per channel (RMS bar and peak tick). Twenty readings a second go straight to the DOM
 * through CSSOM custom properties, not through React state (and no inline style attribute, which the
 * page's CSP forbids).
 */
export function LevelMeter({ subscribe, channels, compact }: LevelMeterProps) {
  const { t } = useLocale();
  const tracks = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(
    () =>
      subscribe((level) => {
        tracks.current.forEach((track, channel) => {
          if (!track) return;
          const peak = level.peak[channel] ?? 0;
          const peakDb = Math.round(Math.max(FLOOR_DB, toDb(peak)));
          track.style.setProperty('--rms', `${position(level.rms[channel] ?? 0)}%`);
          track.style.setProperty('--peak', `${position(peak)}%`);
          track.dataset.zone = peakDb >= -1 ? 'clip' : peakDb >= -3 ? 'loud' : 'ok';
          track.dataset.peakDb = String(peakDb);
          track.setAttribute('aria-valuenow', String(peakDb));
          track.setAttribute('aria-valuetext', `${peakDb} dBFS`);
        });
      }),
    [subscribe],
  );
  const labels = channels === 2 ? [recorderText.levelMe, recorderText.levelThem] : [recorderText.level];
  return (
    <div className={`level-meter${compact ? ' level-meter--compact' : ''}`} data-testid="level-meter">
      {labels.map((label, channel) => (
        <div className="level-meter__row" key={label.en}>
          <span className="level-meter__label">{t(label)}</span>
          {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot draw the peak tick and looks different in every browser. */}
          <div
            ref={(element) => {
              tracks.current[channel] = element;
            }}
            className="level-meter__track"
            role="meter"
            aria-label={t(label)}
            aria-valuemin={FLOOR_DB}
            aria-valuemax={0}
            aria-valuenow={FLOOR_DB}
            data-testid={`level-${channel}`}
          >
            <div className="level-meter__bar" />
            <div className="level-meter__peak" />
          </div>
        </div>
      ))}
    </div>
  );
}
