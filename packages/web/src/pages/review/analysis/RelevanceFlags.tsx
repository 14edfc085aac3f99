import { QUESTION_CATEGORY_LABELS, type Relevance } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { analysisText, flagText } from '../../../i18n/strings/analysis';

/**
 * What a flag means in plain words first, then the report's own reason (what was asked, what the answer
 * talked about, the words that showed it) — a flag without its reason would only worry.
 */
export function RelevanceFlags({ relevance }: { relevance: Relevance }) {
  const { t } = useLocale();
  if (relevance.flags.length === 0) return null;
  return (
    <div className="relevance" role="note" data-testid="relevance-flags">
      <ul className="relevance__flags">
        {relevance.flags.map((flag) => (
          <li key={flag} data-testid="relevance-flag" data-flag={flag}>
            <strong>⚠ {t(flagText[flag])}</strong> — {t(flagText[`${flag}Help`])}
          </li>
        ))}
      </ul>
      <p className="relevance__reason" data-testid="relevance-reason">
        {t(relevance.reason)}
      </p>
      {relevance.answeredInstead && (
        <p className="meta-text">
          {t(analysisText.answeredInstead(t(QUESTION_CATEGORY_LABELS[relevance.answeredInstead])))}
        </p>
      )}
      {relevance.evidence.length > 0 && (
        <p className="meta-text">{t(analysisText.evidenceWords(relevance.evidence.join('、')))}</p>
      )}
    </div>
  );
}
