import type { Db } from './database';

/**
 * Append-only list: a migration, once released, is never edited. Each runs once, in order, in a
 * transaction, on start. Later issues (transcripts, analyses, notes) add their tables here.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE companies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX companies_name ON companies (name);

  CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX applications_company ON applications (company_id);

  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    company_id TEXT REFERENCES companies (id) ON DELETE CASCADE,
    application_id TEXT REFERENCES applications (id) ON DELETE SET NULL,
    type TEXT NOT NULL,
    round TEXT,
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    time TEXT,
    participants TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    consent TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX events_company ON events (company_id, date);

  CREATE TABLE recordings (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    original_name TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    media TEXT,
    pcm TEXT,
    warning TEXT,
    error TEXT,
    consent TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX recordings_event ON recordings (event_id);
  CREATE INDEX recordings_hash ON recordings (content_hash);

  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    recording_id TEXT REFERENCES recordings (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    progress REAL,
    message TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    owner TEXT,
    heartbeat_at INTEGER,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT
  );
  CREATE INDEX jobs_status ON jobs (status, created_at);
  CREATE INDEX jobs_recording ON jobs (recording_id);
  `,
  // Per-recording audio data keys, wrapped. No foreign key: the key exists before the recording row
  // (the original is written while it is hashed), and deleting the row must not be needed to shred it.
  `
  CREATE TABLE audio_keys (
    recording_id TEXT PRIMARY KEY,
    wrapped TEXT NOT NULL
  );
  `,
  // Tamper evidence: the manifest sealed when the recording was stored, and the original's frame hashes.
  `
  ALTER TABLE recordings ADD COLUMN manifest TEXT;
  ALTER TABLE recordings ADD COLUMN original_frame_hashes TEXT;
  `,
  // Retention: when an application was closed, when a recording's audio was deleted, and the user's settings.
  `
  ALTER TABLE applications ADD COLUMN closed_at TEXT;
  ALTER TABLE recordings ADD COLUMN audio_deleted_at TEXT;
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
  // Transcripts (from the speech pipeline or imported) and the analysis reports built on them. Segments are
  // one JSON column: they are read and written as a whole, and search gets its own index later.
  // Jobs may concern an event without audio (an imported transcript's analysis).
  `
  CREATE TABLE transcripts (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    recording_id TEXT REFERENCES recordings (id) ON DELETE SET NULL,
    is_current INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    speakers TEXT NOT NULL,
    segments TEXT NOT NULL,
    speech_regions TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX transcripts_event ON transcripts (event_id, is_current);
  CREATE INDEX transcripts_recording ON transcripts (recording_id);

  CREATE TABLE analyses (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
    report TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX analyses_event ON analyses (event_id, created_at);

  ALTER TABLE jobs ADD COLUMN event_id TEXT REFERENCES events (id) ON DELETE CASCADE;
  `,
  // Review: undo history of transcript edits, the user's reflection note per question, and full-text search.
  // Trigram tokenising finds Japanese words without a dictionary (queries under 3 characters use LIKE).
  // search_docs is the index's content table, so rows go with their event by foreign key and are found by
  // event without scanning the index. It holds plaintext inside the encrypted database, like every column.
  `
  CREATE TABLE transcript_revisions (
    transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    speakers TEXT NOT NULL,
    segments TEXT NOT NULL,
    edit TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (transcript_id, revision)
  );

  CREATE TABLE question_notes (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    segment_id TEXT NOT NULL,
    note TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (event_id, segment_id)
  );

  CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    start_ms INTEGER,
    body TEXT NOT NULL
  );
  CREATE INDEX search_docs_event ON search_docs (event_id, kind);
  CREATE VIRTUAL TABLE search_index USING fts5(body, content = 'search_docs', content_rowid = 'id', tokenize = 'trigram');
  CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_index (rowid, body) VALUES (new.id, new.body);
  END;
  CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', old.id, old.body);
  END;
  `,
  // 7: the transcription's finished steps (its plan, then each recognised window), so a crashed or
  // interrupted run resumes where it stopped. Rows of another run (other model or settings) are dropped.
  `
  CREATE TABLE transcription_checkpoints (
    recording_id TEXT NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    run_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (recording_id, part)
  );
  `,
  // Search: a two-character word at the very end of a text has no trigram starting with it; this index finds
  // those texts without scanning (repositories/short-term-search.ts).
  `
  CREATE INDEX search_docs_tail ON search_docs (lower(substr(body, -2)));
  `,
  // Waveform peaks (the loudest sample per slice of a recording), computed once from the PCM and kept here,
  // inside the encrypted database, so that a one-hour recording's review page does not wait for 115 MB to be
  // decrypted and scanned (services/waveform-peaks-service.ts). They go with their recording.
  `
  CREATE TABLE waveform_peaks (
    recording_id TEXT NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    buckets INTEGER NOT NULL,
    channels INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    peaks TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (recording_id, buckets)
  );
  `,
  // The recorder: live sessions (chunks acknowledged so far, so a restarted server resumes exactly where the
  // page is) and bookmarks. Both name their recording without a foreign key: the recording row only exists
  // once the session is saved; a trigger removes them with the recording.
  `
  CREATE TABLE live_sessions (
    id TEXT PRIMARY KEY,
    recording_id TEXT NOT NULL UNIQUE,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    practice INTEGER NOT NULL DEFAULT 0,
    sample_rate INTEGER NOT NULL,
    channels INTEGER NOT NULL,
    processing TEXT NOT NULL,
    consent TEXT NOT NULL,
    status TEXT NOT NULL,
    next_seq INTEGER NOT NULL DEFAULT 0,
    saved_bytes INTEGER NOT NULL DEFAULT 0,
    continues TEXT,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT
  );
  CREATE INDEX live_sessions_status ON live_sessions (status);

  CREATE TABLE bookmarks (
    id TEXT PRIMARY KEY,
    recording_id TEXT NOT NULL,
    offset_ms INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX bookmarks_recording ON bookmarks (recording_id, offset_ms);

  CREATE TRIGGER recordings_drop_capture AFTER DELETE ON recordings BEGIN
    DELETE FROM bookmarks WHERE recording_id = OLD.id;
    DELETE FROM live_sessions WHERE recording_id = OLD.id;
  END;
  `,
  // Search: a one-character word that is a text's last character has no trigram starting with it; with
  // search_docs_tail (second to last) this index finds those texts without scanning (short-term-search.ts).
  `
  CREATE INDEX search_docs_last ON search_docs (lower(substr(body, -1)));
  `,
  // Events made before the event form could name their application (#18): link each to its company's
  // application when the company has exactly one, so the retention rule (audio deleted N days after the
  // application ends) applies to them. With several applications the choice is the user's, in the form.
  `
  UPDATE events SET application_id = (SELECT a.id FROM applications a WHERE a.company_id = events.company_id)
  WHERE application_id IS NULL AND company_id IS NOT NULL
    AND (SELECT COUNT(*) FROM applications a WHERE a.company_id = events.company_id) = 1;
  `,
  // Preparation for the next round (#17): drafts and key points per question, 逆質問 to ask, the answer I
  // marked as my best, and every practice attempt. scope_id is a company's or an application's id.
  `
  CREATE TABLE prep_notes (
    scope_id TEXT NOT NULL,
    question TEXT NOT NULL,
    draft TEXT NOT NULL,
    key_points TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (scope_id, question)
  );
  CREATE TABLE prep_reverse_questions (
    scope_id TEXT PRIMARY KEY,
    questions TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE best_answers (
    group_key TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    marked_at TEXT NOT NULL
  );
  CREATE TABLE practice_attempts (
    id TEXT PRIMARY KEY,
    question_key TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    duration_ms INTEGER,
    score TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX practice_attempts_question ON practice_attempts (question_key, created_at);
  `,
  // Preparation per application (#17): a user may apply to two positions at one company, and the answers differ.
  // Drafts and 逆質問 kept per company move to the company's application when it has exactly one; with several
  // (or none) they stay company-wide and every application's page shows them as such. Rows left behind by
  // companies and applications deleted before prep rows went with them are removed.
  `
  UPDATE prep_notes SET scope_id = (SELECT a.id FROM applications a WHERE a.company_id = prep_notes.scope_id)
  WHERE (SELECT COUNT(*) FROM applications a WHERE a.company_id = prep_notes.scope_id) = 1;
  UPDATE prep_reverse_questions
  SET scope_id = (SELECT a.id FROM applications a WHERE a.company_id = prep_reverse_questions.scope_id)
  WHERE (SELECT COUNT(*) FROM applications a WHERE a.company_id = prep_reverse_questions.scope_id) = 1;
  DELETE FROM prep_notes WHERE scope_id NOT IN (SELECT id FROM companies UNION ALL SELECT id FROM applications);
  DELETE FROM prep_reverse_questions
  WHERE scope_id NOT IN (SELECT id FROM companies UNION ALL SELECT id FROM applications);
  `,
  // A practice attempt at a company's or application's predicted questions names that scope, so that it goes
  // with the company or application (prep/prep-scope-repository.ts); generic and bank attempts have none.
  `
  ALTER TABLE practice_attempts ADD COLUMN scope_id TEXT;
  CREATE INDEX practice_attempts_scope ON practice_attempts (scope_id);
  `,
  // Spoken practice answers (#17 item 5): the attempt's recording (kept in the vault like any other, in the
  // day's practice event) and what its audio showed. The measures stay when the audio is deleted.
  `
  ALTER TABLE practice_attempts ADD COLUMN recording_id TEXT REFERENCES recordings (id) ON DELETE SET NULL;
  ALTER TABLE practice_attempts ADD COLUMN spoken TEXT;
  `,
  // A practice take's question travels with its recorder session from the start (JSON: PracticeTake), so a
  // take saved after the tab crashed (recovered) still becomes its practice attempt.
  `
  ALTER TABLE live_sessions ADD COLUMN practice_attempt TEXT;
  `,
  // The kind of job as the user corrected it on the prep page, per company or application (scope_id, like the
  // drafts; it goes with them): field and track, each null while the guess from the role and history applies.
  `
  CREATE TABLE prep_job_kinds (
    scope_id TEXT PRIMARY KEY,
    field TEXT,
    track TEXT,
    updated_at TEXT NOT NULL
  );
  `,
];

export function runMigrations(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((row) => (row as { version: number }).version),
  );
  const newest = Math.max(0, ...applied);
  if (newest > MIGRATIONS.length) {
    throw new Error(
      `This data folder was written by a newer furikaeri (schema ${newest} > ${MIGRATIONS.length}). Update the app.`,
    );
  }
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (applied.has(version)) return;
    db.transaction(() => {
      // Another process (a CLI next to the running server) may have applied it meanwhile.
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(version)) return;
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        version,
        new Date().toISOString(),
      );
    }).immediate();
  });
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
