import { decodeJapaneseText } from '@furikaeri/core';
import { ApiError } from '../../../api/errors';

/** The line number a parse error names (the server's `details.line`), if any. */
export function faultLine(error: unknown): number | null {
  if (!(error instanceof ApiError)) return null;
  const line = error.details.line;
  return typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : null;
}

/** The text of that line in the user's own file, decoded as the server decodes it (decodeJapaneseText). */
export async function readLine(file: Blob, line: number): Promise<string | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = decodeJapaneseText(bytes).text;
  } catch {
    return null;
  }
  const found = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)[line - 1];
  return found === undefined ? null : found.slice(0, 200);
}
