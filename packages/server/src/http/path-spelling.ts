/**
 * One spelling per path. The router decodes percent-escapes before it matches, so `/%61pi/events` is
 * `/api/events` to it; any check that reads the path as sent would see something else. Rather than teach every
 * check to decode, a path that could be read two ways is refused before anything looks at it:
 * - an escape of a character that needs none (`%61` for `a`, `%2E` for `.`, `%41PI`): only a client trying to
 *   look different does that;
 * - an escaped `/`, `\` or `%` (`%2F`, `%5C`, `%2561` — double encoding);
 * - an invalid escape or invalid UTF-8 (`%zz`, `%ff`, `%E3%81`), control characters, a raw backslash;
 * - `.` or `..` segments and empty segments (`//`).
 * What remains (plain ASCII, escaped UTF-8, escaped spaces and delimiters) decodes to one path only.
 */
export type PathSpelling = { ok: true } | { ok: false; reason: { ja: string; en: string } };

const ESCAPE = /%([0-9A-Fa-f]{2})?/g;
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const NEVER_ESCAPED = new Set(['/', '\\', '%']);

export function checkPathSpelling(rawPath: string): PathSpelling {
  if (!rawPath.startsWith('/')) return refuse('先頭が / ではありません', 'the path does not start with /');
  if (rawPath.includes('\\')) return refuse('バックスラッシュが含まれています', 'a backslash in the path');
  for (const match of rawPath.matchAll(ESCAPE)) {
    const hex = match[1];
    if (hex === undefined) return refuse('% の後が16進数2桁ではありません', 'an invalid percent-escape');
    const byte = Number.parseInt(hex, 16);
    const char = String.fromCharCode(byte);
    if (byte < 0x80 && UNRESERVED.test(char))
      return refuse(`エスケープ不要な「${char}」がエスケープされています`, `an escaped "${char}" that needs no escape`);
    if (NEVER_ESCAPED.has(char)) return refuse(`「${char}」がエスケープされています`, `an escaped "${char}"`);
    if (byte < 0x20 || byte === 0x7f) return refuse('制御文字がエスケープされています', 'an escaped control character');
  }
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return refuse('UTF-8 として読めないエスケープです', 'percent-escapes that are not UTF-8');
  }
  const segments = path.split('/').slice(1);
  for (const [index, segment] of segments.entries()) {
    if (segment === '.' || segment === '..')
      return refuse('「.」または「..」の区切りがあります', 'a "." or ".." segment');
    if (segment === '' && index < segments.length - 1)
      return refuse('空の区切り（//）があります', 'an empty segment (//)');
  }
  return { ok: true };
}

function refuse(ja: string, en: string): PathSpelling {
  return { ok: false, reason: { ja, en } };
}
