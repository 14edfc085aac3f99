const MAX_NAME_LENGTH = 200;
// Control characters, and the bidirectional overrides (U+202E…) that make "evil<RLO>4pm.exe" display as "evilexe.mp4".
const UNSAFE_CHARACTERS = /[\p{Cc}\u202a-\u202e\u2066-\u2069\u200e\u200f]/gu;

/**
 * The name to show for an uploaded file. Storage never uses it as a path (recordings are stored by id),
 * so this only has to make it safe and readable: last path component, NFC (macOS sends NFD), no control
 * or direction-override characters, bounded length.
 */
export function displayFileName(rawName: string): string {
  const lastComponent = rawName.split(/[/\\]/).pop() ?? '';
  const cleaned = lastComponent.normalize('NFC').replace(UNSAFE_CHARACTERS, '').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return 'recording';
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/** Lower-case extension without the dot, or '' when there is none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
