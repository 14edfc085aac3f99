import type { RecordingView } from '@furikaeri/core';
import { useEffect, useRef } from 'react';
import type { TranscriptImported } from '../../../api/transcripts';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Notice } from '../../../components/Notice';
import { ProgressBar } from '../../../components/ProgressBar';
import { useLocale } from '../../../i18n/LocaleContext';
import { transcriptImportText as T } from '../../../i18n/strings/transcript-import';
import { href } from '../../../router/routes';
import { TranscriptPreviewForm } from './TranscriptPreviewForm';
import { useTranscriptImport } from './useTranscriptImport';
import './transcript-import.css';

interface TranscriptImportCardProps {
  eventId: string;
  file: File;
  recordings: readonly RecordingView[];
  onSaved(result: TranscriptImported): void;
  onDismiss(): void;
}

/** A dropped transcript file: reading → preview (roles, first lines, recording) → saved, or the line at fault. */
export function TranscriptImportCard({ eventId, file, recordings, onSaved, onDismiss }: TranscriptImportCardProps) {
  const { t } = useLocale();
  const { phase, roles, setRole, remember, setRemember, save } = useTranscriptImport(eventId, file, onSaved);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = phase.kind === 'preview' || phase.kind === 'saved';

  // Keyboard users land on the preview (or the result) as it appears, not back at the top of the page.
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  const preview = phase.kind === 'preview' || phase.kind === 'saving' || phase.kind === 'failed' ? phase.preview : null;
  const retryRoles = () => save(null);
  return (
    <li className="transcript-import" data-testid="transcript-import" data-phase={phase.kind}>
      <h3 className="transcript-import__title" ref={heading} tabIndex={-1}>
        {t(T.previewTitle(file.name))}
      </h3>
      {phase.kind === 'reading' && (
        <ProgressBar value={phase.progress} label={t(T.reading(file.name))} testId="transcript-progress" />
      )}
      {phase.kind === 'saving' && (
        <ProgressBar value={phase.progress} label={t(T.saving(file.name))} testId="transcript-progress" />
      )}
      {phase.kind === 'failed' && (
        <div className="transcript-import__error" data-testid="transcript-import-error">
          <ErrorNotice error={phase.error} />
          {phase.line !== null && phase.lineText !== null && (
            <figure className="line-at-fault" data-testid="line-at-fault">
              <figcaption className="meta-text">{t(T.lineAtFault(phase.line))}</figcaption>
              <pre>
                <span className="line-at-fault__number">{phase.line}</span>
                {phase.lineText}
              </pre>
            </figure>
          )}
          {!phase.preview && (
            <p className="transcript-import__after-error">
              <span className="meta-text">{t(T.failed)}</span>
              <button type="button" className="button button--quiet" onClick={onDismiss}>
                {t(T.dismiss)}
              </button>
            </p>
          )}
        </div>
      )}
      {preview && phase.kind !== 'saved' && (
        <TranscriptPreviewForm
          preview={preview}
          roles={roles}
          recordings={recordings}
          busy={phase.kind === 'saving'}
          onRole={setRole}
          remember={remember}
          onRemember={setRemember}
          onSave={save}
          onCancel={onDismiss}
        />
      )}
      {phase.kind === 'rolesFailed' && (
        <Notice tone="warning" testId="transcript-roles-failed">
          <p>{t(T.savedRolesFailed(phase.result.transcript.segments.length))}</p>
          <ErrorNotice error={phase.error} />
          <p className="transcript-import__after-error">
            <button
              type="button"
              className="button button--primary"
              onClick={retryRoles}
              data-testid="transcript-retry-roles"
            >
              {t(T.retryRoles)}
            </button>
            <a className="button button--quiet" href={href.review(eventId)} data-testid="transcript-open-review">
              {t(T.openReview)}
            </a>
          </p>
        </Notice>
      )}
      {phase.kind === 'saved' && (
        <Notice tone="success" onDismiss={onDismiss} testId="transcript-saved">
          <p>{t(T.saved(phase.result.transcript.segments.length))}</p>
          <p>
            <a className="button button--primary" href={href.review(eventId)} data-testid="transcript-open-review">
              {t(T.openReview)}
            </a>
          </p>
        </Notice>
      )}
    </li>
  );
}
