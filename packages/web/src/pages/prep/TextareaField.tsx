import { Field } from '../../components/Field';

interface TextareaFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  rows: number;
  maxLength?: number;
  testId: string;
}

/** A labelled multi-line text box, as the prep and practice forms use them. */
export function TextareaField({ label, value, onChange, rows, maxLength, testId }: TextareaFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <textarea
          id={id}
          className="input"
          rows={rows}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}
