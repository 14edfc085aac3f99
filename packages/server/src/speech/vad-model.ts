import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '@furikaeri/core';
import type { ModelLocator } from '../models/installed-model';

/** The id under which the model manager keeps silero VAD, if the user installed it there. */
export const SILERO_VAD_MODEL_ID = 'silero-vad';

export interface VadModel {
  path: string;
  /** Where it came from: the models folder, or the npm package that ships it (works right after npm install). */
  source: 'models' | 'npm';
}

/**
 * Silero VAD v5 needs no download: `@ricky0123/vad-web` ships `dist/silero_vad_v5.onnx` (MIT), the same
 * file (identical SHA-256) as the one silero publishes. A copy installed through the model manager wins.
 */
export function locateVadModel(models: ModelLocator): VadModel {
  const installed = models.find(SILERO_VAD_MODEL_ID)?.files.model;
  if (installed) return { path: installed, source: 'models' };
  const bundled = bundledSileroPath();
  if (bundled && fs.existsSync(bundled)) return { path: bundled, source: 'npm' };
  throw new AppError('unavailable', {
    ja: '音声区間検出（silero VAD）のモデルが見つかりません。npm install をやり直すか、furikaeri models pull silero-vad を実行してください。',
    en: 'The voice activity model (silero VAD) is missing. Run npm install again, or furikaeri models pull silero-vad.',
  });
}

function bundledSileroPath(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('@ricky0123/vad-web/package.json')), 'dist', 'silero_vad_v5.onnx');
  } catch {
    return null;
  }
}
