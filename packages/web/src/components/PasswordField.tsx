import { Field } from './Field';

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  /** 'current-password' to open something, 'new-password' when choosing one (password managers care). */
  autoComplete: 'current-password' | 'new-password';
  /** Shows the characters (the "show what I typed" checkbox). */
  visible?: boolean;
  describedBy?: string;
  invalid?: boolean;
}

/** A labelled passphrase input: unlock, recovery, change and delete-everything all use the same one. */
export function PasswordField({
  label,
  value,
  onChange,
  testId,
  autoComplete,
  visible,
  describedBy,
  invalid,
}: PasswordFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          className="input"
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}
