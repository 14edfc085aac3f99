import { diarizationErrorRate } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEECH_SETTINGS } from '../../src/speech/speech-settings';
import { planTranscription } from '../../src/speech/transcription-plan';
import { locateVadModel } from '../../src/speech/vad-model';
import { interviewTurns, SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV, wavPcmStream } from './support/fixtures';

const noModels = { find: () => null };

/** The model-free diarization on one microphone, scored as NIST does (DER, 0.25 s collar). */
describe.skipIf(!SHARED_FIXTURES_PRESENT)('model-free diarization on the interview fixture', () => {
  it('finds two speakers and keeps the diarization error rate at or below 15 %', async () => {
    const plan = await planTranscription({
      stream: wavPcmStream(SHARED_INTERVIEW_WAV),
      channels: 1,
      durationMs: 163_350,
      vadModelPath: locateVadModel(noModels).path,
      models: noModels,
      settings: DEFAULT_SPEECH_SETTINGS,
      voiceprint: null,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(plan.diarization).toBe('fallback');
    expect(plan.speakers.map((s) => s.key)).toEqual(['S1', 'S2']);
    // The windows become the transcript's segments: their speakers and spans are what the user gets.
    const hypothesis = plan.windows.map((w) => ({ speaker: w.speaker, startMs: w.startMs, endMs: w.endMs }));
    const result = diarizationErrorRate(interviewTurns(), hypothesis, { collarMs: 250 });
    expect(result.der).toBeLessThanOrEqual(0.15);
    expect(result.mapping).toEqual({ A: 'S1', B: 'S2' });
  });
});
