import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type Clock,
  createLibrarySession,
  type LibrarySession,
  type ModelPullTracker,
  type RunningServer,
  startServer,
  TEST_SCRYPT,
} from '@furikaeri/server';

export interface TestServerOptions {
  /** Creates and unlocks the vault with this passphrase before the browser arrives; otherwise it is set up in the UI. */
  passphrase?: string;
  /** Speech models served from a local test release server instead of the user's models folder. */
  models?: ModelPullTracker;
  /** A clock the test moves forward (retention: "N days after the application ended"). */
  clock?: Clock;
}

export interface TestServer extends RunningServer {
  dataDir: string;
  session: LibrarySession;
  /** Stops the server, locks the library (closing its database) and removes the data directory. */
  dispose(): Promise<void>;
}

/** A real server on a free loopback port with an empty library in a temporary data directory. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-'));
  // The cheap scrypt of the server's own tests; no delay after a wrong passphrase.
  const session = createLibrarySession({
    dataDir,
    scrypt: TEST_SCRYPT,
    runWorker: true,
    failedUnlockDelayMs: 0,
    clock: options.clock,
  });
  const cleanUp = async () => {
    await session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  let server: RunningServer;
  try {
    if (options.passphrase) await session.setup(options.passphrase);
    server = await startServer(session, { port: 0, models: options.models });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    ...server,
    dataDir,
    session,
    async dispose() {
      await server.close();
      await cleanUp();
    },
  };
}
