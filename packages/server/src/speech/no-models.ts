import type { ModelLocator } from '../models/installed-model';

/** Until a model manager is wired in: nothing is installed (the VAD still works from its npm package). */
export const NO_MODELS: ModelLocator = { find: () => null };
