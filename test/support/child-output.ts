import type { ChildProcess } from 'node:child_process';

/**
 * Resolves once the child's stdout so far parses as where it listens (`parse` returns null until then);
 * rejects with its stderr when it exits first.
 */
export function untilListening<T>(child: ChildProcess, parse: (stdout: string) => T | null): Promise<T> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = parse(output);
      if (listening) resolve(listening);
    });
    child.once('exit', (code) => reject(new Error(`server process exited (${code}) before listening: ${errors}`)));
  });
}
