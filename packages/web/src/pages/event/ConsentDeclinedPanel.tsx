import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { navText } from '../../i18n/strings/common';
import { consentText } from '../../i18n/strings/consent';
import { href } from '../../router/routes';
import './ConsentDeclinedPanel.css';

/**
 * In place of the import area when the other side declined: why nothing can be added (the server
 * refuses it too), what to do instead, and the way back if "declined" was chosen by mistake.
 */
export function ConsentDeclinedPanel({ onChangeConsent }: { onChangeConsent(): void }) {
  const { t } = useLocale();
  return (
    <Section title={t(consentText.declinedTitle)} card testId="consent-declined">
      <div className="declined">
        <span className="declined__icon" aria-hidden="true">
          ✕
        </span>
        <div className="declined__body">
          <p className="declined__reason" data-testid="declined-reason">
            {t(consentText.declinedReason)}
          </p>
          <p>{t(consentText.keepNotes)}</p>
        </div>
      </div>
      <div className="declined__footer">
        <p className="meta-text">{t(consentText.mistake)}</p>
        <div className="declined__actions">
          <button type="button" className="button button--small" onClick={onChangeConsent} data-testid="change-consent">
            {t(consentText.change)}
          </button>
          <a className="button button--quiet button--small" href={href.guide()}>
            {t(navText.guide)}
          </a>
        </div>
      </div>
    </Section>
  );
}
