import type { ConsistencyWarning, PrepEventRef } from '@furikaeri/core';
import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { SourceLink } from './SourceLink';

/** Things I said that do not fit together, each with both quotes and their moments. */
export function ConsistencyPanel({
  warnings,
  events,
}: {
  warnings: ConsistencyWarning[];
  events: ReadonlyMap<string, PrepEventRef>;
}) {
  const { t } = useLocale();
  return (
    <Section title={t(prepText.consistency)} count={warnings.length} card testId="consistency">
      {warnings.length === 0 && <p className="empty">{t(prepText.noWarnings)}</p>}
      <ul className="plain-list stack">
        {warnings.map((warning) => (
          <li
            key={`${warning.kind}:${warning.first.source.eventId}:${warning.second.source.eventId}:${warning.first.source.quote}`}
            className="consistency-warning"
            data-testid="consistency-warning"
          >
            <p className="consistency-warning__message">{t(warning.message)}</p>
            <SourceLink source={warning.first.source} event={events.get(warning.first.source.eventId)} />
            <SourceLink source={warning.second.source} event={events.get(warning.second.source.eventId)} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
