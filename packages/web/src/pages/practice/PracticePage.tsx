import type { PracticeQuestion } from '@furikaeri/core';
import { useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageTitle } from '../../components/PageTitle';
import { useAction } from '../../hooks/useAction';
import { usePracticeAttemptsChanged } from '../../hooks/usePracticeAttemptsChanged';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { OverallProgress } from './OverallProgress';
import { PracticeSession } from './PracticeSession';
import { type SetChoice, SetChooser } from './SetChooser';
import '../prep/prep.css';
import './practice.css';

/** Practice mode: pick a set, answer each question against the clock, see each attempt and the progress. */
export function PracticePage({ target }: { target: string | null }) {
  const { t } = useLocale();
  const [questions, setQuestions] = useState<PracticeQuestion[] | null>(null);
  const action = useAction();
  const all = useResource('practice-attempts', () => prepApi.attempts());
  usePracticeAttemptsChanged(all.reload);
  const start = (choice: SetChoice) =>
    void action.run(async () => {
      setQuestions(await prepApi.practiceQuestions(choice.set, { target: choice.target, category: choice.category }));
    });
  return (
    <div className="page" data-testid="practice-page">
      <PageTitle title={t(prepText.practiceTitle)} lead={<p>{t(prepText.practiceLead)}</p>} />
      <div className="page-grid">
        <div className="page-grid__main">
          {questions && questions.length > 0 && (
            <PracticeSession
              key={questions.map((q) => q.key).join('|')}
              questions={questions}
              onAttempt={() => void all.reload()}
            />
          )}
          {questions && questions.length === 0 && <p className="empty">{t(prepText.noQuestions)}</p>}
        </div>
        <aside className="page-grid__side">
          <SetChooser initialTarget={target} onStart={start} />
          <ErrorNotice error={action.error} onDismiss={action.clearError} />
          <OverallProgress attempts={all} />
        </aside>
      </div>
    </div>
  );
}
