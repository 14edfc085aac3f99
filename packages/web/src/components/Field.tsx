import { type ReactNode, useId } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';

interface FieldProps {
  label: string;
  optional?: boolean;
  className?: string;
  /** Renders the control with the id its <label> points at. */
  children: (id: string) => ReactNode;
}

/** A labelled form control. */
export function Field({ label, optional, className, children }: FieldProps) {
  const { t } = useLocale();
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional">{t(common.optional)}</span>}
      </label>
      {children(id)}
    </div>
  );
}
