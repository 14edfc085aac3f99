/**
 * The server splits at a character index counted in code points (Array.from), while a textarea's caret
 * counts UTF-16 units; an emoji or a rare kanji outside the BMP would otherwise shift the split.
 */
export function caretToCodePoint(text: string, utf16Offset: number): number {
  return Array.from(text.slice(0, Math.max(0, utf16Offset))).length;
}

/** Whether splitting there leaves text on both sides. */
export function canSplitAt(text: string, utf16Offset: number): boolean {
  const at = caretToCodePoint(text, utf16Offset);
  return text.slice(0, utf16Offset).trim() !== '' && text.slice(utf16Offset).trim() !== '' && at > 0;
}
