import { CONSENT_LABELS, CONSENT_STATES, type ConsentState } from '@furikaeri/core';
import { useEffect, useId, useRef } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { eventForm } from '../../i18n/strings/library';
import { ConsentPhrase } from '../ConsentPhrase';
import { Notice } from '../Notice';

interface ConsentFieldsetProps {
  value: ConsentState;
  onChange(next: ConsentState): void;
  /** Scroll here and focus the chosen option when the form opens (from "change the permission"). */
  focusOnMount?: boolean;
}

/** Granted / not asked / declined. A refusal is a reason not to record at all (DESIGN.md, safety). */
export function ConsentFieldset({ value, onChange, focusOnMount }: ConsentFieldsetProps) {
  const { t } = useLocale();
  const name = useId();
  const ref = useRef<HTMLFieldSetElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form opens, not on every change.
  useEffect(() => {
    if (!focusOnMount) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.querySelector<HTMLInputElement>('input:checked')?.focus({ preventScroll: true });
  }, []);

  return (
    <fieldset ref={ref} className="fieldset" data-testid="consent">
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
      {value === 'declined' ? (
        <Notice tone="warning">
          <p>{t(eventForm.consentDeclinedWarning)}</p>
        </Notice>
      ) : (
        <ConsentPhrase />
      )}
    </fieldset>
  );
}
