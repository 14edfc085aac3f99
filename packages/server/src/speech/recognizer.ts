import type { TranscriptToken } from '@furikaeri/core';

/** The languages the user can pick; "auto" lets a multilingual model decide per window. */
export const ASR_LANGUAGES = ['ja', 'en', 'auto'] as const;
export type AsrLanguage = (typeof ASR_LANGUAGES)[number];

/** What produced a transcript: stored with it, shown to the user. */
export interface RecognizerDescription {
  /** "sherpa-onnx", or "fake" for the test engine. */
  engine: string;
  model: string;
  language: AsrLanguage;
}

/** A stretch of 16 kHz mono audio and where it sits in the recording. */
export interface AudioWindow {
  samples: Float32Array;
  startMs: number;
}

export interface Recognition {
  text: string;
  /** Words/characters with times in recording milliseconds; empty when the engine gives no timing. */
  tokens: TranscriptToken[];
  /** 0…1, or null when the engine gives no scores. */
  confidence: number | null;
  /** The language the engine detected ("ja"), when it detects one. */
  language?: string | null;
}

/** One interface for every speech recogniser (SenseVoice, Whisper, transducer, NeMo CTC, the fake). */
export interface SpeechRecognizer {
  readonly description: RecognizerDescription;
  recognize(audio: AudioWindow, signal: AbortSignal): Promise<Recognition>;
}
