import { AppError } from '@furikaeri/core';
import type { InstalledModel, ModelFileRole } from '../models/installed-model';
import type { AsrLanguage } from './recognizer';
import type { SherpaRecognizerConfig } from './sherpa-addon';

/** The families of speech recognisers sherpa-onnx's OfflineRecognizer is configured for here. */
export const ASR_FAMILIES = ['sense-voice', 'whisper', 'transducer', 'nemo-ctc'] as const;

/**
 * sherpa-onnx configuration for an installed model. Family decides the keys; language goes where the
 * family takes one (SenseVoice and Whisper; a transducer or CTC model knows one language only).
 */
export function recognizerConfig(
  model: InstalledModel,
  language: AsrLanguage,
  numThreads: number,
): SherpaRecognizerConfig {
  const file = (role: ModelFileRole): string => {
    const found = model.files[role];
    if (!found) {
      throw new AppError('unavailable', {
        ja: `モデル ${model.id} に ${role} ファイルがありません。furikaeri models pull ${model.id} で入れ直してください。`,
        en: `Model ${model.id} has no ${role} file. Reinstall it with furikaeri models pull ${model.id}.`,
      });
    }
    return found;
  };
  const base = { tokens: file('tokens'), numThreads, provider: 'cpu', debug: 0 };
  const featConfig = { sampleRate: 16_000, featureDim: 80 };
  switch (model.family) {
    case 'sense-voice':
      return {
        featConfig,
        // Inverse text normalisation writes numbers as digits ("五年" → "5年"), as a reader expects.
        modelConfig: {
          ...base,
          senseVoice: {
            model: file('model'),
            language: language === 'auto' ? 'auto' : language,
            useInverseTextNormalization: 1,
          },
        },
        decodingMethod: 'greedy_search',
      };
    case 'whisper':
      return {
        featConfig,
        modelConfig: {
          ...base,
          // An empty language makes Whisper detect it; -1 tail paddings is sherpa-onnx's default.
          whisper: {
            encoder: file('encoder'),
            decoder: file('decoder'),
            language: language === 'auto' ? '' : language,
            task: 'transcribe',
            tailPaddings: -1,
          },
        },
        decodingMethod: 'greedy_search',
      };
    case 'transducer':
      return {
        featConfig,
        modelConfig: {
          ...base,
          transducer: { encoder: file('encoder'), decoder: file('decoder'), joiner: file('joiner') },
        },
        decodingMethod: 'greedy_search',
      };
    case 'nemo-ctc':
      return {
        featConfig,
        modelConfig: { ...base, nemoCtc: { model: file('model') } },
        decodingMethod: 'greedy_search',
      };
    default:
      throw new AppError('validation', {
        ja: `モデル ${model.id} は音声認識用ではありません（${model.family}）。`,
        en: `Model ${model.id} is not a speech recognition model (${model.family}).`,
      });
  }
}

/** Whether the model can recognise the chosen language; "auto" takes whatever the model knows. */
export function supportsLanguage(model: InstalledModel, language: AsrLanguage): boolean {
  if (language === 'auto') return true;
  return model.languages.length === 0 || model.languages.includes(language);
}
