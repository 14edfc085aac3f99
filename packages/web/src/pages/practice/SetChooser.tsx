import { type PracticeSetKind, QUESTION_CATEGORIES } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/library';
import { ChoiceField } from '../../components/ChoiceField';
import { Field } from '../../components/Field';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { categoryLabel } from '../questions/category-label';

export interface SetChoice {
  set: PracticeSetKind;
  target?: string;
  category?: string;
}

const SETS: PracticeSetKind[] = ['predicted', 'category', 'weak', 'bank'];

/** Which questions to practise: predicted for a company's next round, a category, my weak answers, generic ones. */
export function SetChooser({
  initialTarget,
  onStart,
}: {
  initialTarget: string | null;
  onStart(choice: SetChoice): void;
}) {
  const { t } = useLocale();
  const companies = useResource('companies', () => api.listCompanies());
  const [set, setSet] = useState<PracticeSetKind>(initialTarget ? 'predicted' : 'bank');
  const [target, setTarget] = useState(initialTarget ?? '');
  const [category, setCategory] = useState<string>('motivation');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart({
      set,
      target: set === 'predicted' ? target : undefined,
      category: set === 'category' ? category : undefined,
    });
  };
  return (
    <form className="form card section" onSubmit={submit} data-testid="set-chooser">
      <ChoiceField
        label={t(prepText.set)}
        value={set}
        choices={SETS}
        labelOf={(kind) => t(prepText.sets[kind])}
        onChange={setSet}
        testId="set-kind"
      />
      {set === 'predicted' && (
        <Field label={t(prepText.company)}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              data-testid="set-target"
            >
              {initialTarget && !companies.data?.some((c) => c.id === initialTarget) && (
                <option value={initialTarget}>{initialTarget}</option>
              )}
              <option value="">—</option>
              {companies.data?.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {set === 'category' && (
        <ChoiceField
          label={t(prepText.category)}
          value={category}
          choices={QUESTION_CATEGORIES}
          labelOf={(value) => t(categoryLabel(value))}
          onChange={setCategory}
          testId="set-category"
        />
      )}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={set === 'predicted' && target === ''}
          data-testid="practice-start"
        >
          {t(prepText.start)}
        </button>
      </div>
    </form>
  );
}
