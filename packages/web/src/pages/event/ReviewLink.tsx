import { useLocale } from '../../i18n/LocaleContext';
import { reviewText } from '../../i18n/strings/review';
import { href } from '../../router/routes';

/** 振り返る: from the event to its review page (transcript, waveform, notes — or why there is none yet). */
export function ReviewLink({ eventId }: { eventId: string }) {
  const { t } = useLocale();
  return (
    <a className="button button--primary" href={href.review(eventId)} data-testid="open-review">
      <span aria-hidden="true">▶</span>
      {t(reviewText.openReview)}
    </a>
  );
}
