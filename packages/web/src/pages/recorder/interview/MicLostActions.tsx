import { useState } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { faultText } from '../../../i18n/strings/recorder-faults';
import { MicPicker } from '../rehearsal/MicPicker';
import type { RecorderController } from '../session/recorder-controller';
import type { RecorderSnapshot } from '../session/recorder-state';

/** After the microphone went away: pick another and carry on in the same recording, or stop and save. */
export function MicLostActions({
  controller,
  snapshot,
}: {
  controller: RecorderController;
  snapshot: RecorderSnapshot;
}) {
  const { t } = useLocale();
  const [deviceId, setDeviceId] = useState<string | null>(null);
  return (
    <div className="mic-lost" data-testid="mic-lost-actions">
      <MicPicker
        microphones={snapshot.microphones}
        deviceId={deviceId}
        monitoring
        onOpen={() => undefined}
        onChoose={setDeviceId}
      />
      <div className="mic-lost__buttons">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void controller.continueWith(deviceId)}
          data-testid="continue-with-mic"
        >
          {t(faultText.micLost.continueWith)}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void controller.stop('device_lost')}
          data-testid="stop-after-loss"
        >
          {t(faultText.micLost.stopHere)}
        </button>
      </div>
    </div>
  );
}
