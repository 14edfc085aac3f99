import { withRememberedName } from '@furikaeri/core';
import { request } from './http';

/** The names the user goes by in transcripts: a speaker labelled with one is guessed to be them. */
export const ownNamesApi = {
  get: () => request<{ names: string[] }>('GET', '/settings/own-names'),
  set: (names: string[]) => request<{ names: string[] }>('PUT', '/settings/own-names', { names }),
};

/**
 * Adds one name the user goes by, as picking themselves in a review does on the server (the same rule: a whole
 * personal name, not a spelling already kept); nothing is written when it changes nothing.
 */
export async function rememberOwnName(label: string): Promise<void> {
  const { names } = await ownNamesApi.get();
  const next = withRememberedName(names, label);
  if (next) await ownNamesApi.set(next);
}
