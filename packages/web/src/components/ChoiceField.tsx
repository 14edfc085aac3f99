import { Field } from './Field';

interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  choices: readonly T[];
  /** The text shown for each choice. */
  labelOf(choice: NoInfer<T>): string;
  onChange(choice: NoInfer<T>): void;
  testId: string;
}

/** A labelled drop-down over a fixed list of values. */
export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  labelOf,
  onChange,
  testId,
}: ChoiceFieldProps<T>) {
  return (
    <Field label={label}>
      {(id) => (
        <select
          id={id}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value as T)}
          data-testid={testId}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {labelOf(choice)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
