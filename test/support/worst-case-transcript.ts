/**
 * Worst-case transcript files at the import limit (issue #15), as benches and tests build them: Japanese
 * without punctuation (ASR output), on one line or in many short 「話者: 発言」 lines.
 */
const PHRASES = [
  '私は大学で',
  'マーケティングを学び',
  'その経験を活かして',
  '御社で働きたいと考えています',
  'アルバイトでは接客を担当し',
  'お客様の声を聞くことの大切さを知りました',
  'どのような理由で志望されたのですか',
  '学生時代に力を入れたことを教えてください',
];

/** Japanese without punctuation, `bytes` long in UTF-8 (3 bytes a character). */
export function unpunctuated(bytes: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = seed; length < bytes / 3; index += 7) {
    const phrase = PHRASES[index % PHRASES.length] ?? '';
    parts.push(phrase);
    length += phrase.length;
  }
  return parts.join('').slice(0, Math.floor(bytes / 3));
}

/** Short lines ("面接官: …" / "自分: …", ≈20 characters each) up to `bytes` in UTF-8. */
export function shortLines(bytes: number): string[] {
  const lines: string[] = [];
  let total = 0;
  for (let index = 0; total < bytes - 256; index += 1) {
    const line = `${index % 2 === 0 ? '面接官' : '自分'}: ${unpunctuated(60, index)}`;
    lines.push(line);
    total += Buffer.byteLength(line) + 1;
  }
  return lines;
}

/** Both worst cases in one file of about `bytes`: one huge line (half of it), then many short lines. */
export function mixedWorstCase(bytes: number): string {
  return [`面接官: ${unpunctuated(bytes / 2, 0)}`, ...shortLines(bytes / 2)].join('\n');
}
