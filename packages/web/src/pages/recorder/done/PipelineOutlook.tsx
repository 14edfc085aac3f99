import { useAsrModel } from '../../../components/speech-model/useAsrModel';
import { useLocale } from '../../../i18n/LocaleContext';
import { speechModelText as T } from '../../../i18n/strings/speech-model';

/**
 * What happens to the recording now, honestly: transcribed and analysed when the speech model is there;
 * otherwise saved and playable, with the ways to a review (issue #18: never "automatically" without a model).
 */
export function PipelineOutlook() {
  const { t } = useLocale();
  const asr = useAsrModel();
  if (!asr.model) return null;
  const name = t(asr.model.title);
  return (
    <p className="meta-text" data-testid="pipeline-outlook" data-model={asr.usable ? 'installed' : 'missing'}>
      {t(asr.usable ? T.nextWithModel(name) : T.nextWithoutModel(name))}
    </p>
  );
}
