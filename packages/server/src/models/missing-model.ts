import { AppError } from '@furikaeri/core';
import { findRegistryEntry, MODEL_REGISTRY } from './registry';
import type { RegistryEntry } from './registry-types';

/**
 * What an engine says when the model it needs is not installed: which model, how to download it, and how to
 * install it offline from a file downloaded elsewhere. Engines end their stage as `unavailable` with it.
 */
export function missingModelError(id: string, registry: readonly RegistryEntry[] = MODEL_REGISTRY): AppError {
  const entry = findRegistryEntry(id, registry);
  const name = entry ? `${entry.title.ja}（${id}）` : id;
  const nameEn = entry ? `${entry.title.en} (${id})` : id;
  const url = entry?.url ?? '';
  return new AppError(
    'unavailable',
    {
      ja: `モデル ${name} がインストールされていません。設定の「音声モデル」か \`furikaeri models pull ${id}\` で入れてください。インターネットに繋がらないパソコンでは、別の場所で ${url} をダウンロードし、\`furikaeri models import <ファイル>\` で取り込めます。`,
      en: `The model ${nameEn} is not installed. Install it from Settings → Speech models or with \`furikaeri models pull ${id}\`. Offline, download ${url} elsewhere and run \`furikaeri models import <file>\`.`,
    },
    { reason: 'model_missing', modelId: id, url },
  );
}
