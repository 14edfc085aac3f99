import fs from 'node:fs';
import path from 'node:path';
import { missingFilesError, notRecognisedError, unknownModelError } from './model-errors';
import { findRegistryEntry } from './registry';
import type { RegistryArchive, RegistryEntry } from './registry-types';

/**
 * Which registry model an archive or folder the user already has is: by the archive's hash where one is
 * published, else by its published file name, else by the layout of the files inside.
 */

export interface ArchiveMatch {
  entry: RegistryEntry;
  /** The published packaging it is, when known (by hash or name); null when recognised by layout only. */
  packaging: RegistryArchive | null;
  /** True when the file's SHA-256 equals the packaging's published SHA-256. */
  hashMatched: boolean;
  /** Member paths inside a .tar.bz2, one per registry file (same order); empty for a single .onnx. */
  members: string[];
}

export function identifyArchive(input: {
  file: string;
  sha256: string;
  registry: readonly RegistryEntry[];
  as?: string;
  /** Lists a .tar.bz2's members; only called when neither the hash nor the name told which model it is. */
  listing?: string[];
}): ArchiveMatch | null {
  const candidates = input.as ? [requireEntry(input.as, input.registry)] : input.registry;
  const fileName = path.basename(input.file);
  for (const entry of candidates) {
    for (const packaging of packagingsOf(entry)) {
      if (packaging.sha256 !== null && packaging.sha256 === input.sha256) {
        return { entry, packaging, hashMatched: true, members: membersFor(entry, packaging.root) };
      }
    }
  }
  for (const entry of candidates) {
    const packaging = packagingsOf(entry).find((candidate) => candidate.fileName === fileName);
    if (packaging) return { entry, packaging, hashMatched: false, members: membersFor(entry, packaging.root) };
  }
  if (input.listing) {
    for (const entry of candidates) {
      const members = findMembers(entry, input.listing);
      if (members) return { entry, packaging: null, hashMatched: false, members };
    }
  }
  return null;
}

/** For a folder: the absolute path of each registry file (same order), found in it or in its published root. */
export function identifyDirectory(
  dir: string,
  registry: readonly RegistryEntry[],
  as?: string,
): { entry: RegistryEntry; paths: string[] } {
  if (as) {
    const entry = requireEntry(as, registry);
    const paths = filesIn(dir, entry);
    if (!paths) {
      const missing = entry.files.filter((file) => !isFile(path.join(dir, file.name))).map((file) => file.name);
      throw missingFilesError(entry.id, missing);
    }
    return { entry, paths };
  }
  for (const entry of registry) {
    const paths = filesIn(dir, entry);
    if (paths) return { entry, paths };
  }
  throw notRecognisedError(dir);
}

export function isTarball(file: string): boolean {
  return /\.(tar\.bz2|tbz2?)$/i.test(file);
}

function packagingsOf(entry: RegistryEntry): RegistryArchive[] {
  return [entry.archive, ...entry.alternates];
}

function membersFor(entry: RegistryEntry, root: string | null): string[] {
  return root === null ? [] : entry.files.map((file) => `${root}/${file.name}`);
}

/** Every registry file must appear in the listing under one common folder (or at the top). */
function findMembers(entry: RegistryEntry, listing: string[]): string[] | null {
  const clean = listing.map((name) => name.replace(/^\.\//, ''));
  const [first, ...rest] = entry.files;
  if (!first) return null;
  for (const candidate of clean) {
    if (path.posix.basename(candidate) !== first.name) continue;
    const folder = path.posix.dirname(candidate);
    const members = [candidate, ...rest.map((file) => (folder === '.' ? file.name : `${folder}/${file.name}`))];
    if (members.every((member) => clean.includes(member))) return members;
  }
  return null;
}

function filesIn(dir: string, entry: RegistryEntry): string[] | null {
  const folders = [
    dir,
    ...packagingsOf(entry).flatMap((packaging) => (packaging.root ? [path.join(dir, packaging.root)] : [])),
  ];
  for (const folder of folders) {
    const paths = entry.files.map((file) => path.join(folder, file.name));
    if (paths.every(isFile)) return paths;
  }
  return null;
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function requireEntry(id: string, registry: readonly RegistryEntry[]): RegistryEntry {
  const entry = findRegistryEntry(id, registry);
  if (!entry) throw unknownModelError(id);
  return entry;
}
