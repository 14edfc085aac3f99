import type { AudioProcessing } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';

const OPTIONS = ['echoCancellation', 'noiseSuppression', 'autoGainControl'] as const;

/** The browser's voice processing, off by default (faithful audio for the analysis). */
export function ProcessingOptions({
  processing,
  disabled,
  onChange,
}: {
  processing: AudioProcessing;
  disabled: boolean;
  onChange(processing: AudioProcessing): void;
}) {
  const { t } = useLocale();
  return (
    <details className="processing-options" data-testid="processing-options">
      <summary>{t(recorderText.processing)}</summary>
      <p className="meta-text">{t(recorderText.processingHint)}</p>
      {OPTIONS.map((option) => (
        <label key={option} className="checkbox">
          <input
            type="checkbox"
            checked={processing[option]}
            disabled={disabled}
            onChange={(event) => onChange({ ...processing, [option]: event.target.checked })}
            data-testid={`processing-${option}`}
          />
          {t(recorderText[option])}
        </label>
      ))}
    </details>
  );
}
