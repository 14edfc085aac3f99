import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';

export interface Crumb {
  label: string;
  href?: string;
}

/** ライブラリ › 企業 › イベント; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useLocale();
  return (
    <nav className="breadcrumbs" aria-label={t(common.breadcrumb)}>
      <ol>
        {items.map((item, index) => (
          <li key={`${item.href ?? ''}|${item.label}`}>
            {item.href && index < items.length - 1 ? (
              <a href={item.href}>{item.label}</a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
