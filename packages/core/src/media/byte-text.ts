/** Whether `bytes` holds the ASCII `text` at offset `at` (a file signature, a chunk or box name). */
export function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}
