import { type ConversationReport, formatDuration } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { modeText } from '../../../i18n/strings/analysis';
import { ExchangeList } from './ExchangeList';

/** OB/OG visits and 座談会: the facts said about the company and the work, and others' questions. */
export function ConversationSection({ report, onSeek }: { report: ConversationReport; onSeek(ms: number): void }) {
  const { t } = useLocale();
  return (
    <section className="mode-section" data-testid="conversation">
      <h3>{t(modeText.conversationTitle)}</h3>
      <h4 className="qa-card__subtitle">{t(modeText.facts)}</h4>
      {report.facts.length === 0 ? (
        <p className="meta-text">{t(modeText.noFacts)}</p>
      ) : (
        <ul className="key-points">
          {report.facts.map((fact) => (
            <li key={`${fact.segmentId}:${fact.text}`} data-testid="company-fact">
              <span className="key-points__kind">{t(modeText.kind[fact.kind])}</span>
              <span className="meta-text">
                {fact.speaker} · {formatDuration(fact.atMs)}
              </span>
              <span>{fact.text}</span>
            </li>
          ))}
        </ul>
      )}
      <ExchangeList
        title={t(modeText.othersQuestions)}
        exchanges={report.othersQuestions}
        onSeek={onSeek}
        testId="others-questions"
      />
    </section>
  );
}
