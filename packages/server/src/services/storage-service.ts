import fs from 'node:fs';
import path from 'node:path';
import type { StorageReport } from '@furikaeri/core';
import { findPartialFiles } from '../audio/leftover-partials';
import type { Repositories } from '../repositories/repositories';

/** What is stored and how large, so the user can decide what to keep. */
export class StorageService {
  constructor(
    private readonly dataDir: string,
    private readonly repos: Repositories,
  ) {}

  report(): StorageReport {
    const databaseBytes = ['furikaeri.db', 'furikaeri.db-wal', 'furikaeri.db-shm']
      .map((name) => fileSize(path.join(this.dataDir, name)))
      .reduce((sum, size) => sum + size, 0);
    // Recordings whose audio retention deleted hold no audio any more: they are not storage.
    const withAudio = this.repos.recordings.list().filter((recording) => recording.audioDeletedAt === null);
    const recordings = withAudio.map((recording) => ({
      id: recording.id,
      eventId: recording.eventId,
      originalName: recording.originalName,
      storedBytes: folderSize(path.join(this.dataDir, 'audio', recording.id)),
      durationMs: recording.pcm?.durationMs ?? null,
    }));
    const audioBytes = recordings.reduce((sum, recording) => sum + recording.storedBytes, 0);
    const partials = findPartialFiles(path.join(this.dataDir, 'audio'));
    const unfinished = { files: partials.length, bytes: partials.reduce((sum, partial) => sum + partial.bytes, 0) };
    return {
      dataDir: this.dataDir,
      databaseBytes,
      audioBytes,
      unfinished,
      totalBytes: databaseBytes + audioBytes + unfinished.bytes,
      recordings,
    };
  }
}

function fileSize(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

/** What a recording holds once saved; its unfinished (`.partial`) files count under `unfinished`. */
function folderSize(dir: string): number {
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir).filter((entry) => !entry.endsWith('.partial')) : [];
  return entries.reduce((sum, entry) => sum + fileSize(path.join(dir, entry)), 0);
}
