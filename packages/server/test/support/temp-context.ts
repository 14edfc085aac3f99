import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type AppContext,
  type AppContextOptions,
  createAppContext,
  createLibrarySession,
  type SessionOptions,
} from '../../src/app-context';
import type { LibrarySession } from '../../src/vault/library-session';
import type { MasterKey } from '../../src/vault/master-key';
import { TEST_SCRYPT } from '../../src/vault/passphrase-kdf';
import { Vault } from '../../src/vault/vault';

export const TEST_PASSPHRASE = 'テスト用のパスフレーズ 2026';

export interface TempContext {
  ctx: AppContext;
  dataDir: string;
  masterKey: MasterKey;
  cleanup(): Promise<void>;
}

/** A real, encrypted app context (real SQLite file, real audio frames, real ffmpeg) in a fresh temp folder. */
export async function tempContext(options: Partial<AppContextOptions> = {}): Promise<TempContext> {
  const dataDir = tempDir('furikaeri-test-');
  const { masterKey } = await new Vault(dataDir, TEST_SCRYPT).create(TEST_PASSPHRASE);
  const ctx = createAppContext({ dataDir, masterKey, worker: { idlePollMs: 50, heartbeatMs: 50 }, ...options });
  return {
    ctx,
    dataDir,
    masterKey,
    async cleanup() {
      await ctx.close();
      masterKey.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function tempDir(prefix = 'furikaeri-files-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempSession {
  session: LibrarySession;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** A library session over a fresh temp folder; set it up or unlock it as the test needs. */
export function tempSession(options: Partial<SessionOptions> = {}): TempSession {
  const dataDir = tempDir('furikaeri-session-');
  const session = createLibrarySession({
    dataDir,
    scrypt: TEST_SCRYPT,
    failedUnlockDelayMs: 0,
    worker: { idlePollMs: 50, heartbeatMs: 50 },
    ...options,
  });
  return {
    session,
    dataDir,
    async cleanup() {
      await session.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Everything a stored stream holds, decrypted. */
export async function readStored(ctx: AppContext, recordingId: string, kind: 'original' | 'pcm'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.store.createReadStream(recordingId, kind)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
