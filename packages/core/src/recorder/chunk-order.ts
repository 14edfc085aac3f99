/**
 * Where a chunk goes, decided by bytes rather than by its number: the journal on the server's disk is the
 * one truth (after a crash it holds every durable chunk, whatever the database managed to record), and the
 * page knows the byte offset of each chunk within the session. A chunk that starts at the end of what is
 * stored is appended; one that lies within it is a resend whose answer was lost (acknowledged again,
 * written once); one that starts beyond it means audio in between is missing.
 */
export type ChunkDecision = { kind: 'append'; skipBytes: number } | { kind: 'duplicate' } | { kind: 'gap' };

export function decideChunk(chunk: { offset: number; length: number }, storedBytes: number): ChunkDecision {
  if (chunk.offset > storedBytes) return { kind: 'gap' };
  if (chunk.offset + chunk.length <= storedBytes) return { kind: 'duplicate' };
  // Starts inside what is stored (only after a crash cut a chunk the page then sent again): the rest of it.
  return { kind: 'append', skipBytes: storedBytes - chunk.offset };
}
