import { readOwnNames, withRememberedName } from '@furikaeri/core';
import type { SettingsRepository } from '../repositories/settings-repository';

const KEY = 'own-names';

/**
 * The names the user goes by in transcripts ("佐藤 一郎", "Ichiro Sato"), kept in the encrypted settings table:
 * typed in the settings page, or remembered when the user picks their own speaker in a review. Role
 * inference then guesses the speaker with one of these names as the user, in groups too.
 */
export class OwnNamesService {
  constructor(private readonly settings: SettingsRepository) {}

  names(): string[] {
    return this.settings.get<string[]>(KEY) ?? [];
  }

  /** The whole list as the settings form sends it, checked (see readOwnNames). */
  replace(input: unknown): { names: string[] } {
    const names = readOwnNames(input);
    this.settings.set(KEY, names);
    return { names };
  }

  /**
   * A label the user picked as themselves; a generic one ("Speaker 3") or a known spelling changes nothing.
   * Read and written in one synchronous step, so a name typed in the settings meanwhile is never lost.
   */
  remember(label: string): { names: string[] } {
    const names = withRememberedName(this.names(), label);
    if (names) this.settings.set(KEY, names);
    return { names: names ?? this.names() };
  }
}
