import fs from 'node:fs';
import { AppError, type TranscriptToken } from '@furikaeri/core';
import { cancelled } from './pcm-channels';
import type { AsrLanguage, AudioWindow, Recognition, RecognizerDescription, SpeechRecognizer } from './recognizer';

/** A line of the script the fake engine "hears": the reference text of a stretch of the recording. */
export interface FakeScriptLine {
  startMs: number;
  endMs: number;
  text: string;
}

/**
 * A deterministic stand-in for a speech model, for tests and browser tests on machines without one
 * (FURIKAERI_FAKE_ASR=1). With a script it returns the lines whose middle falls in the window, so a
 * pipeline test can check that text lands at the right time; without one it says what it heard: how
 * many seconds of audio. Transcripts it makes carry engine "fake", and the UI says so.
 */
export class FakeRecognizer implements SpeechRecognizer {
  readonly description: RecognizerDescription;

  constructor(
    language: AsrLanguage,
    private readonly script: readonly FakeScriptLine[] | null,
  ) {
    this.description = { engine: 'fake', model: script ? 'fake-script' : 'fake', language };
  }

  async recognize(audio: AudioWindow, signal: AbortSignal): Promise<Recognition> {
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted) throw cancelled();
    const endMs = audio.startMs + Math.round((audio.samples.length / 16_000) * 1000);
    if (!this.script) {
      const seconds = ((endMs - audio.startMs) / 1000).toFixed(1);
      return { text: `〔テスト用エンジン: ${seconds} 秒の音声〕`, tokens: [], confidence: null };
    }
    const lines = this.script.filter((line) => {
      const middle = (line.startMs + line.endMs) / 2;
      return middle >= audio.startMs && middle < endMs;
    });
    return { text: lines.map((l) => l.text).join(''), tokens: lines.flatMap(characterTokens), confidence: null };
  }
}

/** One token per character, spread evenly over the line: enough timing for the pipeline and the UI. */
function characterTokens(line: FakeScriptLine): TranscriptToken[] {
  const characters = [...line.text];
  const step = (line.endMs - line.startMs) / Math.max(1, characters.length);
  return characters.map((text, i) => ({
    text,
    startMs: Math.round(line.startMs + i * step),
    endMs: Math.round(line.startMs + (i + 1) * step),
  }));
}

export function loadFakeScript(file: string): FakeScriptLine[] {
  const invalid = (detail: string) =>
    new AppError('validation', {
      ja: `FURIKAERI_FAKE_ASR_SCRIPT のファイルが不正です: ${detail}`,
      en: `FURIKAERI_FAKE_ASR_SCRIPT is not a valid script: ${detail}`,
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  if (!Array.isArray(parsed)) throw invalid('expected an array of {startMs, endMs, text}');
  return parsed.map((entry, i) => {
    const line = entry as Partial<FakeScriptLine>;
    if (typeof line.startMs !== 'number' || typeof line.endMs !== 'number' || typeof line.text !== 'string') {
      throw invalid(`entry ${i} needs numeric startMs, endMs and a text`);
    }
    return { startMs: line.startMs, endMs: line.endMs, text: line.text };
  });
}
