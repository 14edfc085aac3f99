import type { PracticeAttemptView } from '@furikaeri/core';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 24;

/**
 * Characters and key points made over the attempts at one question. Characters are scaled to the ≈300
 * character target of an open answer (DESIGN.md norms); coverage is a share, so both fit one axis 0…1.5.
 */
export function ProgressChart({ attempts, targetChars }: { attempts: PracticeAttemptView[]; targetChars: number }) {
  const { t } = useLocale();
  if (attempts.length === 0) return null;
  const x = (index: number) => PAD + (attempts.length === 1 ? 0 : (index * (WIDTH - 2 * PAD)) / (attempts.length - 1));
  const y = (value: number) => HEIGHT - PAD - (Math.min(value, 1.5) / 1.5) * (HEIGHT - 2 * PAD);
  const line = (values: number[]) => values.map((value, index) => `${x(index)},${y(value)}`).join(' ');
  const length = attempts.map((a) => a.score.characters / targetChars);
  const coverage = attempts.map((a) => a.score.coverage ?? 0);
  return (
    <figure className="practice-chart" data-testid="progress-chart">
      <figcaption>{t(prepText.progress)}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t(prepText.progress)}>
        <line x1={PAD} x2={WIDTH - PAD} y1={y(1)} y2={y(1)} className="practice-chart__target" />
        <polyline points={line(length)} className="practice-chart__length" fill="none" />
        <polyline points={line(coverage)} className="practice-chart__coverage" fill="none" />
        {attempts.map((attempt, index) => (
          <circle
            key={attempt.id}
            cx={x(index)}
            cy={y(length[index] ?? 0)}
            r={3}
            className="practice-chart__dot"
            data-testid="chart-point"
          >
            <title>{`${t(prepText.attempts(index + 1))}: ${attempt.score.characters}字`}</title>
          </circle>
        ))}
      </svg>
      <p className="meta-text">
        <span className="practice-chart__key practice-chart__key--length">━</span> {t(prepText.characters)} (/
        {targetChars}) <span className="practice-chart__key practice-chart__key--coverage">━</span>{' '}
        {t(prepText.covered)}
      </p>
    </figure>
  );
}
