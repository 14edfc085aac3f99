import {
  JOB_FIELD_CHOICES,
  JOB_TRACKS,
  type JobChoice,
  type JobField,
  type JobTrack,
  type PrepView,
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
export function JobKindChooser(props: {
  scopeId: string;
  guess: PrepView['jobGuess'];
  choice: JobChoice;
  onSaved(): void;
}) {
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
  // A part the company's preparation set: "automatic" here follows it, and says so (it is no guess).
  const automatic = (part: 'field' | 'track', label: string | null) =>
    guess.fromCompany[part] ? t(prepScopeText.jobFromCompany(label ?? t(prepScopeText.fields.other))) : guessed(label);
  return (
    <div
      className="prep-job-kind"
      data-testid="job-kind"
      title={t(prepScopeText.jobCorrectHint)}
      aria-busy={action.busy}
    >
      <GuessSelect
        label={t(prepScopeText.jobField)}
        automatic={automatic('field', guess.field ? t(prepScopeText.fields[guess.field]) : null)}
        options={JOB_FIELD_CHOICES.map((field) => [field, t(prepScopeText.fields[field])])}
        value={choice.field}
        onChange={(field) => save({ ...choice, field: field as JobField | 'other' | null })}
        testId="job-field"
      />
      <GuessSelect
        label={t(prepScopeText.jobTrack)}
        automatic={automatic('track', guess.track ? t(prepScopeText.tracks[guess.track]) : null)}
        options={JOB_TRACKS.map((track) => [track, t(prepScopeText.tracks[track])])}
        value={choice.track}
        onChange={(track) => save({ ...choice, track: track as JobTrack | null })}
        testId="job-track"
      />
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </div>
  );
}

/** A plain select whose first option, "automatic", leaves the part to the guess (null). */
function GuessSelect(props: {
  label: string;
  automatic: string;
  options: Array<[string, string]>;
  value: string | null;
  onChange(value: string | null): void;
  testId: string;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select
          id={id}
          className="input"
          value={props.value ?? ''}
          onChange={(event) => props.onChange(event.target.value || null)}
          data-testid={props.testId}
        >
          <option value="">{props.automatic}</option>
          {props.options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
