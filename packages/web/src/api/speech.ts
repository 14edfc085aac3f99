import type { Job, SpeechRegion } from '@furikaeri/core';
import { request } from './http';

/** Mirrors the server's speech settings (GET /api/settings/speech): which model transcribes, in which language. */
export interface SpeechSettingsView {
  asrModelId: string;
  language: string;
}

const id = (value: string) => encodeURIComponent(value);

export const speechApi = {
  settings: () => request<SpeechSettingsView>('GET', '/settings/speech'),
  /** Which recogniser the next transcription uses (the other speech settings stay as they are). */
  chooseAsrModel: (asrModelId: string) => request<SpeechSettingsView>('PUT', '/settings/speech', { asrModelId }),
  /** Transcribe again (after installing a model, or with another one); the current transcript stays until done. */
  transcribe: (recordingId: string) => request<Job>('POST', `/recordings/${id(recordingId)}/transcribe`),
};

/** Where people speak in a recording (silero VAD on the server; no speech model needed). */
export const fetchSpeechRegions = (recordingId: string) =>
  request<SpeechRegion[]>('GET', `/recordings/${id(recordingId)}/speech-regions`);
