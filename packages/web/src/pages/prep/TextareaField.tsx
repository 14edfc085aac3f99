import { limitedLength } from '@furikaeri/core';
import { Field } from '../../components/Field';
import { useLocale } from '../../i18n/LocaleContext';
import { textLimitText } from '../../i18n/strings/text-limit';

interface TextareaFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  rows: number;
  /**
   * The most the server keeps: counted and said, never enforced with `maxlength`, which cuts a pasted text
   * off without a word. The form checks `overLimit` before sending.
   */
  limit?: number;
  testId: string;
}

/** True when `value` is longer than `limit` as the server counts it. */
export function overLimit(value: string, limit: number): boolean {
  return limitedLength(value) > limit;
}

/** A labelled multi-line text box, as the prep and practice forms use them. */
export function TextareaField({ label, value, onChange, rows, limit, testId }: TextareaFieldProps) {
  const { t } = useLocale();
  const length = limitedLength(value);
  const over = limit !== undefined && length > limit;
  return (
    <Field label={label}>
      {(id) => (
        <>
          <textarea
            id={id}
            className="input"
            rows={rows}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={over || undefined}
            aria-describedby={limit === undefined ? undefined : `${id}-count`}
            data-testid={testId}
          />
          {limit !== undefined && (
            <p
              id={`${id}-count`}
              className={over ? 'field__hint field__hint--error' : 'field__hint'}
              data-testid={`${testId}-count`}
              data-over={over}
              role={over ? 'alert' : undefined}
            >
              {t(textLimitText.count(length, limit))}
              {over && ` — ${t(textLimitText.over(length - limit, limit))}`}
            </p>
          )}
        </>
      )}
    </Field>
  );
}
