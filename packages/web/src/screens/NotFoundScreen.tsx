import { PageTitle } from '../components/PageTitle';
import { useLocale } from '../i18n/LocaleContext';
import { screens } from '../i18n/strings/common';
import { href } from '../router/routes';

export function NotFoundScreen() {
  const { t } = useLocale();
  return (
    <div className="page" data-testid="not-found">
      <PageTitle title={t(screens.notFoundTitle)} lead={<p>{t(screens.notFoundBody)}</p>} />
      <p>
        <a className="button" href={href.home()}>
          {t(screens.backHome)}
        </a>
      </p>
    </div>
  );
}
