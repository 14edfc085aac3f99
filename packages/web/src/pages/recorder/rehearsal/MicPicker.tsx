import { Field } from '../../../components/Field';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';
import type { Microphone } from '../capture/media-access';

interface MicPickerProps {
  microphones: Microphone[];
  deviceId: string | null;
  monitoring: boolean;
  disabled?: boolean;
  onOpen(): void;
  onChoose(deviceId: string | null): void;
}

/** Which microphone; the browser names them only after the page was allowed to use one. */
export function MicPicker({ microphones, deviceId, monitoring, disabled, onOpen, onChoose }: MicPickerProps) {
  const { t } = useLocale();
  if (!monitoring && microphones.length === 0) {
    return (
      <button type="button" className="button" onClick={onOpen} disabled={disabled} data-testid="open-microphone">
        {t(recorderText.openMicrophone)}
      </button>
    );
  }
  return (
    <Field label={t(recorderText.microphone)}>
      {(id) => (
        <select
          id={id}
          className="input"
          value={deviceId ?? ''}
          disabled={disabled}
          onChange={(event) => onChoose(event.target.value || null)}
          data-testid="microphone-select"
        >
          <option value="">{t(recorderText.defaultMicrophone)}</option>
          {microphones
            .filter((microphone) => microphone.deviceId !== 'default')
            .map((microphone) => (
              <option key={microphone.deviceId} value={microphone.deviceId}>
                {microphone.label}
              </option>
            ))}
        </select>
      )}
    </Field>
  );
}
