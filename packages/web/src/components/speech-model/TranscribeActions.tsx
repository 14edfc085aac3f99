import type { Job, RecordingView } from '@furikaeri/core';
import { speechApi } from '../../api/speech';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { speechModelText as T } from '../../i18n/strings/speech-model';
import { ErrorNotice } from '../ErrorNotice';
import { ModelInstallPanel } from './ModelInstallPanel';
import { useAsrModel } from './useAsrModel';
import './speech-model.css';

interface TranscribeActionsProps {
  recording: RecordingView;
  onJob(job: Job): void;
}

/**
 * On a recording (card or review): install the missing model, or transcribe (again) with the model named.
 * Nothing while the recording is importing, transcribing or has no audio left.
 */
export function TranscribeActions({ recording, onJob }: TranscribeActionsProps) {
  const { t } = useLocale();
  const asr = useAsrModel();
  const action = useAction();
  const transcribe = recording.jobs.find((job) => job.type === 'transcribe') ?? null;
  const busy = transcribe?.status === 'queued' || transcribe?.status === 'running';
  if (recording.status !== 'ready' || recording.audioDeletedAt !== null || busy || !asr.model) return null;
  const name = t(asr.model.title);
  const transcribed = transcribe?.status === 'succeeded';
  // The fake engine of the tests transcribes without a model: a succeeded run shows the model is not in the way.
  const needsModel = !asr.usable && !transcribed;

  return (
    <div className="transcribe-actions" data-testid="transcribe-actions">
      {needsModel ? (
        <ModelInstallPanel model={asr.model} models={asr.reload} />
      ) : (
        <>
          {asr.installed.length > 1 && (
            <label className="transcribe-actions__model">
              <span>{t(T.modelToUse)}</span>
              <select
                className="input"
                value={asr.model.id}
                disabled={action.busy}
                onChange={(event) => void action.run(() => asr.choose(event.target.value))}
                data-testid="transcribe-model"
              >
                {asr.installed.map((model) => (
                  <option key={model.id} value={model.id}>
                    {t(model.title)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            className="button"
            disabled={action.busy}
            onClick={() => void action.run(async () => onJob(await speechApi.transcribe(recording.id)))}
            data-testid="retranscribe"
          >
            {t(transcribed ? T.retranscribe(name) : T.transcribe(name))}
          </button>
        </>
      )}
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
