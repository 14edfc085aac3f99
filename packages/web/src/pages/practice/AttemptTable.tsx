import type { PracticeAttemptView } from '@furikaeri/core';
import { formatTimestamp } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { CHART_METRICS, METRICS } from './chart-metrics';

/** The chart's data as a table, every measure of every attempt (for reading it exactly, or without the chart). */
export function AttemptTable({ attempts }: { attempts: PracticeAttemptView[] }) {
  const { t, locale } = useLocale();
  return (
    <details className="practice-table">
      <summary>{t(practiceText.asTable)}</summary>
      <table data-testid="attempt-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t(practiceText.when)}</th>
            {CHART_METRICS.map((metric) => (
              <th scope="col" key={metric}>
                {t(METRICS[metric].label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt, index) => (
            <tr key={attempt.id} data-testid="attempt-row">
              <th scope="row">{index + 1}</th>
              <td>
                {formatTimestamp(attempt.createdAt, locale)} ·{' '}
                {t(attempt.spoken ? practiceText.spokenKind : practiceText.typedKind)}
              </td>
              {CHART_METRICS.map((metric) => {
                const value = METRICS[metric].value(attempt);
                return <td key={metric}>{value === null ? '—' : METRICS[metric].format(value)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
