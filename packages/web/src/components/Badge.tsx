import type { ReactNode } from 'react';
import './Badge.css';

export type Tone = 'success' | 'info' | 'warning' | 'danger' | 'neutral' | 'muted' | 'accent';

interface BadgeProps {
  tone: Tone;
  children: ReactNode;
  /** No dot: the text starts with its own symbol (✓, ✗, !). */
  plain?: boolean;
  testId?: string;
}

/** A small status pill; the text carries the meaning, the colour only repeats it. */
export function Badge({ tone, children, plain, testId }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}${plain ? ' badge--plain' : ''}`} data-testid={testId}>
      {children}
    </span>
  );
}
