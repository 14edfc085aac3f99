import type { RecordingView } from '@furikaeri/core';
import { useState } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { evidenceText } from '../../i18n/strings/evidence';
import { EvidenceDialog } from './EvidenceDialog';

/** Opens the warning dialog; the package itself can only be downloaded from there. */
export function EvidenceExport({ recording }: { recording: RecordingView }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => setOpen(true)}
        data-testid="evidence-open"
      >
        {t(evidenceText.open)}
      </button>
      {open && <EvidenceDialog recording={recording} onClose={() => setOpen(false)} />}
    </>
  );
}
