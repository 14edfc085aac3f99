import { screens } from '../i18n/strings/common';

/**
 * Shown when the API answers 401. Both languages at once: the user may not know which one is set,
 * and the fix (open the terminal's URL again) must be readable either way.
 */
export function UnauthorizedScreen() {
  return (
    <div className="screen-message card" role="alert" data-testid="unauthorized">
      <svg className="screen-message__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="5" y="10.5" width="14" height="10" rx="2" />
        <path d="M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3" fill="none" />
      </svg>
      <section lang="ja">
        <h1>{screens.unauthorizedTitle.ja}</h1>
        <p>{screens.unauthorizedBody.ja}</p>
        <p className="meta-text">{screens.unauthorizedWhy.ja}</p>
      </section>
      <hr />
      <section lang="en">
        <h2>{screens.unauthorizedTitle.en}</h2>
        <p>{screens.unauthorizedBody.en}</p>
        <p className="meta-text">{screens.unauthorizedWhy.en}</p>
      </section>
    </div>
  );
}
