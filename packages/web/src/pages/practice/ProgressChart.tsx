import type { PracticeAttemptView } from '@furikaeri/core';
import { type KeyboardEvent, type MouseEvent, useState } from 'react';
import { ChoiceField } from '../../components/ChoiceField';
import { formatTimestamp } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { prepText } from '../../i18n/strings/prep';
import { AttemptTable } from './AttemptTable';
import { CHART_METRICS, type ChartMetric, METRICS } from './chart-metrics';

const WIDTH = 480;
const HEIGHT = 160;
const PAD = 28;

/**
 * One measure over attempts, oldest first, as an SVG line (filled dots: spoken, hollow: typed). The chart is
 * a slider over the attempts: ← → Home End (or a click) select one, whose values are read out below.
 */
export function ProgressChart({
  attempts,
  title,
  testId,
}: {
  attempts: PracticeAttemptView[];
  title: string;
  testId: string;
}) {
  const { t, locale } = useLocale();
  const [metric, setMetric] = useState<ChartMetric>('length');
  const [selected, setSelected] = useState<number | null>(null);
  const spec = METRICS[metric];
  const values = attempts.map((attempt) => spec.value(attempt));
  const top = Math.max(spec.floor, ...values.map((v) => v ?? 0)) * 1.1;
  const x = (index: number) => PAD + (attempts.length === 1 ? 0 : (index * (WIDTH - 2 * PAD)) / (attempts.length - 1));
  const y = (value: number) => HEIGHT - PAD - (value / top) * (HEIGHT - 2 * PAD);
  const points = values.flatMap((value, index) => (value === null ? [] : [`${x(index)},${y(value)}`])).join(' ');
  // Until one is chosen: the newest attempt that has this measure.
  const latest = values.findLastIndex((value) => value !== null);
  const current = Math.min(Math.max(0, selected ?? (latest >= 0 ? latest : attempts.length - 1)), attempts.length - 1);
  const chosen = attempts[current];
  const chosenValue = values[current] ?? null;
  const move = (event: KeyboardEvent) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -current, End: attempts.length - 1 - current }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    setSelected(Math.min(attempts.length - 1, Math.max(0, current + step)));
  };
  /** A click selects the attempt nearest to it along the time axis. */
  const pick = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const atX = ((event.clientX - box.left) / box.width) * WIDTH;
    const index = attempts.length === 1 ? 0 : Math.round(((atX - PAD) / (WIDTH - 2 * PAD)) * (attempts.length - 1));
    setSelected(Math.min(attempts.length - 1, Math.max(0, index)));
  };
  return (
    <figure className="card section practice-chart" data-testid={testId}>
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <ChoiceField
        label={t(practiceText.metric)}
        value={metric}
        choices={CHART_METRICS}
        labelOf={(m) => t(METRICS[m].label)}
        onChange={setMetric}
        testId="chart-metric"
      />
      <div
        className="practice-chart__plot"
        role="slider"
        aria-label={`${title}: ${t(spec.label)}. ${t(practiceText.chartHelp)}`}
        aria-valuemin={1}
        aria-valuemax={attempts.length}
        aria-valuenow={current + 1}
        aria-valuetext={t(prepText.attempts(current + 1))}
        tabIndex={0}
        onKeyDown={move}
        onClick={pick}
        data-testid="chart-svg"
      >
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
          <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} className="practice-chart__axis" />
          {spec.reference !== null && (
            <line
              x1={PAD}
              x2={WIDTH - PAD}
              y1={y(spec.reference)}
              y2={y(spec.reference)}
              className="practice-chart__target"
            />
          )}
          <text x={2} y={y(top / 1.1) + 4} className="practice-chart__tick">
            {spec.format(Math.round((top / 1.1) * 100) / 100)}
          </text>
          <polyline points={points} className="practice-chart__length" fill="none" />
          {attempts.map((attempt, index) => {
            const value = values[index];
            if (value === null || value === undefined) return null;
            return (
              <circle
                key={attempt.id}
                cx={x(index)}
                cy={y(value)}
                r={index === current ? 6 : 4}
                className={`practice-chart__dot${attempt.spoken ? '' : ' practice-chart__dot--typed'}${index === current ? ' practice-chart__dot--selected' : ''}`}
                data-testid="chart-point"
                data-kind={attempt.spoken ? 'spoken' : 'typed'}
              />
            );
          })}
        </svg>
      </div>
      {chosen && (
        <p className="meta-text" aria-live="polite" data-testid="chart-selected">
          {t(
            practiceText.selected(
              current + 1,
              formatTimestamp(chosen.createdAt, locale),
              chosen.spoken !== null,
              t(spec.label),
              chosenValue === null ? t(practiceText.noValue) : spec.format(chosenValue),
            ),
          )}
          {chosen.question && (
            <>
              {' — '}
              <span data-user-content>{chosen.question}</span>
            </>
          )}
        </p>
      )}
      <AttemptTable attempts={attempts} />
    </figure>
  );
}
