import {
  JOB_FIELD_CHOICES,
  JOB_TRACKS,
  type JobChoice,
  type JobField,
  type JobProfile,
  type JobTrack,
} from '@furikaeri/core';
import { useRef, useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { prepScopeText } from '../../i18n/strings/prep-scope';

/**
 * The kind of job the round's common questions are worded for, as guessed, with two plain selects to correct
 * it (kept with this application's preparation; "automatic" goes back to the guess). Saving re-predicts.
 */
export function JobKindChooser(props: { scopeId: string; guess: JobProfile; choice: JobChoice; onSaved(): void }) {
  const { t } = useLocale();
  const action = useAction();
  const { guess } = props;
  // Shown at once and saved in order: the selects stay enabled (disabling one would take the keyboard's focus
  // away between two arrow presses), each change waits for the one before it.
  const [choice, setChoice] = useState(props.choice);
  const queue = useRef(Promise.resolve());
  const save = (next: JobChoice) => {
    setChoice(next);
    queue.current = queue.current.then(() =>
      action
        .run(async () => {
          await prepApi.saveJobChoice(props.scopeId, next);
          props.onSaved();
        })
        .then(() => undefined),
    );
  };
  const guessed = (label: string | null) => t(prepScopeText.jobGuessed(label ?? t(prepScopeText.jobNotGuessed)));
  return (
    <div
      className="prep-job-kind"
      data-testid="job-kind"
      title={t(prepScopeText.jobCorrectHint)}
      aria-busy={action.busy}
    >
      <Field label={t(prepScopeText.jobField)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={choice.field ?? ''}
            onChange={(event) => save({ ...choice, field: (event.target.value || null) as JobField | 'other' | null })}
            data-testid="job-field"
          >
            <option value="">{guessed(guess.field ? t(prepScopeText.fields[guess.field]) : null)}</option>
            {JOB_FIELD_CHOICES.map((field) => (
              <option key={field} value={field}>
                {t(prepScopeText.fields[field])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t(prepScopeText.jobTrack)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={choice.track ?? ''}
            onChange={(event) => save({ ...choice, track: (event.target.value || null) as JobTrack | null })}
            data-testid="job-track"
          >
            <option value="">{guessed(guess.track ? t(prepScopeText.tracks[guess.track]) : null)}</option>
            {JOB_TRACKS.map((track) => (
              <option key={track} value={track}>
                {t(prepScopeText.tracks[track])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
