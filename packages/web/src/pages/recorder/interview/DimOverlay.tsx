import { formatDuration } from '@furikaeri/core';
import { useEffect, useRef } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';

/**
 * A near-black screen for a laptop or phone lying on the table: only a faint clock shows that it records.
 * Any click, Escape or D brings the screen back; B still bookmarks (handled by the screen's hotkeys).
 */
export function DimOverlay({ capturedMs, paused, onClose }: { capturedMs: number; paused: boolean; onClose(): void }) {
  const { t } = useLocale();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      className="dim-overlay"
      onClick={onClose}
      aria-label={t(recorderText.undim)}
      data-testid="dim-overlay"
    >
      <span className="dim-overlay__dot" data-paused={paused} aria-hidden="true" />
      <span className="dim-overlay__clock">{formatDuration(capturedMs)}</span>
      <span className="dim-overlay__hint">{t(recorderText.undim)}</span>
    </button>
  );
}
