import { type InterviewRound, type PracticeSetKind, QUESTION_CATEGORIES, ROUND_LABELS } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/library';
import { ChoiceField } from '../../components/ChoiceField';
import { Field } from '../../components/Field';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceSetText } from '../../i18n/strings/practice-set';
import { prepText } from '../../i18n/strings/prep';
import { categoryLabel } from '../questions/category-label';
import { TargetSelect } from './TargetSelect';

export interface SetChoice {
  set: PracticeSetKind;
  target?: string;
  round?: InterviewRound | null;
  category?: string;
}

const SETS: PracticeSetKind[] = ['predicted', 'category', 'weak', 'bank'];
/** The rounds the prep page prepares (a casual talk has no predicted questions of its own). */
const ROUNDS: readonly InterviewRound[] = ['first', 'second', 'third', 'final'];

async function loadTargets() {
  const [companies, applications] = await Promise.all([api.listCompanies(), api.listApplications()]);
  return { companies, applications };
}

/** Which questions to practise: predicted for a company's next round, a category, my weak answers, generic ones. */
export function SetChooser({
  initialTarget,
  initialRound,
  onStart,
}: {
  initialTarget: string | null;
  /** The round the prep page showed; null for the one after the latest held. */
  initialRound: InterviewRound | null;
  onStart(choice: SetChoice): void;
}) {
  const { t } = useLocale();
  const targets = useResource('practice-targets', loadTargets);
  const [set, setSet] = useState<PracticeSetKind>(initialTarget ? 'predicted' : 'bank');
  const [target, setTarget] = useState(initialTarget ?? '');
  const [round, setRound] = useState<InterviewRound | ''>(initialRound ?? '');
  const [category, setCategory] = useState<string>('motivation');
  const data = targets.data;
  // A target that is gone (deleted since the link was made) is not offered, nor sent.
  const known =
    target === '' ||
    !data ||
    data.companies.some((company) => company.id === target) ||
    data.applications.some((application) => application.id === target);
  const chosenTarget = known ? target : '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart({
      set,
      target: set === 'predicted' ? chosenTarget : undefined,
      round: set === 'predicted' && round !== '' ? round : null,
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
        <>
          <Field label={t(practiceSetText.target)}>
            {(id) => (
              <TargetSelect
                id={id}
                value={chosenTarget}
                companies={data?.companies ?? []}
                applications={data?.applications ?? []}
                onChange={setTarget}
              />
            )}
          </Field>
          <Field label={t(practiceSetText.round)}>
            {(id) => (
              <select
                id={id}
                className="input"
                value={round}
                onChange={(e) => setRound(e.target.value as InterviewRound | '')}
                data-testid="set-round"
              >
                <option value="">{t(practiceSetText.nextRound)}</option>
                {ROUNDS.map((value) => (
                  <option key={value} value={value}>
                    {t(ROUND_LABELS[value])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
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
          disabled={set === 'predicted' && chosenTarget === ''}
          data-testid="practice-start"
        >
          {t(prepText.start)}
        </button>
      </div>
    </form>
  );
}
