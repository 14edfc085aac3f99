import { useLocale } from '../i18n/LocaleContext';
import { consentText } from '../i18n/strings/consent';
import './ConsentPhrase.css';

interface ConsentPhraseProps {
  /** Without its title and hint, e.g. inside a guide section that introduces it already. */
  bare?: boolean;
  testId?: string;
}

/** A polite sentence to ask for permission to record, ready to say out loud. */
export function ConsentPhrase({ bare, testId = 'consent-phrase' }: ConsentPhraseProps) {
  const { t } = useLocale();
  return (
    <figure className="consent-phrase" data-testid={testId}>
      {!bare && <figcaption className="consent-phrase__title">{t(consentText.askTitle)}</figcaption>}
      <blockquote className="consent-phrase__quote">
        <p>{t(consentText.askPhrase)}</p>
      </blockquote>
      {!bare && <p className="consent-phrase__hint">{t(consentText.askHint)}</p>}
    </figure>
  );
}
