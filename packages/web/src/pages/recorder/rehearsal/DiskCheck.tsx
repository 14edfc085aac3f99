import { type CaptureFormat, type DiskCapacity, formatBytes, RECORDER_SAMPLE_RATE } from '@furikaeri/core';
import { useEffect, useState } from 'react';
import { recorderApi } from '../../../api/recorder';
import { Field } from '../../../components/Field';
import { Notice } from '../../../components/Notice';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';

const LENGTHS = [30, 60, 90, 120, 180];

/** Free disk space against the expected length of the interview, checked before it starts. */
export function DiskCheck({ channels }: { channels: 1 | 2 }) {
  const { t } = useLocale();
  const [minutes, setMinutes] = useState(60);
  const [capacity, setCapacity] = useState<DiskCapacity | null>(null);

  useEffect(() => {
    const format: CaptureFormat = { sampleRate: RECORDER_SAMPLE_RATE, channels };
    let current = true;
    recorderApi.capacity(minutes, format).then(
      (answer) => current && setCapacity(answer),
      () => current && setCapacity(null),
    );
    return () => {
      current = false;
    };
  }, [minutes, channels]);

  return (
    <div className="disk-check" data-testid="disk-check">
      <Field label={t(recorderText.expectedLength)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={minutes}
            onChange={(event) => setMinutes(Number(event.target.value))}
            data-testid="expected-length"
          >
            {LENGTHS.map((length) => (
              <option key={length} value={length}>
                {t(recorderText.minutes(length))}
              </option>
            ))}
          </select>
        )}
      </Field>
      {capacity &&
        (capacity.enough ? (
          <p className="meta-text" data-testid="disk-enough">
            {t(recorderText.diskEnough((capacity.maxMinutes / 60).toFixed(0)))}
          </p>
        ) : (
          <Notice tone="warning" testId="disk-low">
            <p>
              {t(
                recorderText.diskLow(
                  formatBytes(capacity.neededBytes),
                  formatBytes(capacity.freeBytes),
                  capacity.maxMinutes,
                ),
              )}
            </p>
          </Notice>
        ))}
    </div>
  );
}
