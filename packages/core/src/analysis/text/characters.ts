/**
 * Spoken characters: letters (kana, kanji, Latin), digits and the long-vowel mark; punctuation and spaces
 * are not spoken. This is the unit of the characters-per-minute norms in DESIGN.md.
 */
export function countSpokenCharacters(text: string): number {
  let count = 0;
  for (const char of text) if (/[\p{L}\p{N}]/u.test(char)) count += 1;
  return count;
}

/** Share of Latin letters among spoken characters: an English answer has no Japanese pace norm. */
export function latinShare(text: string): number {
  const spoken = countSpokenCharacters(text);
  if (spoken === 0) return 0;
  let latin = 0;
  for (const char of text) if (/[A-Za-z]/.test(char)) latin += 1;
  return latin / spoken;
}
