import { Section } from '../../../components/Section';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';
import type { RecorderController } from '../session/recorder-controller';
import type { RecorderSnapshot } from '../session/recorder-state';
import { DiskCheck } from './DiskCheck';
import { LevelMeter } from './LevelMeter';
import { MicPicker } from './MicPicker';
import { ProcessingOptions } from './ProcessingOptions';
import { TestRecording } from './TestRecording';

/** Before the interview: the microphone, its level, a test recording, the disk, the processing. */
export function RehearsalPanel({
  controller,
  snapshot,
}: {
  controller: RecorderController;
  snapshot: RecorderSnapshot;
}) {
  const { t } = useLocale();
  const busy = snapshot.phase !== 'setup';
  const channels = snapshot.mode === 'online' ? 2 : 1;
  return (
    <Section title={t(recorderText.rehearsal)} card testId="rehearsal">
      <p className="meta-text">{t(recorderText.rehearsalLead)}</p>
      <MicPicker
        microphones={snapshot.microphones}
        deviceId={snapshot.deviceId}
        monitoring={snapshot.monitoring}
        disabled={busy}
        onOpen={() => void controller.setup.prepare()}
        onChoose={(deviceId) => void controller.setup.prepare({ deviceId })}
      />
      {snapshot.monitoring && <LevelMeter subscribe={controller.devices.onLevel} channels={channels} />}
      <TestRecording test={controller.test} graph={controller.devices.graph} disabled={busy || !snapshot.monitoring} />
      <DiskCheck channels={channels} />
      <ProcessingOptions
        processing={snapshot.processing}
        disabled={busy}
        onChange={(processing) => void controller.setup.configure({ processing })}
      />
    </Section>
  );
}
