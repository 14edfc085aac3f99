import { useLocale } from '../i18n/LocaleContext';
import { navText } from '../i18n/strings/common';
import { prepText } from '../i18n/strings/prep';
import { href, type Route } from '../router/routes';

const LINKS = [
  { name: 'questions', href: href.questions(), label: prepText.navPrep },
  { name: 'practice', href: href.practice(), label: prepText.navPractice },
  { name: 'guide', href: href.guide(), label: navText.guide },
  { name: 'settings', href: href.settings(), label: navText.settings },
] as const;

/** The guide and the settings, reachable from every screen; the current one is marked. */
export function AppNav({ current }: { current: Route['name'] }) {
  const { t } = useLocale();
  return (
    <nav className="app-nav" aria-label={t(navText.menu)}>
      {LINKS.map((link) => (
        <a
          key={link.name}
          className="app-nav__link"
          href={link.href}
          aria-current={current === link.name ? 'page' : undefined}
          data-testid={`nav-${link.name}`}
        >
          {t(link.label)}
        </a>
      ))}
    </nav>
  );
}
