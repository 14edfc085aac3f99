import { AppError } from '@furikaeri/core';

/**
 * Node's fetch fails with "fetch failed" and hides the reason in `cause` (a system error with a `code`,
 * sometimes inside an AggregateError). The user needs plain words — offline, or the site unreachable — and
 * the way round it: install from a file downloaded elsewhere (issue #18).
 */
const OFFLINE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'ENETUNREACH', 'ENETDOWN']);
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** The first system error code along the error's cause chain. */
export function networkErrorCode(error: unknown, depth = 0): string | null {
  if (depth > 5 || error === null || typeof error !== 'object') return null;
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string' && (OFFLINE.has(record.code) || UNREACHABLE.has(record.code))) return record.code;
  const nested = [record.cause, ...(Array.isArray(record.errors) ? record.errors : [])];
  for (const inner of nested) {
    const found = networkErrorCode(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** An AppError in plain words for a network failure, or null when the error is something else. */
export function networkFailure(url: string, error: unknown): AppError | null {
  const code = networkErrorCode(error);
  if (!code) return null;
  const host = hostOf(url);
  const offline = OFFLINE.has(code);
  const instead = {
    ja: `インターネットに繋がらないときは、別のパソコンで ${url} をダウンロードし、「ファイルから取り込む」で入れられます。`,
    en: `Without internet, download ${url} on another computer and install it with “Import from a file”.`,
  };
  const message = offline
    ? {
        ja: `このパソコンはインターネットに接続されていないようです（${host} が見つかりません）。接続を確かめてからもう一度お試しください。${instead.ja}`,
        en: `This computer seems to be offline (${host} could not be found). Check the connection and try again. ${instead.en}`,
      }
    : {
        ja: `ダウンロード元のサイト（${host}）に接続できませんでした。サイトが一時的に使えないか、ネットワークで遮られています。時間をおいてお試しください。${instead.ja}`,
        en: `Could not reach the download site (${host}): it is down for now or blocked on this network. Try again later. ${instead.en}`,
      };
  return new AppError('unavailable', message, { url, reason: offline ? 'offline' : 'unreachable', code });
}
