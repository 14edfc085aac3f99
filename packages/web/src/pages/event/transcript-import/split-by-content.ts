import { sniffUploadKind, UPLOAD_SNIFF_BYTES } from '@furikaeri/core';

/**
 * Sorts dropped files by their first bytes, not their names: text goes to the transcript import, everything
 * else to the recording import (whose server check, ffprobe, refuses what is not audio, with the reason).
 */
export async function splitByContent(files: readonly File[]): Promise<{ audio: File[]; transcripts: File[] }> {
  const audio: File[] = [];
  const transcripts: File[] = [];
  for (const file of files) {
    const head = new Uint8Array(await file.slice(0, UPLOAD_SNIFF_BYTES).arrayBuffer());
    (sniffUploadKind(head) === 'transcript' ? transcripts : audio).push(file);
  }
  return { audio, transcripts };
}
