import type { ReactNode } from 'react';
import './Badge.css';

export type Tone = 'success' | 'info' | 'warning' | 'danger' | 'neutral' | 'muted' | 'accent';

interface BadgeProps {
  tone: Tone;
  children: ReactNode;
  testId?: string;
}

/** A small status pill; the text carries the meaning, the colour only repeats it. */
export function Badge({ tone, children, testId }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}
