import { type FormEvent, useEffect, useState } from 'react';
import { ownNamesApi } from '../../api/own-names';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { ownNamesText as T } from '../../i18n/strings/own-names';

/**
 * 「文字起こしでの私の名前」: the spellings of the user's name in Zoom/Teams/Meet exports. Each change is saved
 * at once; the server refuses numbered labels, titles, over-long names and more than ten.
 */
export function OwnNamesSection() {
  const { t } = useLocale();
  const action = useAction();
  const { run } = action;
  const [names, setNames] = useState<string[] | null>(null);
  const [draft, setDraft] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void run(async () => setNames((await ownNamesApi.get()).names));
  }, [run]);

  const save = (next: string[], after?: () => void) => {
    setSaved(false);
    void action.run(async () => {
      setNames((await ownNamesApi.set(next)).names);
      setSaved(true);
      after?.();
    });
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '' || !names) return;
    save([...names, draft], () => setDraft(''));
  };

  return (
    <Section title={t(T.title)} card testId="own-names-section">
      <p className="field__hint">{t(T.lead)}</p>
      {names && names.length === 0 && <p className="meta-text">{t(T.none)}</p>}
      <ul className="own-names" data-testid="own-names">
        {(names ?? []).map((name) => (
          <li key={name} className="own-names__item" data-testid="own-name">
            <span>{name}</span>
            <button
              type="button"
              className="button button--small"
              disabled={action.busy}
              onClick={() => save((names ?? []).filter((kept) => kept !== name))}
              aria-label={t(T.remove(name))}
              data-testid="own-name-remove"
            >
              {t(T.removeShort)}
            </button>
          </li>
        ))}
      </ul>
      <form className="own-names__add" onSubmit={add}>
        <Field label={t(T.addLabel)}>
          {(id) => (
            <input
              id={id}
              className="input"
              value={draft}
              maxLength={80}
              placeholder={t(T.placeholder)}
              onChange={(event) => setDraft(event.target.value)}
              data-testid="own-name-input"
            />
          )}
        </Field>
        <button
          type="submit"
          className="button"
          disabled={action.busy || names === null || draft.trim() === ''}
          data-testid="own-name-add"
        >
          {t(T.add)}
        </button>
      </form>
      <p className="settings__saved" role="status">
        {saved && <span data-testid="own-names-saved">✓ {t(T.saved)}</span>}
      </p>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </Section>
  );
}
