import type { TranscriptContent } from '../transcript/model';

/**
 * A fingerprint of what an analysis depends on in a transcript: every speaker's role and label, every
 * segment's speaker, timing and text. The report keeps the fingerprint of the transcript it was made from;
 * serving compares it with the transcript as it is now. Times cannot do this: a job that started before a
 * role change finishes — and is stamped — after it (#16 item 7).
 * Two 32-bit FNV-1a hashes with different offsets: collisions are negligible for this use, and it is pure.
 */
export function transcriptRevision(content: Pick<TranscriptContent, 'speakers' | 'segments'>): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  const feed = (text: string): void => {
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x01000193);
  };
  for (const speaker of content.speakers) {
    feed(speaker.key);
    feed(speaker.role);
    feed(speaker.label);
  }
  for (const segment of content.segments) {
    feed(segment.id);
    feed(segment.speaker);
    feed(`${segment.startMs}-${segment.endMs}`);
    feed(segment.text);
  }
  const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
  return `${content.segments.length}-${hex(a)}${hex(b)}`;
}
