import { type AnalysisReport, MATTER_INFO } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { fairSelectionText } from '../../../i18n/strings/fair-selection';
import { JumpButton } from './JumpButton';

/**
 * Questions touching matters of fair selection (本籍, 家族, 尊敬する人物…): each with its moment, a plain
 * explanation and its source, and how to keep the recording as evidence. Shown only when there are some.
 */
export function ImproperQuestionsCard({ report, onSeek }: { report: AnalysisReport; onSeek(ms: number): void }) {
  const { t } = useLocale();
  const items = report.improperQuestions ?? [];
  if (items.length === 0) return null;
  return (
    <section className="mode-section fair-selection" data-testid="improper-questions">
      <h3>{t(fairSelectionText.title)}</h3>
      <p className="meta-text">{t(fairSelectionText.lead)}</p>
      <ul className="fair-selection__list">
        {items.map((item) => (
          <li key={item.questionId} className="qa-card" data-testid="improper-question">
            <div className="qa-card__head">
              <strong>{t(MATTER_INFO[item.matter].label)}</strong>
              {report.timing === 'measured' && <JumpButton atMs={item.atMs} onSeek={onSeek} />}
            </div>
            <blockquote>「{item.text}」</blockquote>
            <p>{t(item.explanation)}</p>
            <p className="meta-text">
              {t(fairSelectionText.source)}:{' '}
              {item.sourceUrl ? (
                <a href={item.sourceUrl} target="_blank" rel="noreferrer noopener">
                  {t(item.source)}
                </a>
              ) : (
                t(item.source)
              )}
            </p>
            <p className="meta-text">
              {t(item.keepEvidence)} {t(fairSelectionText.evidenceWhere)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
