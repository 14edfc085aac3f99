import { useLocale } from '../../../i18n/LocaleContext';
import { shortcutText } from '../../../i18n/strings/review';

const ROWS = [
  { keys: ['Space'], text: shortcutText.space },
  { keys: ['←', '→'], text: shortcutText.arrows },
  { keys: ['J', 'K'], text: shortcutText.jk },
  { keys: ['<', '>'], text: shortcutText.speed },
  { keys: ['Ctrl/⌘ + Z'], text: shortcutText.undo },
  { keys: ['Enter'], text: shortcutText.enter },
  { keys: ['/'], text: shortcutText.search },
];

/** The keys, written down: a keyboard-only user should not have to guess them. */
export function ShortcutHelp() {
  const { t } = useLocale();
  return (
    <details className="card shortcut-help" data-testid="shortcut-help">
      <summary>{t(shortcutText.title)}</summary>
      <dl className="shortcut-help__list">
        {ROWS.map((row) => (
          <div key={row.keys.join()} className="shortcut-help__row">
            <dt>
              {row.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(row.text)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
