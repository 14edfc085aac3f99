import type { Message } from '@furikaeri/core';

/** An error the server (or the network) reported, carrying a message in both languages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly userMessage: Message;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, userMessage: Message, details: Record<string, unknown> = {}) {
    super(userMessage.en);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.userMessage = userMessage;
    this.details = details;
  }
}

export const NETWORK_ERROR: Message = {
  ja: 'サーバーに接続できません。furikaeri が起動しているか確認してください。',
  en: 'Cannot reach the server. Check that furikaeri is still running.',
};

function isMessage(value: unknown): value is Message {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record.ja === 'string' && typeof record.en === 'string';
}

/** Turns an error body `{code, message: {ja, en}, details?}` (or anything else) into an ApiError. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const record = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const code = typeof record.code === 'string' ? record.code : 'http_error';
  const message = isMessage(record.message)
    ? record.message
    : { ja: `サーバーエラー（${status}）`, en: `Server error (${status})` };
  const details =
    record.details !== null && typeof record.details === 'object' ? (record.details as Record<string, unknown>) : {};
  return new ApiError(status, code, message, details);
}

/** Any thrown value as a bilingual message, for display. */
export function toMessage(error: unknown): Message {
  if (error instanceof ApiError) return error.userMessage;
  const detail = error instanceof Error ? error.message : String(error);
  return { ja: `予期しないエラー: ${detail}`, en: `Unexpected error: ${detail}` };
}
