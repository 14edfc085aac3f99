import fs from 'node:fs';
import path from 'node:path';

/** `tmp/p<pid>`: one folder per process that opens the library. */
const OWNED_FOLDER = /^p(\d{1,10})$/;

/**
 * The folder of this process' plaintext temp files (decrypted audio handed to ffmpeg), and the removal
 * of what processes that died left behind. A server and a CLI command may have the same library open at
 * once: each keeps to its own folder, so neither wipes a file the other is still reading — only the
 * folders of processes that no longer run (and loose files of older versions) are removed.
 */
export function claimTempFolder(tmpRoot: string, pid = process.pid): string {
  removeDeadTempFolders(tmpRoot, pid);
  return path.join(tmpRoot, `p${pid}`);
}

function removeDeadTempFolders(tmpRoot: string, ownPid: number): void {
  if (!fs.existsSync(tmpRoot)) return;
  for (const entry of fs.readdirSync(tmpRoot, { withFileTypes: true })) {
    const owner = OWNED_FOLDER.exec(entry.name);
    const ownerPid = owner && entry.isDirectory() ? Number(owner[1]) : null;
    // Our own pid's folder is a leftover too: a process that used this pid before us is gone.
    if (ownerPid !== null && ownerPid !== ownPid && isRunning(ownerPid)) continue;
    fs.rmSync(path.join(tmpRoot, entry.name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
