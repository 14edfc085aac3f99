/**
 * Search documents of one transcript, written before it is stored: a large import writes its documents in
 * small committed batches under the kind `segment:<transcript id>` while the transcript does not exist yet,
 * and they are searchable exactly while that transcript is the event's current one. So storing the
 * transcript as current shows them and hides the documents of the one it replaces in the same instant,
 * without rewriting any document; the replaced ones are deleted in batches afterwards. Whatever an
 * interrupted import left (documents of no current transcript) goes when the server next opens the library.
 * Documents of kind `segment` (the transcriber's, edits) belong to the current transcript, as before.
 */
const OF_TRANSCRIPT = 'segment:';

/** The kind of the documents written for transcript `transcriptId` before it is stored. */
export function transcriptDocsKind(transcriptId: string): string {
  return `${OF_TRANSCRIPT}${transcriptId}`;
}

/** A range on `kind` (';' follows ':'), so that the (event_id, kind) index finds them. */
const ofSomeTranscript = (column: string) => `(${column} > 'segment:' AND ${column} < 'segment;')`;

const transcriptIsCurrent = (column: string) =>
  `EXISTS (SELECT 1 FROM transcripts t WHERE t.id = substr(${column}, ${OF_TRANSCRIPT.length + 1}) AND t.is_current = 1)`;

/** The SQL condition every search query adds: the row is not a document of a transcript that is not current. */
export function visibleDocs(column = 'kind'): string {
  return `(NOT ${ofSomeTranscript(column)} OR ${transcriptIsCurrent(column)})`;
}

/** Documents written for a transcript that is not (or no longer) current: to delete. */
export function invisibleDocs(column = 'kind'): string {
  return `(${ofSomeTranscript(column)} AND NOT ${transcriptIsCurrent(column)})`;
}

/** What a hit is to the page: a document written for a transcript is one of its segments. */
export function hitKind(kind: string): string {
  return kind.startsWith(OF_TRANSCRIPT) ? 'segment' : kind;
}
