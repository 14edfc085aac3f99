import './ProgressBar.css';

interface ProgressBarProps {
  /** 0…1, or null when the total is unknown (an animated bar). */
  value: number | null;
  label: string;
  testId?: string;
}

/** A native <progress> (accessible, and styled without inline styles, which the CSP forbids). */
export function ProgressBar({ value, label, testId }: ProgressBarProps) {
  const clamped = value === null ? null : Math.min(1, Math.max(0, value));
  return (
    <div className="progress">
      {clamped === null ? (
        <progress className="progress__bar" aria-label={label} data-testid={testId} />
      ) : (
        <progress className="progress__bar" aria-label={label} value={clamped} max={1} data-testid={testId} />
      )}
      {clamped !== null && <span className="progress__value">{Math.floor(clamped * 100)}%</span>}
    </div>
  );
}
