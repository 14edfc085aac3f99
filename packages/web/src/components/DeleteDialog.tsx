import type { DeletionImpact, Message } from '@furikaeri/core';
import { useEffect, useRef } from 'react';
import { useAction } from '../hooks/useAction';
import { useResource } from '../hooks/useResource';
import { useLocale } from '../i18n/LocaleContext';
import { deletionText as T } from '../i18n/strings/deletion';
import { Dialog } from './Dialog';
import { deletionLines } from './deletion-lines';
import { ErrorNotice } from './ErrorNotice';
import { LoadState } from './LoadState';
import { Notice } from './Notice';
import './DeleteDialog.css';

interface DeleteDialogProps {
  /** Names the resource being counted (a company's or an application's id): a new one counts again. */
  resourceKey: string;
  title: string;
  /** The server's count of what goes with it; the delete button waits for it, so nothing goes unannounced. */
  loadImpact(): Promise<DeletionImpact>;
  /** A sentence about what stays (an application's events), shown under the list. */
  kept?(impact: DeletionImpact): Message | null;
  confirmLabel: string;
  onConfirm(impact: DeletionImpact): Promise<void>;
  onClose(): void;
  testId: string;
}

/**
 * Deleting something that takes other things with it: a modal (focus kept inside, Escape or "Keep it"
 * cancels) that lists what goes, counted by the server, before the one red button that deletes. Focus
 * starts on "Keep it", so an Enter pressed out of habit deletes nothing.
 */
export function DeleteDialog(props: DeleteDialogProps) {
  const { t } = useLocale();
  const impact = useResource(`deletion:${props.resourceKey}`, props.loadImpact);
  const remove = useAction();
  const keepRef = useRef<HTMLButtonElement>(null);

  // Runs after the Dialog's own effect (a parent's effects run after its children's), once it is open.
  useEffect(() => keepRef.current?.focus(), []);

  const counted = impact.data;
  const lines = counted ? deletionLines(counted) : [];
  const kept = counted && props.kept ? props.kept(counted) : null;
  const confirm = () => {
    if (counted) void remove.run(() => props.onConfirm(counted));
  };

  return (
    <Dialog title={props.title} onClose={props.onClose} testId={props.testId}>
      {!counted ? (
        impact.error ? (
          <LoadState error={impact.error} onRetry={impact.reload} />
        ) : (
          <p className="meta-text">{t(T.counting)}</p>
        )
      ) : (
        <div className="delete-dialog__impact" data-testid="deletion-impact">
          {lines.length > 0 ? (
            <>
              <p>{t(T.goesWith)}</p>
              <ul className="delete-dialog__list">
                {lines.map((line) => (
                  <li key={line.en} data-testid="deletion-line">
                    {t(line)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t(T.nothingElse)}</p>
          )}
          {kept && (
            <Notice tone="info" testId="deletion-kept">
              <p>{t(kept)}</p>
            </Notice>
          )}
        </div>
      )}
      <ErrorNotice error={remove.error} onDismiss={remove.clearError} testId="deletion-error" />
      <div className="delete-dialog__actions">
        <button
          type="button"
          className="button button--danger"
          onClick={confirm}
          disabled={!counted || remove.busy}
          data-testid={`${props.testId}-confirm`}
        >
          {remove.busy ? t(T.deleting) : props.confirmLabel}
        </button>
        <button
          ref={keepRef}
          type="button"
          className="button"
          onClick={props.onClose}
          disabled={remove.busy}
          data-testid={`${props.testId}-keep`}
        >
          {t(T.keep)}
        </button>
      </div>
    </Dialog>
  );
}
