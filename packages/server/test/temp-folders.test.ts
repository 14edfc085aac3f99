import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimTempFolder } from '../src/audio/temp-folders';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-tmp-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function leave(folder: string, file = 'audio.tmp'): string {
  fs.mkdirSync(path.join(root, folder), { recursive: true });
  const written = path.join(root, folder, file);
  fs.writeFileSync(written, 'plaintext');
  return written;
}

/** A pid that ran and has exited: nothing runs under it now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('per-process temp folders', () => {
  it('leaves the files of another process that still runs (a server beside a CLI command)', () => {
    const running = leave(`p${process.ppid}`);
    const own = claimTempFolder(root, process.pid);
    expect(fs.existsSync(running)).toBe(true);
    expect(own).toBe(path.join(root, `p${process.pid}`));
  });

  it('removes the folders of processes that died, and loose files of older versions', () => {
    const dead = leave(`p${deadPid()}`);
    const loose = path.join(root, 'c0ffee.tmp');
    fs.writeFileSync(loose, 'plaintext');
    claimTempFolder(root, process.pid);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(loose)).toBe(false);
  });

  it('removes a leftover under its own pid (reused from a process that is gone)', () => {
    const reused = leave(`p${process.pid}`);
    claimTempFolder(root, process.pid);
    expect(fs.existsSync(reused)).toBe(false);
  });

  it('works before the folder exists', () => {
    expect(claimTempFolder(path.join(root, 'absent'), 42)).toBe(path.join(root, 'absent', 'p42'));
  });
});
