import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { untilListening } from './child-output';

const BIN = fileURLToPath(new URL('../../packages/cli/bin/furikaeri.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliServe {
  child: ChildProcess;
  url: string;
  loginUrl: string;
  port: number;
  token: string;
  /** As RunningServer's (SIGTERM and wait), so the API helpers take it too. */
  close(): Promise<void>;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * The real `furikaeri serve` (the command a user runs) as a child process on a free port, opening the
 * library with FURIKAERI_PASSPHRASE (set up on first start). Resolves once it prints where it listens.
 */
export function startCliServe(home: string, passphrase: string): Promise<CliServe> {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-open', '--json'], {
    cwd: ROOT,
    env: { ...process.env, FURIKAERI_HOME: home, FURIKAERI_PASSPHRASE: passphrase, FURIKAERI_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return untilListening(child, (output) => {
    const listening = parsedOrNull(output);
    if (!listening) return null;
    const { url, loginUrl } = listening;
    const token = new URL(loginUrl).searchParams.get('token') ?? '';
    const close = async () => {
      child.kill('SIGTERM');
      await exited;
    };
    return { child, url, loginUrl, port: Number(new URL(url).port), token, close, exited };
  });
}

/** `--json` prints one pretty-printed object; it may arrive in pieces. */
function parsedOrNull(output: string): { url: string; loginUrl: string } | null {
  try {
    return JSON.parse(output) as { url: string; loginUrl: string };
  } catch {
    return null;
  }
}

/** Sends the signal and resolves with how long the process took to exit, or null if not within `capMs`. */
export async function timeToExit(serve: CliServe, signal: NodeJS.Signals, capMs: number): Promise<number | null> {
  const started = performance.now();
  serve.child.kill(signal);
  const cap = new Promise<'cap'>((resolve) => setTimeout(() => resolve('cap'), capMs).unref());
  const outcome = await Promise.race([serve.exited.then(() => 'exited' as const), cap]);
  if (outcome === 'exited') return performance.now() - started;
  serve.child.kill('SIGKILL');
  await serve.exited;
  return null;
}
