import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { consentText } from '../../i18n/strings/consent';
import { recorderText } from '../../i18n/strings/recorder';
import { href } from '../../router/routes';

/** The other side declined: no recorder at all (the server refuses a session too), and what to do instead. */
export function RecorderDeclined({ eventId }: { eventId: string }) {
  const { t } = useLocale();
  return (
    <Section title={t(consentText.declinedTitle)} card testId="recorder-declined">
      <p className="declined__reason">{t(recorderText.declinedLead)}</p>
      <p>{t(consentText.keepNotes)}</p>
      <div className="stop-summary__actions">
        <a className="button button--primary" href={href.event(eventId)} data-testid="back-to-event">
          {t(recorderText.backToEvent)}
        </a>
        <a className="button button--quiet" href={href.guide()}>
          {t(recorderText.guideLink)}
        </a>
      </div>
    </Section>
  );
}
