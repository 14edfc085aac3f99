import type { Locale } from '@furikaeri/core';
import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';

const OPTIONS: { locale: Locale; label: string }[] = [
  { locale: 'ja', label: '日本語' },
  { locale: 'en', label: 'English' },
];

/** 日本語 / English, as two toggle buttons; each label is written in its own language. */
export function LocaleSwitch() {
  const { locale, setLocale, t } = useLocale();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t(common.language)}</legend>
      {OPTIONS.map((option) => (
        <button
          key={option.locale}
          type="button"
          className="segmented__option"
          aria-pressed={locale === option.locale}
          lang={option.locale}
          onClick={() => setLocale(option.locale)}
          data-testid={`locale-${option.locale}`}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
