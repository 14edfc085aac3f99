import type { TranscriptContent } from '../model';

/** The label the user gave each speaker key (the key itself when a segment names an unknown speaker). */
export function labelOf(content: Pick<TranscriptContent, 'speakers'>): (key: string) => string {
  const labels = new Map(content.speakers.map((s) => [s.key, s.label.trim() || s.key]));
  return (key) => labels.get(key) ?? key;
}
