import { PREP_TEXT_LIMITS } from '@furikaeri/core';
import type { FormEvent } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { prepText } from '../../i18n/strings/prep';
import { overLimit, TextareaField } from '../prep/TextareaField';

interface TypedAnswerFormProps {
  answer: string;
  onAnswer(answer: string): void;
  busy: boolean;
  onSubmit(): void;
}

/** The answer typed instead of spoken: counted against the server's limit, never cut. */
export function TypedAnswerForm({ answer, onAnswer, busy, onSubmit }: TypedAnswerFormProps) {
  const { t } = useLocale();
  const limit = PREP_TEXT_LIMITS.practiceAnswer;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form card section" onSubmit={submit}>
      <h3>{t(practiceText.orType)}</h3>
      <TextareaField
        label={t(prepText.yourAnswer)}
        value={answer}
        onChange={onAnswer}
        rows={5}
        limit={limit}
        testId="practice-answer"
      />
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || answer.trim() === '' || overLimit(answer, limit)}
          data-testid="practice-send"
        >
          {t(prepText.send)}
        </button>
      </div>
    </form>
  );
}
