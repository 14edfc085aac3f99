import type { AnswerMetrics } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { analysisText, measureText } from '../../../i18n/strings/analysis';
import { answerMeasures } from './answer-measures';

/**
 * An answer's measures as chips coloured by verdict — and saying it in words, since colour alone tells a
 * screen reader nothing. The norms they are judged against open on request under the chips.
 */
export function MeasureChips({ metrics }: { metrics: AnswerMetrics }) {
  const { t, locale } = useLocale();
  const chips = answerMeasures(metrics, locale);
  const norms = chips.filter((chip) => chip.norms.length > 0);
  return (
    <div className="measures">
      <ul className="measures__chips" aria-label={t(analysisText.measures)}>
        {chips.map((chip) => (
          <li
            key={chip.key}
            className={`measure measure--${chip.verdict}`}
            data-testid={`measure-${chip.key}`}
            data-verdict={chip.verdict}
          >
            <span className="measure__label">{t(chip.label)}</span>
            <span className="measure__value">{chip.value}</span>
            {chip.verdict !== 'info' && <span className="measure__verdict">{t(measureText[chip.verdict])}</span>}
          </li>
        ))}
      </ul>
      {norms.length > 0 && (
        <details className="measures__norms">
          <summary>{t(analysisText.normsTitle)}</summary>
          <dl>
            {norms.map((chip) => (
              <div key={chip.key}>
                <dt>{t(chip.label)}</dt>
                <dd>{chip.norms.map((norm) => t(norm)).join(' / ')}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
