import { AppError, formatBytes, looksLikeAudio, SNIFF_BYTES } from '@furikaeri/core';
import type { AudioWriter } from '../audio/audio-store';
import { notAudio } from '../media/probe-result';

/** Generous: a 4-hour WAV of CD quality is about 2.5 GB. Set FURIKAERI_MAX_UPLOAD_BYTES to change it. */
export const DEFAULT_MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

/** The limit from the environment ("2000000000", "500M", "4G"), else the default. */
export function maxUploadBytesFrom(env: NodeJS.ProcessEnv): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*$/i.exec(env.FURIKAERI_MAX_UPLOAD_BYTES ?? '');
  if (!match) return DEFAULT_MAX_UPLOAD_BYTES;
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(match[2] ?? '').toUpperCase()] ?? 1;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : DEFAULT_MAX_UPLOAD_BYTES;
}

export function uploadTooLarge(maxBytes: number): AppError {
  const limit = formatBytes(maxBytes);
  return new AppError(
    'too_large',
    {
      ja: `ファイルが大きすぎます（上限 ${limit}）。何も保存していません。録音を分けて書き出すか、上限（FURIKAERI_MAX_UPLOAD_BYTES）を上げてください。`,
      en: `The file is too large (the limit is ${limit}). Nothing was saved. Export the recording in parts, or raise the limit (FURIKAERI_MAX_UPLOAD_BYTES).`,
    },
    { maxBytes },
  );
}

export interface UploadLimits {
  maxBytes: number;
  signal?: AbortSignal | undefined;
}

/**
 * Streams an upload into the writer, refusing it as early as it can be told apart: the first bytes must
 * start like an audio container (checked before anything is written), and the total may not pass the limit
 * (checked as each chunk arrives). A refused upload leaves at most one chunk past the limit in the writer,
 * which the caller aborts.
 */
export async function copyUpload(
  body: AsyncIterable<Uint8Array>,
  writer: AudioWriter,
  limits: UploadLimits,
): Promise<void> {
  let head: Uint8Array[] | null = [];
  let total = 0;
  // The first bytes are held back until they can be sniffed: "not audio" is the more useful answer.
  const release = async (): Promise<void> => {
    if (!head) return;
    const bytes = Buffer.concat(head);
    head = null;
    if (bytes.length > 0 && !looksLikeAudio(bytes.subarray(0, SNIFF_BYTES))) throw notAudio();
    if (total > limits.maxBytes) throw uploadTooLarge(limits.maxBytes);
    if (bytes.length > 0) await writer.append(bytes);
  };
  for await (const chunk of body) {
    if (limits.signal?.aborted) throw new AppError('cancelled', { ja: '中止しました', en: 'Cancelled' });
    total += chunk.length;
    if (head) {
      head.push(chunk);
      if (total >= SNIFF_BYTES) await release();
      continue;
    }
    if (total > limits.maxBytes) throw uploadTooLarge(limits.maxBytes);
    await writer.append(chunk);
  }
  await release();
}
