import { AppError } from '../domain/app-error';

/** The encodings Japanese text files come in: UTF-8 today; Shift_JIS from Windows tools; EUC-JP from old Unix ones. */
export type JapaneseEncoding = 'utf-8' | 'shift_jis' | 'euc-jp';

function decodeStrict(bytes: Uint8Array, encoding: JapaneseEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How much a decoded text reads like Japanese: kana and kanji count for it; half-width katakana (rare in
 * real text, and what EUC-JP turns into when read as Shift_JIS), control characters and the user-defined
 * area (what a wrong guess produces) count against it.
 */
function japaneseScore(text: string): number {
  let score = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff)) score += 2;
    else if (code >= 0x3000 && code <= 0x303f) score += 1;
    else if (code >= 0xff61 && code <= 0xff9f) score -= 2;
    else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0xe000 && code <= 0xf8ff))
      score -= 4;
  }
  return score;
}

/**
 * Decodes a text file whichever of the usual Japanese encodings it is in, judged by content: valid UTF-8
 * first (any BOM dropped); otherwise whichever of Shift_JIS and EUC-JP decodes without error and reads more
 * like Japanese. A file that is none of them is refused rather than shown garbled.
 */
export function decodeJapaneseText(bytes: Uint8Array): { text: string; encoding: JapaneseEncoding } {
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const candidates = (['shift_jis', 'euc-jp'] as const)
    .map((encoding) => ({ encoding, text: decodeStrict(bytes, encoding) }))
    .filter((candidate): candidate is { encoding: 'shift_jis' | 'euc-jp'; text: string } => candidate.text !== null)
    .map((candidate) => ({ ...candidate, score: japaneseScore(candidate.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) {
    throw new AppError('validation', {
      ja: '文字コードを読み取れません（UTF-8・Shift_JIS・EUC-JP のいずれでもありません）。UTF-8 で保存し直してください。',
      en: 'Cannot read the text encoding (it is not UTF-8, Shift_JIS or EUC-JP). Save the file as UTF-8.',
    });
  }
  return { text: best.text, encoding: best.encoding };
}
