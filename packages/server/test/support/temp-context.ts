import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppContext, type AppContextOptions, createAppContext } from '../../src/app-context';

export interface TempContext {
  ctx: AppContext;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** A real app context (real SQLite file, real audio files, real ffmpeg) in a fresh temp folder. */
export function tempContext(options: Partial<AppContextOptions> = {}): TempContext {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-test-'));
  const ctx = createAppContext({ dataDir, worker: { idlePollMs: 50, heartbeatMs: 50 }, ...options });
  return {
    ctx,
    dataDir,
    async cleanup() {
      await ctx.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function tempDir(prefix = 'furikaeri-files-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
