import { createRequire } from 'node:module';
import { AppError } from '@furikaeri/core';

/**
 * The parts of sherpa-onnx-node (a CommonJS native add-on) this app uses, typed by hand from the
 * package's own JSDoc (node_modules/sherpa-onnx-node/types.js). Loaded lazily: starting the server or
 * the CLI must not pay for, or fail on, the native library until speech is actually needed.
 */
export interface SherpaSpeechSegment {
  start: number;
  samples: Float32Array;
}

export interface SherpaVad {
  acceptWaveform(samples: Float32Array): void;
  isEmpty(): boolean;
  front(enableExternalBuffer?: boolean): SherpaSpeechSegment;
  pop(): void;
  flush(): void;
}

export interface SherpaVadConfig {
  sileroVad: {
    model: string;
    threshold: number;
    minSilenceDuration: number;
    minSpeechDuration: number;
    maxSpeechDuration: number;
    windowSize: number;
  };
  sampleRate: number;
  numThreads: number;
  debug: number;
}

export interface SherpaOfflineResult {
  text: string;
  lang?: string;
  tokens?: string[];
  timestamps?: number[];
  durations?: number[];
  ys_log_probs?: number[];
}

export interface SherpaOfflineStream {
  acceptWaveform(wave: { samples: Float32Array; sampleRate: number }): void;
}

export interface SherpaOfflineRecognizer {
  createStream(): SherpaOfflineStream;
  decodeAsync(stream: SherpaOfflineStream): Promise<SherpaOfflineResult>;
}

/** OfflineRecognizerConfig: only the keys the families below set. */
export interface SherpaRecognizerConfig {
  featConfig: { sampleRate: number; featureDim: number };
  modelConfig: {
    senseVoice?: { model: string; language: string; useInverseTextNormalization: number };
    whisper?: { encoder: string; decoder: string; language: string; task: string; tailPaddings: number };
    transducer?: { encoder: string; decoder: string; joiner: string };
    nemoCtc?: { model: string };
    tokens: string;
    numThreads: number;
    provider: string;
    debug: number;
  };
  decodingMethod: string;
}

export interface SherpaDiarizationSegment {
  start: number;
  end: number;
  speaker: number;
}

/** OfflineSpeakerDiarization's configuration; it runs on a worker thread (neural-diarization.worker.cjs). */
export interface SherpaDiarizationConfig {
  segmentation: { pyannote: { model: string }; numThreads: number; debug: number };
  embedding: { model: string; numThreads: number; debug: number };
  clustering: { numClusters: number; threshold: number };
  minDurationOn: number;
  minDurationOff: number;
}

export interface SherpaModule {
  Vad: new (config: SherpaVadConfig, bufferSizeInSeconds: number) => SherpaVad;
  OfflineRecognizer: { createAsync(config: SherpaRecognizerConfig): Promise<SherpaOfflineRecognizer> };
  /** Reads a WAV file as float samples (tests and benchmarks; the app reads its own PCM). */
  readWave(file: string): { samples: Float32Array; sampleRate: number };
  version: string;
}

let loaded: SherpaModule | null = null;

export function sherpa(): SherpaModule {
  if (loaded) return loaded;
  try {
    const require = createRequire(import.meta.url);
    loaded = require('sherpa-onnx-node') as SherpaModule;
    return loaded;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('unavailable', {
      ja: `音声処理エンジン（sherpa-onnx）を読み込めませんでした。npm install をやり直してください。（${detail}）`,
      en: `The speech engine (sherpa-onnx) could not be loaded. Run npm install again. (${detail})`,
    });
  }
}

/** Every native call that can fail on a bad model file goes through here, so the user gets words, not a stack. */
export function engineError(what: string, error: unknown): AppError {
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('unavailable', {
    ja: `${what} を読み込めませんでした（ファイルが壊れているか、形式が違います）: ${detail}`,
    en: `Could not load ${what} (the files are damaged or of another format): ${detail}`,
  });
}
