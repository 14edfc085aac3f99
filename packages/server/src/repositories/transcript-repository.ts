import type {
  SpeechRegion,
  Transcript,
  TranscriptContent,
  TranscriptSegment,
  TranscriptSource,
  TranscriptSpeaker,
} from '@furikaeri/core';
import type { Db } from '../db/database';
import type { SearchDoc, SearchRepository } from './search-repository';

interface TranscriptRow {
  id: string;
  event_id: string;
  recording_id: string | null;
  language: string;
  source: string;
  speakers: string;
  segments: string;
  speech_regions: string;
  created_at: string;
  updated_at: string;
}

function toTranscript(row: TranscriptRow): Transcript {
  return {
    id: row.id,
    eventId: row.event_id,
    recordingId: row.recording_id,
    language: row.language,
    source: JSON.parse(row.source) as TranscriptSource,
    speakers: JSON.parse(row.speakers) as TranscriptSpeaker[],
    segments: JSON.parse(row.segments) as TranscriptSegment[],
    speechRegions: JSON.parse(row.speech_regions) as SpeechRegion[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewTranscript {
  id: string;
  eventId: string;
  recordingId: string | null;
  content: TranscriptContent;
}

/**
 * An event keeps every transcript it was given; one is current. A re-run with another model inserts
 * its result only when done, so the earlier transcript stays current (and readable) until then.
 */
export class TranscriptRepository {
  constructor(
    private readonly db: Db,
    private readonly search: SearchRepository,
  ) {}

  /** Stores the transcript and makes it the event's current one, in one transaction. */
  insertAsCurrent(transcript: NewTranscript, now: string): Transcript {
    this.db.transaction(() => {
      // The documents of the transcript it replaces go with them, whichever way they were written.
      const replaced = this.currentId(transcript.eventId) ?? transcript.id;
      this.insertCurrentRow(transcript, JSON.stringify(transcript.content.segments), now);
      this.search.replaceSegments(transcript.eventId, replaced, segmentDocs(transcript.content.segments));
    })();
    return this.require(transcript.id);
  }

  /**
   * Makes a transcript whose search documents were already written under its own kind
   * (`transcriptDocsKind`) the event's current one: that alone shows them and hides those of the
   * transcript it replaces (hidden-search-docs.ts). The replaced one's `segment` documents are claimed
   * as its own first (the caller has claimed most of them in batches already). `segmentsJson` is the
   * segments as serialised off the main thread; the result is built from what was stored, not read back.
   * Resolves with the replaced transcript's id, whose documents the caller deletes in batches.
   */
  insertAsCurrentWithDocs(
    transcript: NewTranscript,
    segmentsJson: string,
    now: string,
  ): { stored: Transcript; replacedId: string | null } {
    const replacedId = this.db.transaction(() => {
      const replaced = this.currentId(transcript.eventId);
      if (replaced) this.search.claimSegmentDocs(transcript.eventId, replaced, Number.MAX_SAFE_INTEGER);
      this.insertCurrentRow(transcript, segmentsJson, now);
      return replaced;
    })();
    const { language, source, speakers, segments, speechRegions } = transcript.content;
    const { id, eventId, recordingId } = transcript;
    const stored = {
      id,
      eventId,
      recordingId,
      language,
      source,
      speakers,
      segments,
      speechRegions,
      createdAt: now,
      updatedAt: now,
    };
    return { stored, replacedId };
  }

  /** The id of the event's current transcript, without reading its content. */
  currentId(eventId: string): string | null {
    const row = this.db.prepare('SELECT id FROM transcripts WHERE event_id = ? AND is_current = 1').get(eventId) as
      | { id: string }
      | undefined;
    return row?.id ?? null;
  }

  private insertCurrentRow(transcript: NewTranscript, segmentsJson: string, now: string): void {
    const { content } = transcript;
    this.db.prepare('UPDATE transcripts SET is_current = 0 WHERE event_id = ?').run(transcript.eventId);
    this.db
      .prepare(
        `INSERT INTO transcripts (id, event_id, recording_id, is_current, language, source, speakers, segments,
           speech_regions, created_at, updated_at)
         VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        transcript.id,
        transcript.eventId,
        transcript.recordingId,
        content.language,
        JSON.stringify(content.source),
        JSON.stringify(content.speakers),
        segmentsJson,
        JSON.stringify(content.speechRegions),
        now,
        now,
      );
  }

  find(id: string): Transcript | null {
    const row = this.db.prepare('SELECT * FROM transcripts WHERE id = ?').get(id) as TranscriptRow | undefined;
    return row ? toTranscript(row) : null;
  }

  findCurrent(eventId: string): Transcript | null {
    const row = this.db.prepare('SELECT * FROM transcripts WHERE event_id = ? AND is_current = 1').get(eventId) as
      | TranscriptRow
      | undefined;
    return row ? toTranscript(row) : null;
  }

  listForEvent(eventId: string): Transcript[] {
    const rows = this.db
      .prepare('SELECT * FROM transcripts WHERE event_id = ? ORDER BY created_at, rowid')
      .all(eventId) as TranscriptRow[];
    return rows.map(toTranscript);
  }

  /**
   * Deletes the transcripts of one recording (a practice take that goes with its company), with the search
   * documents of the one that was current: otherwise the words would outlive the recording on an event that
   * holds other recordings. The event is left without a current transcript until the next one is made.
   */
  deleteForRecording(recordingId: string): void {
    const rows = this.db
      .prepare('SELECT id, event_id, is_current FROM transcripts WHERE recording_id = ?')
      .all(recordingId) as Array<{ id: string; event_id: string; is_current: number }>;
    for (const row of rows) {
      if (row.is_current === 1) this.search.replaceSegments(row.event_id, row.id, []);
      this.db.prepare('DELETE FROM transcripts WHERE id = ?').run(row.id);
    }
  }

  /** Edits (speaker names, text fixes, splits) rewrite speakers and segments together. */
  updateContent(id: string, speakers: TranscriptSpeaker[], segments: TranscriptSegment[], now: string): Transcript {
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE transcripts SET speakers = ?, segments = ?, updated_at = ? WHERE id = ?')
        .run(JSON.stringify(speakers), JSON.stringify(segments), now, id);
      const updated = this.require(id);
      if (this.isCurrent(id)) this.search.replaceSegments(updated.eventId, id, segmentDocs(segments));
    })();
    return this.require(id);
  }

  private isCurrent(id: string): boolean {
    const row = this.db.prepare('SELECT is_current FROM transcripts WHERE id = ?').get(id) as
      | { is_current: number }
      | undefined;
    return row?.is_current === 1;
  }

  private require(id: string): Transcript {
    const found = this.find(id);
    if (!found) throw new Error(`transcript ${id} vanished`);
    return found;
  }
}

/** Only the current transcript of an event is searchable: older runs would repeat every hit. */
export function segmentDocs(segments: readonly TranscriptSegment[]): SearchDoc[] {
  return segments.map((segment) => ({
    kind: 'segment',
    ref: segment.id,
    startMs: segment.startMs,
    body: segment.text,
  }));
}
