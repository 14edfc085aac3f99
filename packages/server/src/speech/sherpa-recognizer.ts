import os from 'node:os';
import { AppError, confidenceOf, toTranscriptTokens } from '@furikaeri/core';
import type { InstalledModel } from '../models/installed-model';
import { cancelled } from './pcm-channels';
import type { AsrLanguage, AudioWindow, Recognition, RecognizerDescription, SpeechRecognizer } from './recognizer';
import { engineError, type SherpaOfflineRecognizer, sherpa } from './sherpa-addon';
import { recognizerConfig, supportsLanguage } from './sherpa-recognizer-config';

const SAMPLE_RATE = 16_000;

/**
 * Speech recognition with sherpa-onnx's OfflineRecognizer. Decoding runs on sherpa's own thread
 * (decodeAsync), so the server keeps answering while a window is recognised.
 */
export class SherpaRecognizer implements SpeechRecognizer {
  private constructor(
    readonly description: RecognizerDescription,
    private readonly recognizer: SherpaOfflineRecognizer,
  ) {}

  static async load(model: InstalledModel, language: AsrLanguage): Promise<SherpaRecognizer> {
    if (!supportsLanguage(model, language)) {
      throw new AppError('validation', {
        ja: `モデル ${model.id} は言語「${language}」に対応していません（対応: ${model.languages.join(', ')}）。設定で言語かモデルを変えてください。`,
        en: `Model ${model.id} does not support language "${language}" (it does: ${model.languages.join(', ')}). Change the language or the model in the settings.`,
      });
    }
    // Two threads at most: the machine also runs the server, ffmpeg imports and the analysis.
    const threads = Math.max(1, Math.min(2, os.availableParallelism()));
    const config = recognizerConfig(model, language, threads);
    try {
      const recognizer = await sherpa().OfflineRecognizer.createAsync(config);
      return new SherpaRecognizer({ engine: 'sherpa-onnx', model: model.id, language }, recognizer);
    } catch (error) {
      throw engineError(`speech model ${model.id}`, error);
    }
  }

  async recognize(audio: AudioWindow, signal: AbortSignal): Promise<Recognition> {
    if (signal.aborted) throw cancelled();
    const stream = this.recognizer.createStream();
    stream.acceptWaveform({ samples: audio.samples, sampleRate: SAMPLE_RATE });
    const result = await this.recognizer.decodeAsync(stream);
    if (signal.aborted) throw cancelled();
    const endMs = audio.startMs + Math.round((audio.samples.length / SAMPLE_RATE) * 1000);
    return {
      text: result.text.trim(),
      tokens: toTranscriptTokens(
        { tokens: result.tokens ?? [], timestamps: result.timestamps ?? [], durations: result.durations },
        audio.startMs,
        endMs,
      ),
      confidence: confidenceOf(result.ys_log_probs),
      // SenseVoice reports "<|ja|>", Whisper "ja".
      language: result.lang ? result.lang.replace(/[<|>]/g, '') || null : null,
    };
  }
}
