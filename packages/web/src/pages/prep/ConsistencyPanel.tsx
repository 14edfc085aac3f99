import type { ConsistencyWarning, PrepEventRef } from '@furikaeri/core';
import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { prepStates } from '../../i18n/strings/prep-states';
import { SourceLink } from './SourceLink';

/** Things I said that do not fit together, each with both quotes and their moments. */
export function ConsistencyPanel({
  warnings,
  events,
  compared,
}: {
  warnings: ConsistencyWarning[];
  events: ReadonlyMap<string, PrepEventRef>;
  /** How many transcribed conversations (all companies) were compared: "none found" needs two. */
  compared: number;
}) {
  const { t } = useLocale();
  // No warning from nothing compared is not "consistent": say what is missing instead (DESIGN.md: never
  // report "no issues" from an analysis that could not run).
  const empty =
    events.size === 0
      ? prepStates.noCompanyTranscript
      : compared < 2
        ? prepStates.onlyOneTranscript
        : prepStates.noWarnings(compared);
  return (
    <Section title={t(prepText.consistency)} count={warnings.length} card testId="consistency">
      {warnings.length === 0 && (
        <p className="empty" data-testid="consistency-empty" data-compared={compared}>
          {t(empty)}
        </p>
      )}
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
