import { type FormEvent, useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { prepScopeText } from '../../i18n/strings/prep-scope';
import { TextareaField } from './TextareaField';

/** The questions I want to ask (逆質問); those already asked drop out of the checklist. */
export function ReverseQuestionsForm({
  target,
  questions,
  companyQuestions,
  onSaved,
}: {
  target: string;
  questions: string[];
  /** On an application's page: the company-wide ones, shown and kept as they are. */
  companyQuestions: string[];
  onSaved(): void;
}) {
  const { t } = useLocale();
  const [text, setText] = useState(questions.join('\n'));
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await prepApi.saveReverseQuestions(target, text.split('\n'));
      onSaved();
    });
  };
  return (
    <form className="form card section" onSubmit={submit} data-testid="reverse-form">
      <TextareaField
        label={t(prepText.reverseQuestions)}
        value={text}
        onChange={setText}
        rows={4}
        testId="reverse-questions"
      />
      {companyQuestions.length > 0 && (
        <div data-testid="company-reverse-questions">
          <p className="meta-text">{t(prepScopeText.companyReverseQuestions)}</p>
          <ul>
            {companyQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={action.busy} data-testid="reverse-save">
          {t(prepText.save)}
        </button>
      </div>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </form>
  );
}
