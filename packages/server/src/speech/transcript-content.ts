import { dominantLanguage, type RecognizedWindow, type TranscriptContent, toSegments } from '@furikaeri/core';
import type { RecognizerDescription } from './recognizer';
import type { SpeechSettings } from './speech-settings';
import type { TranscriptionPlan } from './transcription-plan';

/** The stored transcript: the plan's speakers and speech regions, the recognised windows as segments. */
export function transcriptContent(
  plan: TranscriptionPlan,
  windows: RecognizedWindow[],
  settings: SpeechSettings,
  description: RecognizerDescription,
): TranscriptContent {
  const notes = [...plan.notes];
  if (description.engine === 'fake') {
    notes.unshift({
      ja: 'テスト用の偽の音声認識エンジンで作った文字起こしです（実際の音声は認識していません）。',
      en: 'Made by the fake test engine: the speech was not actually recognised.',
    });
  }
  const speaking = new Set(windows.filter((w) => w.text.trim() !== '').map((w) => w.speaker));
  return {
    language: settings.language === 'auto' ? dominantLanguage(windows) : settings.language,
    source: { kind: 'asr', engine: description.engine, model: description.model, diarization: plan.diarization, notes },
    // Speakers of whom nothing was recognised are left out: segments are what the user reads.
    speakers: plan.speakers.filter((s) => speaking.has(s.key)),
    segments: toSegments(windows),
    speechRegions: plan.speechRegions,
  };
}
