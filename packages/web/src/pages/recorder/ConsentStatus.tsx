import { CONSENT_LABELS, type ConsentState } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { ConsentPhrase } from '../../components/ConsentPhrase';
import { Notice } from '../../components/Notice';
import { useLocale } from '../../i18n/LocaleContext';
import { recorderText } from '../../i18n/strings/recorder';
import { href } from '../../router/routes';

const TONE = { granted: 'success', not_asked: 'warning', declined: 'danger' } as const;

/** The event's permission to record, shown before anything starts (declined never reaches this screen). */
export function ConsentStatus({ consent }: { consent: ConsentState }) {
  const { t } = useLocale();
  return (
    <div className="consent-status" data-testid="consent-status" data-consent={consent}>
      <div className="consent-status__row">
        <span className="consent-status__label">{t(recorderText.consent)}</span>
        <Badge tone={TONE[consent]}>{t(CONSENT_LABELS[consent])}</Badge>
        <a className="consent-status__guide" href={href.guide()} data-testid="recorder-guide-link">
          {t(recorderText.guideLink)}
        </a>
      </div>
      {consent === 'not_asked' && (
        <Notice tone="warning" testId="consent-not-asked">
          <p>{t(recorderText.consentNotAsked)}</p>
          <ConsentPhrase bare />
        </Notice>
      )}
    </div>
  );
}
