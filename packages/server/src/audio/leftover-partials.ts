import fs from 'node:fs';
import path from 'node:path';

/** A writer's file until it commits (encrypted-audio-writer.ts renames it into place). */
const PARTIAL = '.partial';
const RECORDING_FOLDER = /^rec_[0-9a-z]{8,32}$/;

export interface PartialFile {
  recordingId: string;
  file: string;
  bytes: number;
}

/** Every uncommitted stream under `audio/`: uploads, imports and recordings in progress, or cut off by a crash. */
export function findPartialFiles(audioDir: string): PartialFile[] {
  return recordingFolders(audioDir).flatMap((recordingId) => {
    const folder = path.join(audioDir, recordingId);
    return fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(PARTIAL))
      .map((name) => {
        const file = path.join(folder, name);
        return { recordingId, file, bytes: fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0 };
      });
  });
}

export interface LeftoverOwners {
  /** The recording exists in the library (its own writers start again from scratch when they run again). */
  isRecording(recordingId: string): boolean;
  /** A live recording not yet saved: its journal (a partial file) is how it continues after a crash. */
  isOpenLiveRecording(recordingId: string): boolean;
  /** Drops the data key of a folder that belongs to nothing (an upload killed before it was saved). */
  forgetKey(recordingId: string): void;
}

/**
 * At start, before any job or upload runs: removes what writers cut off by a kill left behind — a folder
 * of an upload that never became a recording (with its key), and the partial files of existing
 * recordings. An open live recording keeps everything: it resumes from its journal.
 */
export function removeLeftoverPartials(audioDir: string, owners: LeftoverOwners): PartialFile[] {
  const removed: PartialFile[] = [];
  for (const partial of findPartialFiles(audioDir)) {
    if (owners.isOpenLiveRecording(partial.recordingId)) continue;
    fs.rmSync(partial.file, { force: true });
    removed.push(partial);
  }
  for (const recordingId of recordingFolders(audioDir)) {
    if (owners.isRecording(recordingId) || owners.isOpenLiveRecording(recordingId)) continue;
    owners.forgetKey(recordingId);
    fs.rmSync(path.join(audioDir, recordingId), { recursive: true, force: true });
  }
  return removed;
}

function recordingFolders(audioDir: string): string[] {
  if (!fs.existsSync(audioDir)) return [];
  return fs
    .readdirSync(audioDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && RECORDING_FOLDER.test(entry.name))
    .map((entry) => entry.name);
}
