import { formatDuration } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { reviewText } from '../../../i18n/strings/review';
import { PLAYBACK_RATES, type PlaybackControls, type PlaybackState, SKIP_MS } from './usePlayback';

interface PlayerControlsProps {
  state: PlaybackState;
  controls: PlaybackControls;
  durationMs: number;
  /** Absent where there are no questions to move between (a recording without a transcript). */
  onPreviousQuestion?: () => void;
  onNextQuestion?: () => void;
}

/** Buttons for everything the shortcuts do, so nothing needs a mouse or a memorised key (no audio: questions only). */
export function PlayerControls({
  state,
  controls,
  durationMs,
  onPreviousQuestion,
  onNextQuestion,
}: PlayerControlsProps) {
  const { t } = useLocale();
  const { hasAudio } = state;
  return (
    <div className="player-controls" data-testid="player-controls">
      {hasAudio && (
        <>
          <button
            type="button"
            className="button button--primary player-controls__play"
            onClick={controls.toggle}
            aria-pressed={state.playing}
            data-testid="play-toggle"
          >
            <span aria-hidden="true">{state.playing ? '❚❚' : '▶'}</span>
            {t(state.playing ? reviewText.pause : reviewText.play)}
          </button>
          <button type="button" className="button" onClick={() => controls.skip(-SKIP_MS)} data-testid="skip-back">
            {t(reviewText.back5)}
          </button>
          <button type="button" className="button" onClick={() => controls.skip(SKIP_MS)} data-testid="skip-forward">
            {t(reviewText.forward5)}
          </button>
        </>
      )}
      {onPreviousQuestion && (
        <button type="button" className="button" onClick={onPreviousQuestion} data-testid="previous-question">
          {t(reviewText.previousQuestion)}
        </button>
      )}
      {onNextQuestion && (
        <button type="button" className="button" onClick={onNextQuestion} data-testid="next-question">
          {t(reviewText.nextQuestion)}
        </button>
      )}
      <output className="player-controls__time" aria-label={t(reviewText.position)} data-testid="player-time">
        {formatDuration(state.timeMs)} / {formatDuration(durationMs)}
      </output>
      {hasAudio && (
        <label className="player-controls__speed">
          <span>{t(reviewText.speed)}</span>
          <select
            className="input"
            value={String(state.rate)}
            onChange={(event) => controls.setRate(Number(event.target.value))}
            data-testid="playback-rate"
          >
            {PLAYBACK_RATES.map((rate) => (
              <option key={rate} value={String(rate)}>
                {rate}×
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
