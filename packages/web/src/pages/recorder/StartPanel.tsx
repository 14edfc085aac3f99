import type { ConsentState } from '@furikaeri/core';
import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { recorderText } from '../../i18n/strings/recorder';
import { CaptureModeChooser } from './CaptureModeChooser';
import { ConsentStatus } from './ConsentStatus';
import { RecordButton } from './interview/RecordButton';
import type { RecorderController } from './session/recorder-controller';
import type { RecorderSnapshot } from './session/recorder-state';

/** Before recording: the permission, how to record, and the one button that starts it. */
export function StartPanel({
  controller,
  snapshot,
  consent,
}: {
  controller: RecorderController;
  snapshot: RecorderSnapshot;
  consent: ConsentState;
}) {
  const { t } = useLocale();
  const busy = snapshot.phase === 'starting';
  return (
    <Section title={t(recorderText.recorderCard)} card testId="start-panel">
      <ConsentStatus consent={consent} />
      <CaptureModeChooser
        mode={snapshot.mode}
        remoteReady={snapshot.remoteReady}
        disabled={busy}
        onMode={(mode) => void controller.setup.configure({ mode })}
        onChooseRemote={() => void controller.setup.chooseRemote()}
      />
      <div className="start-panel__go">
        <RecordButton recording={false} busy={busy} onPress={() => void controller.start()} />
        <p className="meta-text">{t(recorderText.startHint)}</p>
      </div>
      <div className="start-panel__practice">
        <button
          type="button"
          className="button"
          onClick={() => void controller.start(true)}
          disabled={busy}
          data-testid="practice-button"
        >
          {t(recorderText.practiceRun)}
        </button>
        <p className="meta-text">{t(recorderText.practiceHint)}</p>
      </div>
    </Section>
  );
}
