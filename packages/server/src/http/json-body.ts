import { AppError, jsonTooDeepAt, MAX_JSON_DEPTH } from '@furikaeri/core';
import type { Context } from 'hono';

const MAX_JSON_BYTES = 1_000_000;

/** Reads a JSON body; a malformed one is a 400 in the user's words, not a stack trace. */
export async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.length > MAX_JSON_BYTES) {
    throw new AppError('validation', { ja: '入力が大きすぎます', en: 'Request body too large' });
  }
  if (text.trim() === '') return {};
  if (jsonTooDeepAt(text) !== null) {
    throw new AppError('validation', {
      ja: `JSON の入れ子が深すぎます（${MAX_JSON_DEPTH} 段まで）`,
      en: `The JSON is nested too deeply (at most ${MAX_JSON_DEPTH} levels)`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('validation', { ja: 'JSON の形式が正しくありません', en: 'Malformed JSON' });
  }
}
