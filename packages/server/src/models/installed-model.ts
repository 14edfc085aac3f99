/**
 * The contract between the model manager (which downloads, imports and verifies models) and the engines
 * that load them (VAD, ASR, diarization). Engines never guess paths: they ask a locator.
 */
export const MODEL_KINDS = ['vad', 'asr', 'segmentation', 'speaker-embedding'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/**
 * How sherpa-onnx must be configured for the model. The file roles each family needs:
 * - silero-vad, pyannote-segmentation, speaker-embedding, sense-voice, nemo-ctc: `model` (+ `tokens` for ASR)
 * - whisper: `encoder`, `decoder`, `tokens`
 * - transducer (zipformer, e.g. ReazonSpeech): `encoder`, `decoder`, `joiner`, `tokens`
 */
export const MODEL_FAMILIES = [
  'silero-vad',
  'sense-voice',
  'whisper',
  'transducer',
  'nemo-ctc',
  'pyannote-segmentation',
  'speaker-embedding',
] as const;
export type ModelFamily = (typeof MODEL_FAMILIES)[number];

export type ModelFileRole = 'model' | 'tokens' | 'encoder' | 'decoder' | 'joiner';

export interface InstalledModel {
  id: string;
  kind: ModelKind;
  family: ModelFamily;
  /** Languages the model recognises ("ja", "en", …); empty for VAD/diarization models. */
  languages: string[];
  dir: string;
  /** Absolute path of each file the family needs, verified present before this is returned. */
  files: Partial<Record<ModelFileRole, string>>;
}

export interface ModelLocator {
  /** The model if it is installed and passed its integrity check; null otherwise. */
  find(id: string): InstalledModel | null;
}
