import { AppError } from '@furikaeri/core';
import { findRegistryEntry, MODEL_REGISTRY } from './registry';
import type { RegistryEntry } from './registry-types';

/**
 * What an engine says when the model it needs is not installed: which model, how to download it, and how to
 * install it offline from a file downloaded elsewhere. Engines end their stage as `unavailable` with it.
 */
export function missingModelError(id: string, registry: readonly RegistryEntry[] = MODEL_REGISTRY): AppError {
  const entry = findRegistryEntry(id, registry);
  if (!entry) return unknownModelError(id, registry);
  const name = `${entry.title.ja}（${id}）`;
  const nameEn = `${entry.title.en} (${id})`;
  const url = entry.url;
  return new AppError(
    'unavailable',
    {
      ja: `モデル ${name} がインストールされていません。設定の「音声モデル」か \`furikaeri models pull ${id}\` で入れてください。インターネットに繋がらないパソコンでは、別の場所で ${url} をダウンロードし、\`furikaeri models import <ファイル>\` で取り込めます。`,
      en: `The model ${nameEn} is not installed. Install it from Settings → Speech models or with \`furikaeri models pull ${id}\`. Offline, download ${url} elsewhere and run \`furikaeri models import <file>\`.`,
    },
    { reason: 'model_missing', modelId: id, url },
  );
}

/**
 * A model id the settings name but this version does not know (a setting from a newer version, or edited
 * by hand): there is nothing to download, so the user is sent to choose one of the known models.
 */
function unknownModelError(id: string, registry: readonly RegistryEntry[]): AppError {
  const known = registry.map((entry) => entry.id).join(', ');
  return new AppError(
    'unavailable',
    {
      ja: `設定で選ばれているモデル「${id}」は、このバージョンにはありません。設定の「音声モデル」で、次のどれかを選んでください: ${known}`,
      en: `The model "${id}" chosen in the settings is not one this version knows. Choose one of these in Settings → Speech models: ${known}`,
    },
    { reason: 'model_unknown', modelId: id },
  );
}
