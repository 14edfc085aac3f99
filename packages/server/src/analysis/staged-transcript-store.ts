import type { Transcript } from '@furikaeri/core';
import { transcriptDocsKind } from '../repositories/hidden-search-docs';
import type { Repositories } from '../repositories/repositories';
import { type NewTranscript, segmentDocs } from '../repositories/transcript-repository';

/**
 * How long one slice of writes may hold the main thread before it yields (a lock is answered in between).
 * Each slice is a transaction, and each commit costs the search index a flush: shorter slices make the
 * whole import slower (40 ms: ≈1.4× the time of 150 ms slices, measured on a 17.6 MB file).
 */
const SLICE_MS = 100;
/** Documents relabelled or deleted per slice (≈2–10 µs a row with secure_delete). */
const ROWS_PER_SLICE = 5_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Stores an imported transcript without holding the main thread for seconds (a 20 MB file has 130,000
 * segments, several seconds of search-index writes): its search documents are written under its own kind,
 * unsearchable until it is current, in short committed slices with a yield between them; so are the
 * replaced transcript's documents claimed as its own. Then one transaction inserts the transcript as
 * current (the row itself, ≈0.3–1 s for 19 MB of segments, is the longest write left), which shows its
 * documents and hides the replaced ones at once (hidden-search-docs.ts). `stopped()` is asked after each
 * yield: when it throws, the import ends there and leaves no transcript row and no searchable document;
 * the unsearchable ones go when the server next opens the library (`SearchRepository.removeInvisible`).
 */
export async function storeTranscriptInSlices(
  repos: Repositories,
  transcript: NewTranscript,
  segmentsJson: string,
  now: () => string,
  stopped: () => void,
): Promise<{ transcript: Transcript; removeReplaced: () => Promise<void> }> {
  const { eventId } = transcript;
  const kind = transcriptDocsKind(transcript.id);
  const docs = segmentDocs(transcript.content.segments);
  for (let next = 0; next < docs.length; ) {
    next = repos.search.insertUntil(eventId, kind, docs, next, performance.now() + SLICE_MS);
    await nextTurn();
    stopped();
  }
  for (;;) {
    const current = repos.transcripts.currentId(eventId);
    if (!current || repos.search.claimSegmentDocs(eventId, current, ROWS_PER_SLICE) === 0) break;
    await nextTurn();
    stopped();
  }
  const { stored, replacedId } = repos.transcripts.insertAsCurrentWithDocs(transcript, segmentsJson, now());
  /** Deletes the replaced documents slice by slice; a lock meanwhile leaves the rest to the next opening. */
  const removeReplaced = async () => {
    if (!replacedId) return;
    try {
      while (repos.search.deleteSome(eventId, transcriptDocsKind(replacedId), ROWS_PER_SLICE) > 0) {
        await nextTurn();
        stopped();
      }
    } catch {
      // Stopped or closed: the rest is unsearchable already and goes when the library is next opened.
    }
  };
  return { transcript: stored, removeReplaced };
}
