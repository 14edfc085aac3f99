import { PageTitle } from '../../components/PageTitle';
import { useLocale } from '../../i18n/LocaleContext';
import { settingsText } from '../../i18n/strings/settings';
import { AutoLockSection } from './AutoLockSection';
import { DestroySection } from './DestroySection';
import { ModelsSection } from './ModelsSection';
import { OwnNamesSection } from './OwnNamesSection';
import { PassphraseSection } from './PassphraseSection';
import { RetentionSection } from './RetentionSection';
import { StorageSection } from './StorageSection';
import './settings.css';

/**
 * Auto-lock, passphrase, retention, the user's names in transcripts, what is stored where, speech models, and
 * deleting everything.
 */
export function SettingsPage() {
  const { t } = useLocale();
  return (
    <div className="page settings" data-testid="settings-page">
      <PageTitle title={t(settingsText.title)} lead={<p>{t(settingsText.lead)}</p>} />
      <div className="settings__grid">
        <AutoLockSection />
        <PassphraseSection />
        <RetentionSection />
      </div>
      <OwnNamesSection />
      <StorageSection />
      <ModelsSection />
      <DestroySection />
    </div>
  );
}
