import { AppError } from '@furikaeri/core';
import type { ModelLocator } from '../models/installed-model';
import { missingModelError } from '../models/missing-model';
import { FakeRecognizer, loadFakeScript } from './fake-recognizer';
import type { SpeechRecognizer } from './recognizer';
import { SherpaRecognizer } from './sherpa-recognizer';
import type { SpeechSettings } from './speech-settings';

export interface RecognizerFactory {
  /** The recogniser the settings select; AppError "unavailable" naming the model when it is not installed. */
  create(settings: SpeechSettings): Promise<SpeechRecognizer>;
  /** Whether create() would find its model: checked before any work starts. */
  check(settings: SpeechSettings): void;
}

/**
 * Real models come from the model manager. The fake engine is chosen only by the environment
 * (FURIKAERI_FAKE_ASR=1, optionally FURIKAERI_FAKE_ASR_SCRIPT=<json>), never by a setting, so a user
 * can never end up with invented text by clicking something.
 */
export function createRecognizerFactory(models: ModelLocator, env: NodeJS.ProcessEnv = process.env): RecognizerFactory {
  const fake = env.FURIKAERI_FAKE_ASR === '1';
  const scriptFile = env.FURIKAERI_FAKE_ASR_SCRIPT;
  const installed = (settings: SpeechSettings) => {
    const model = models.find(settings.asrModelId);
    if (!model) throw missingModelError(settings.asrModelId);
    if (model.kind !== 'asr') {
      throw new AppError('validation', {
        ja: `モデル ${model.id} は音声認識用ではありません。設定で音声認識モデルを選んでください。`,
        en: `Model ${model.id} is not a speech recognition model. Pick one in the settings.`,
      });
    }
    return model;
  };
  return {
    check(settings) {
      if (!fake) installed(settings);
    },
    async create(settings) {
      if (fake) return new FakeRecognizer(settings.language, scriptFile ? loadFakeScript(scriptFile) : null);
      return SherpaRecognizer.load(installed(settings), settings.language);
    },
  };
}
