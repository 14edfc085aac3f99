import { request } from './http';

/** The names the user goes by in transcripts: a speaker labelled with one is guessed to be them. */
export const ownNamesApi = {
  get: () => request<{ names: string[] }>('GET', '/settings/own-names'),
  set: (names: string[]) => request<{ names: string[] }>('PUT', '/settings/own-names', { names }),
};
