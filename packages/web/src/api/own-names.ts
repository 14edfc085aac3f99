import { request } from './http';

/** The names the user goes by in transcripts: a speaker labelled with one is guessed to be them. */
export const ownNamesApi = {
  get: () => request<{ names: string[] }>('GET', '/settings/own-names'),
  set: (names: string[]) => request<{ names: string[] }>('PUT', '/settings/own-names', { names }),
};

/**
 * Adds one name the user goes by, on the server in one step (the same rule as picking themselves in a review:
 * a whole personal name, not a spelling already kept); nothing is written when it changes nothing.
 */
export async function rememberOwnName(label: string): Promise<void> {
  await request<{ names: string[] }>('POST', '/settings/own-names/remembered', { label });
}
