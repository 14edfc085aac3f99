import path from 'node:path';

/**
 * Where speech models live: FURIKAERI_MODELS_DIR if set, else `<data dir>/models`. Models are public files
 * (not personal data), so they are stored as they are published, without encryption, and can be shared
 * between data folders by pointing FURIKAERI_MODELS_DIR at one place.
 */
export function resolveModelsDir(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.FURIKAERI_MODELS_DIR) return path.resolve(env.FURIKAERI_MODELS_DIR);
  return path.join(dataDir, 'models');
}
