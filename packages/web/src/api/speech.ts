import type { Job } from '@furikaeri/core';
import { request } from './http';

/** Mirrors the server's speech settings (GET /api/settings/speech): which model transcribes, in which language. */
export interface SpeechSettingsView {
  asrModelId: string;
  language: string;
}

const id = (value: string) => encodeURIComponent(value);

export const speechApi = {
  settings: () => request<SpeechSettingsView>('GET', '/settings/speech'),
  /** Transcribe again (after installing a model, or with another one); the current transcript stays until done. */
  transcribe: (recordingId: string) => request<Job>('POST', `/recordings/${id(recordingId)}/transcribe`),
};
