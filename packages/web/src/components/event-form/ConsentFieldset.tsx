import { CONSENT_LABELS, CONSENT_STATES, type ConsentState } from '@furikaeri/core';
import { useId } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { eventForm } from '../../i18n/strings/library';
import { Notice } from '../Notice';

interface ConsentFieldsetProps {
  value: ConsentState;
  onChange(next: ConsentState): void;
}

/** Granted / not asked / declined. A refusal is a reason not to record at all (DESIGN.md, safety). */
export function ConsentFieldset({ value, onChange }: ConsentFieldsetProps) {
  const { t } = useLocale();
  const name = useId();
  return (
    <fieldset className="fieldset" data-testid="consent">
      <legend>{t(eventForm.consent)}</legend>
      <div className="radios">
        {CONSENT_STATES.map((state) => (
          <label key={state} className="radio">
            <input
              type="radio"
              name={name}
              value={state}
              checked={value === state}
              onChange={() => onChange(state)}
              data-testid={`consent-${state}`}
            />
            <span>{t(CONSENT_LABELS[state])}</span>
          </label>
        ))}
      </div>
      {value === 'declined' && (
        <Notice tone="warning">
          <p>{t(eventForm.consentDeclinedWarning)}</p>
        </Notice>
      )}
    </fieldset>
  );
}
