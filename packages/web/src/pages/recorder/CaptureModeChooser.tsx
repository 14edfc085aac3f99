import { CAPTURE_MODES, type CaptureMode } from '@furikaeri/core';
import { useId } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { recorderText } from '../../i18n/strings/recorder';

interface CaptureModeChooserProps {
  mode: CaptureMode;
  remoteReady: boolean;
  disabled: boolean;
  onMode(mode: CaptureMode): void;
  onChooseRemote(): void;
}

const LABELS = {
  in_person: [recorderText.inPerson, recorderText.inPersonHint],
  online: [recorderText.online, recorderText.onlineHint],
} as const;

/** In person (microphone) or online (microphone plus the other side's tab or system audio, kept apart). */
export function CaptureModeChooser({ mode, remoteReady, disabled, onMode, onChooseRemote }: CaptureModeChooserProps) {
  const { t } = useLocale();
  const name = useId();
  return (
    <fieldset className="mode-chooser" data-testid="mode-chooser">
      <legend>{t(recorderText.mode)}</legend>
      <div className="mode-chooser__options">
        {CAPTURE_MODES.map((option) => (
          <label key={option} className="mode-chooser__option" data-checked={mode === option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={mode === option}
              disabled={disabled}
              onChange={() => onMode(option)}
              data-testid={`mode-${option}`}
            />
            <span className="mode-chooser__title">{t(LABELS[option][0])}</span>
            <span className="mode-chooser__hint">{t(LABELS[option][1])}</span>
          </label>
        ))}
      </div>
      {mode === 'online' && (
        <div className="mode-chooser__online">
          <div className="mode-chooser__remote">
            <span data-testid="remote-status" data-ready={remoteReady}>
              {t(remoteReady ? recorderText.remoteReady : recorderText.remoteMissing)}
            </span>
            <button
              type="button"
              className="button button--small"
              onClick={onChooseRemote}
              disabled={disabled}
              data-testid="choose-remote"
            >
              {t(recorderText.chooseRemote)}
            </button>
          </div>
          <details className="mode-chooser__help">
            <summary>{t(recorderText.systemAudioTitle)}</summary>
            <ul>
              {recorderText.systemAudioHelp.map((line) => (
                <li key={line.en}>{t(line)}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </fieldset>
  );
}
