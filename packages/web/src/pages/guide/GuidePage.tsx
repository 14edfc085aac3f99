import { PageTitle } from '../../components/PageTitle';
import { useLocale } from '../../i18n/LocaleContext';
import { GUIDE_SECTIONS, guideText } from '../../i18n/strings/guide';
import { href } from '../../router/routes';
import { GuideCard } from './GuideCard';
import './guide.css';

/** Plain words on what is lawful, what is not, and what furikaeri does to keep recordings private. */
export function GuidePage() {
  const { t } = useLocale();
  return (
    <div className="page guide" data-testid="guide-page">
      <PageTitle title={t(guideText.title)} lead={<p>{t(guideText.lead)}</p>} />
      <ol className="guide__sections">
        {GUIDE_SECTIONS.map((section, index) => (
          <GuideCard key={section.id} section={section} number={index + 1} />
        ))}
      </ol>
      <p className="guide__disclaimer" data-testid="guide-disclaimer">
        {t(guideText.disclaimer)}
      </p>
      <p>
        <a className="button" href={href.home()}>
          {t(guideText.backToLibrary)}
        </a>
      </p>
    </div>
  );
}
