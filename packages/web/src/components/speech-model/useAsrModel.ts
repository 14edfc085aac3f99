import { type ModelView, modelsApi } from '../../api/models';
import { speechApi } from '../../api/speech';
import { usePollWhile } from '../../hooks/usePollWhile';
import { useResource } from '../../hooks/useResource';

const POLL_MS = 700;

export interface AsrModel {
  /** The recogniser the speech settings select, with its install state; null while loading. */
  model: ModelView | null;
  usable: boolean;
  /** Every installed recogniser, to transcribe again with another one. */
  installed: ModelView[];
  /** Makes `id` the recogniser of the next transcription (the speech setting). */
  choose(id: string): Promise<void>;
  reload(): Promise<void>;
}

/** The speech model transcription will use, polled while it downloads. */
export function useAsrModel(): AsrModel {
  const settings = useResource('speech-settings', speechApi.settings);
  const models = useResource('models', modelsApi.list);
  const model = models.data?.models.find((candidate) => candidate.id === settings.data?.asrModelId) ?? null;
  const pulling = model?.pull?.status === 'running';
  const { reload } = models;

  usePollWhile(pulling, reload, POLL_MS);

  const installed = (models.data?.models ?? []).filter(
    (candidate) => candidate.kind === 'asr' && candidate.status === 'installed',
  );
  const choose = async (id: string) => {
    settings.setData(await speechApi.chooseAsrModel(id));
  };

  return { model, usable: model?.status === 'installed' || model?.status === 'bundled', installed, choose, reload };
}
