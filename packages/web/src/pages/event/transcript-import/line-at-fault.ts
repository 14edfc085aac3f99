import { ApiError } from '../../../api/errors';

/** The line number a parse error names (the server's `details.line`), if any. */
export function faultLine(error: unknown): number | null {
  if (!(error instanceof ApiError)) return null;
  const line = error.details.line;
  return typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : null;
}

/** The text of that line in the user's own file (UTF-8, else Shift_JIS, as the server reads it). */
export async function readLine(file: Blob, line: number): Promise<string | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('shift_jis').decode(bytes);
  }
  const found = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)[line - 1];
  return found === undefined ? null : found.slice(0, 200);
}
