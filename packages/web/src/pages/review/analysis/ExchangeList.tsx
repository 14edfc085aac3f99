import type { MyQuestion } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { analysisText } from '../../../i18n/strings/analysis';
import { JumpButton } from './JumpButton';

interface ExchangeListProps {
  title: string;
  exchanges: readonly MyQuestion[];
  onSeek(ms: number): void;
  testId: string;
}

/** Questions asked to the other side (mine, or other participants') with what they answered. */
export function ExchangeList({ title, exchanges, onSeek, testId }: ExchangeListProps) {
  const { t } = useLocale();
  if (exchanges.length === 0) return null;
  return (
    <section className="exchanges" data-testid={testId}>
      <h3>{title}</h3>
      <ol className="exchanges__list">
        {exchanges.map((exchange) => (
          <li key={exchange.id} className="exchange" data-testid="exchange">
            <div className="qa-card__head">
              <p className="qa-card__question">{exchange.question.text}</p>
              <JumpButton atMs={exchange.question.startMs} onSeek={onSeek} />
            </div>
            <h4 className="qa-card__subtitle">{t(analysisText.theirAnswer)}</h4>
            <p className="qa-card__answer">{exchange.answer?.text ?? t(analysisText.noTheirAnswer)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
