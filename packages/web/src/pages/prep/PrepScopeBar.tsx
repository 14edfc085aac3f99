import { type InterviewRound, type PrepView, ROUND_LABELS } from '@furikaeri/core';
import { useEffect, useState } from 'react';
import { Field } from '../../components/Field';
import { useLocale } from '../../i18n/LocaleContext';
import { library } from '../../i18n/strings/library';
import { prepScopeText } from '../../i18n/strings/prep-scope';
import { JobKindChooser } from './JobKindChooser';
import { JobProfileNote } from './JobProfileNote';

/** The rounds one prepares for (a casual talk has no predicted questions of its own). */
const PREPARED_ROUNDS: readonly InterviewRound[] = ['first', 'second', 'third', 'final'];

interface PrepScopeBarProps {
  companyId: string;
  applications: ReadonlyArray<{ id: string; role: string }>;
  /** The application prepared, or the company's id for the whole company. */
  target: string;
  round: InterviewRound;
  /** The round after the latest held, marked in the list. */
  defaultRound: InterviewRound;
  /** The kind of job the common questions were chosen for, as guessed and as corrected for this scope. */
  job: Pick<PrepView, 'scopeId' | 'job' | 'jobGuess' | 'jobChoice'>;
  busy: boolean;
  onChange(target: string, round: InterviewRound | null): void;
  /** The kind of job was corrected: predict again. */
  onJobSaved(): void;
}

/**
 * Which application and which round to prepare. Plain selects, so the keyboard works as everywhere; a new
 * application starts at its own next round, a round chosen is kept in the address.
 */
export function PrepScopeBar(props: PrepScopeBarProps) {
  const { t } = useLocale();
  // The choice shows at once, before the address catches up: a controlled select bound to the address alone
  // snaps back for a moment, and a second ↓ pressed then starts from the old round (one press lost).
  const [target, setTarget] = useState(props.target);
  const [round, setRound] = useState(props.round);
  useEffect(() => setTarget(props.target), [props.target]);
  useEffect(() => setRound(props.round), [props.round]);
  return (
    <div className="prep-scope" aria-busy={props.busy} data-testid="prep-scope">
      {props.applications.length > 0 && (
        <Field label={t(prepScopeText.application)}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={target}
              onChange={(event) => {
                setTarget(event.target.value);
                props.onChange(event.target.value, null);
              }}
              data-testid="prep-application"
            >
              <option value={props.companyId}>{t(prepScopeText.wholeCompany)}</option>
              {props.applications.map((application) => (
                <option key={application.id} value={application.id}>
                  {application.role || t(library.unnamedRole)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t(prepScopeText.round)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={round}
            onChange={(event) => {
              const chosen = event.target.value as InterviewRound;
              setRound(chosen);
              props.onChange(target, chosen === props.defaultRound ? null : chosen);
            }}
            data-testid="prep-round"
          >
            {PREPARED_ROUNDS.map((round) => (
              <option key={round} value={round}>
                {t(ROUND_LABELS[round])}
                {round === props.defaultRound ? t(prepScopeText.nextRound) : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <JobKindChooser
        key={props.job.scopeId}
        scopeId={props.job.scopeId}
        guess={props.job.jobGuess}
        choice={props.job.jobChoice}
        onSaved={props.onJobSaved}
      />
      <JobProfileNote job={props.job.job} />
      {props.busy && (
        <span className="meta-text" role="status">
          {t(prepScopeText.loading)}
        </span>
      )}
    </div>
  );
}
