import { type ReactNode, useId } from 'react';
import { ConsentPhrase } from '../../components/ConsentPhrase';
import { useLocale } from '../../i18n/LocaleContext';
import type { GuideSection, GuideTone } from '../../i18n/strings/guide';

/** A symbol beside each heading; the heading's words carry the meaning, the symbol only repeats it. */
const MARKS: Record<GuideTone, ReactNode> = {
  ok: '✓',
  never: '✕',
  ask: '?',
  protect: (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="5" y="10.5" width="14" height="10" rx="2" />
      <path d="M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3" fill="none" />
    </svg>
  ),
  help: '!',
};

/** One numbered section of the guide. */
export function GuideCard({ section, number }: { section: GuideSection; number: number }) {
  const { t } = useLocale();
  const headingId = useId();
  return (
    <li className={`guide-card guide-card--${section.tone} card`} data-testid={`guide-${section.id}`}>
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="guide-card__title">
          <span className="guide-card__mark" aria-hidden="true">
            {MARKS[section.tone]}
          </span>
          <span>
            <span className="visually-hidden">{number}. </span>
            {t(section.title)}
          </span>
        </h2>
        <div className="guide-card__body">
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.en}>{t(paragraph)}</p>
          ))}
          {section.askPhrase && <ConsentPhrase bare testId="guide-phrase" />}
          {section.points && (
            <ul className="guide-card__points">
              {section.points.map((point) => (
                <li key={point.en}>{t(point)}</li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </li>
  );
}
