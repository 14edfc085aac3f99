import type { InterviewRound, PracticeQuestion } from '@furikaeri/core';
import { useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { useAction } from '../../hooks/useAction';
import { usePracticeAttemptsChanged } from '../../hooks/usePracticeAttemptsChanged';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceSetText } from '../../i18n/strings/practice-set';
import { prepText } from '../../i18n/strings/prep';
import { categoryLabel } from '../questions/category-label';
import { OverallProgress } from './OverallProgress';
import { PracticeSession } from './PracticeSession';
import { type SetChoice, SetChooser } from './SetChooser';
import '../prep/prep.css';
import './practice.css';

/** Practice mode: pick a set, answer each question against the clock, see each attempt and the progress. */
export function PracticePage({ target, round }: { target: string | null; round: InterviewRound | null }) {
  const { t } = useLocale();
  const [questions, setQuestions] = useState<PracticeQuestion[] | null>(null);
  // The kind the shown set was asked for, to say when it fell back to the generic questions of that kind.
  const [kind, setKind] = useState<string | null>(null);
  const action = useAction();
  const all = useResource('practice-attempts', () => prepApi.attempts());
  usePracticeAttemptsChanged(all.reload);
  const start = (choice: SetChoice) =>
    void action.run(async () => {
      setKind(choice.set === 'category' ? (choice.category ?? null) : null);
      setQuestions(
        await prepApi.practiceQuestions(choice.set, {
          target: choice.target,
          category: choice.category,
          round: choice.round,
        }),
      );
    });
  return (
    <div className="page" data-testid="practice-page">
      <PageTitle title={t(prepText.practiceTitle)} lead={<p>{t(prepText.practiceLead)}</p>} />
      <div className="page-grid">
        <div className="page-grid__main">
          {kind && questions && questions.length > 0 && questions.every((q) => q.generic) && (
            <Notice tone="info" testId="generic-fallback">
              <p>{t(practiceSetText.genericFallback(t(categoryLabel(kind))))}</p>
            </Notice>
          )}
          {questions && questions.length > 0 && (
            <PracticeSession
              key={questions.map((q) => q.key).join('|')}
              questions={questions}
              onAttempt={() => void all.reload()}
            />
          )}
          {questions && questions.length === 0 && (
            <p className="empty" data-testid="no-questions">
              {t(kind ? practiceSetText.noGeneric(t(categoryLabel(kind))) : prepText.noQuestions)}
            </p>
          )}
        </div>
        <aside className="page-grid__side">
          <SetChooser initialTarget={target} initialRound={round} onStart={start} />
          <ErrorNotice error={action.error} onDismiss={action.clearError} />
          <OverallProgress attempts={all} />
        </aside>
      </div>
    </div>
  );
}
