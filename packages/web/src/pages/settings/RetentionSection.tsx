import { useEffect, useState } from 'react';
import { retentionApi } from '../../api/retention';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { settingsText } from '../../i18n/strings/settings';
import { retentionChoices } from './choices';

const KEEP = 'keep';

/** How long audio is kept after an application ends; saved as soon as it is chosen. */
export function RetentionSection() {
  const { t } = useLocale();
  const action = useAction();
  const { run } = action;
  const [days, setDays] = useState<number | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void run(async () => setDays((await retentionApi.get()).audioDaysAfterClose));
  }, [run]);

  const choose = (value: string) => {
    setSaved(false);
    void action.run(async () => {
      setDays((await retentionApi.set(value === KEEP ? null : Number(value))).audioDaysAfterClose);
      setSaved(true);
    });
  };

  return (
    <Section title={t(settingsText.retentionTitle)} card testId="retention-section">
      <Field label={t(settingsText.retentionLabel)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={days === undefined || days === null ? KEEP : String(days)}
            disabled={action.busy || days === undefined}
            onChange={(event) => choose(event.target.value)}
            data-testid="retention"
          >
            {retentionChoices(days ?? null).map((choice) => (
              <option key={choice ?? KEEP} value={choice === null ? KEEP : String(choice)}>
                {choice === null ? t(settingsText.keepForever) : t(settingsText.days(choice))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="field__hint">{t(settingsText.retentionHint)}</p>
      <p className="settings__saved" role="status">
        {saved && <span data-testid="retention-saved">✓ {t(settingsText.saved)}</span>}
      </p>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </Section>
  );
}
