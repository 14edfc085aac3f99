/**
 * How the server treats chunk `seq` when it expects `nextSeq`: the next one is appended; an earlier one
 * is a resend whose answer was lost (acknowledged again, written once); a later one means chunks are
 * missing in between, and the page must send those first.
 */
export type ChunkDecision = 'append' | 'duplicate' | 'gap';

export function decideChunk(seq: number, nextSeq: number): ChunkDecision {
  if (seq === nextSeq) return 'append';
  return seq < nextSeq ? 'duplicate' : 'gap';
}
