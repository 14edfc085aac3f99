import type { PrepEventRef, PrepSource } from '@furikaeri/core';
import { eventKind } from '../../i18n/event-labels';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { prepFormat } from '../../i18n/strings/prep-format';
import { href } from '../../router/routes';

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** Where something was said: the event (company, kind, date), the moment as a link into its review, the quote. */
export function SourceLink({ source, event }: { source: PrepSource; event?: PrepEventRef }) {
  const { t } = useLocale();
  const label = [
    event?.companyName,
    t(
      eventKind(
        source.eventType === 'interview'
          ? { type: 'interview', round: source.round }
          : { type: source.eventType, round: null },
      ),
    ),
    source.date,
  ]
    .filter(Boolean)
    .join(t(prepFormat.separator));
  return (
    <div className="prep-source">
      <blockquote className="prep-source__quote" data-user-content>
        {t(prepFormat.quote(source.quote))}
      </blockquote>
      <a className="prep-source__link" href={href.review(source.eventId, source.atMs)} data-testid="source-link">
        {label} {clock(source.atMs)} — {t(prepText.listen)}
      </a>
    </div>
  );
}
