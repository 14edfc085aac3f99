import { FieldReader } from '@furikaeri/core';
import type { SettingsRepository } from '../repositories/settings-repository';
import { ASR_LANGUAGES, type AsrLanguage } from './recognizer';

/**
 * How speakers are told apart: "auto" uses the channels of a two-channel recording, else the neural
 * models when installed, else the model-free clustering; "fallback" never loads the neural models;
 * "none" keeps everything as one speaker.
 */
export const DIARIZATION_CHOICES = ['auto', 'fallback', 'none'] as const;
export type DiarizationChoice = (typeof DIARIZATION_CHOICES)[number];

export interface SpeechSettings {
  /** Model manager id of the recogniser. */
  asrModelId: string;
  language: AsrLanguage;
  diarization: DiarizationChoice;
  /** Model manager ids of the neural diarization pair. */
  segmentationModelId: string;
  embeddingModelId: string;
}

export const DEFAULT_SPEECH_SETTINGS: SpeechSettings = {
  // SenseVoice small (int8): fast on a laptop CPU, good Japanese, punctuation included.
  asrModelId: 'sense-voice-small-int8',
  language: 'ja',
  diarization: 'auto',
  segmentationModelId: 'pyannote-segmentation-3-0',
  embeddingModelId: '3dspeaker-eres2net-base-zh',
};

const KEY = 'speech';

/** Speech settings in the encrypted settings table; unknown or missing fields take the defaults. */
export class SpeechSettingsStore {
  constructor(private readonly settings: SettingsRepository) {}

  get(): SpeechSettings {
    return { ...DEFAULT_SPEECH_SETTINGS, ...(this.settings.get<Partial<SpeechSettings>>(KEY) ?? {}) };
  }

  /** Changes the fields given (validated); the next transcription uses them. */
  update(input: unknown): SpeechSettings {
    const fields = new FieldReader(input);
    const next = { ...this.get() };
    for (const key of ['asrModelId', 'segmentationModelId', 'embeddingModelId'] as const) {
      if (fields.has(key)) next[key] = fields.text(key, { required: true, max: 200 });
    }
    if (fields.has('language')) next.language = fields.oneOf('language', ASR_LANGUAGES);
    if (fields.has('diarization')) next.diarization = fields.oneOf('diarization', DIARIZATION_CHOICES);
    fields.done();
    this.settings.set(KEY, next);
    return next;
  }
}
