import type { Voiceprint } from '@furikaeri/core';
import type { SettingsRepository } from '../repositories/settings-repository';

const KEY = 'voiceprint';

/** The user's enrolled voice, in the encrypted settings table (it is biometric data: never outside the vault). */
export class VoiceprintStore {
  constructor(private readonly settings: SettingsRepository) {}

  get(): Voiceprint | null {
    return this.settings.get<Voiceprint>(KEY);
  }

  set(voiceprint: Voiceprint): void {
    this.settings.set(KEY, voiceprint);
  }

  clear(): void {
    this.settings.set(KEY, null);
  }
}
