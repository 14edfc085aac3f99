import { useLocale } from '../../i18n/LocaleContext';
import { recorderText } from '../../i18n/strings/recorder';
import { href } from '../../router/routes';
import './recorder.css';

/** "録音する" on the event page: the way into the recorder. */
export function RecordEntry({ eventId }: { eventId: string }) {
  const { t } = useLocale();
  return (
    <div className="record-entry card">
      <a className="button button--primary record-entry__button" href={href.record(eventId)} data-testid="record-entry">
        <span className="record-entry__dot" aria-hidden="true" />
        {t(recorderText.entry)}
      </a>
      <p className="meta-text">{t(recorderText.entryHint)}</p>
    </div>
  );
}
