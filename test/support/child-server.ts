import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { untilListening } from './child-output';

const SCRIPT = fileURLToPath(new URL('./server-process.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServerOptions {
  passphrase: string;
  /** How long a session left open by a killed server waits for its page before it is recovered. */
  graceMs?: number;
  /** How long a session of a running server may hear nothing before it is recovered. */
  idleMs?: number;
}

export interface ChildServer {
  url: string;
  loginUrl: string;
  port: number;
  token: string;
  dataDir: string;
  readonly pid: number;
  /** SIGKILL: no handler runs, nothing is flushed, as a crash or `kill -9`. */
  kill9(): Promise<void>;
  /** Starts again on the same port and data folder; with `newToken`, the page's session cookie stops working. */
  restart(options?: { newToken?: boolean; graceMs?: number }): Promise<void>;
  dispose(): Promise<void>;
  /** As RunningServer's, so the API helpers take a child server too. */
  close(): Promise<void>;
}

interface Listening {
  url: string;
  loginUrl: string;
  port: number;
  token: string;
}

function launch(env: Record<string, string>): Promise<{ child: ChildProcess; listening: Listening }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return untilListening(child, (output) => {
    const line = output.split('\n')[0];
    return output.includes('\n') && line ? { child, listening: JSON.parse(line) as Listening } : null;
  });
}

/** A real server process over a temporary data folder, with the vault set up and unlocked. */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-child-'));
  const base = {
    FURIKAERI_TEST_DATA_DIR: dataDir,
    FURIKAERI_TEST_PASSPHRASE: options.passphrase,
    FURIKAERI_TEST_GRACE_MS: String(options.graceMs ?? 30_000),
    FURIKAERI_TEST_IDLE_MS: String(options.idleMs ?? 300_000),
  };
  let { child, listening } = await launch(base);
  const exited = (process: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (process.exitCode !== null || process.signalCode !== null) resolve();
      else process.once('exit', () => resolve());
    });
  const server: ChildServer = {
    ...listening,
    dataDir,
    get pid() {
      return child.pid ?? -1;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async restart(restartOptions = {}) {
      const started = await launch({
        ...base,
        FURIKAERI_TEST_PORT: String(server.port),
        FURIKAERI_TEST_TOKEN: restartOptions.newToken ? '' : server.token,
        ...(restartOptions.graceMs === undefined ? {} : { FURIKAERI_TEST_GRACE_MS: String(restartOptions.graceMs) }),
      });
      child = started.child;
      Object.assign(server, started.listening);
    },
    async dispose() {
      child.kill('SIGTERM');
      await exited(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    close() {
      return server.dispose();
    },
  };
  return server;
}
