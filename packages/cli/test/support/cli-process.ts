import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const BIN = fileURLToPath(new URL('../../bin/furikaeri.mjs', import.meta.url));
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The real CLI as a child process on a data folder of its own (and a folder for input files), in Japanese,
 * with the passphrase in the environment as a script would give it.
 */
export function cliProcess(name: string, passphrase: string) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `furikaeri-cli-${name}-`));
  const files = fs.mkdtempSync(path.join(os.tmpdir(), `furikaeri-cli-${name}-files-`));
  return {
    files,
    async furikaeri(...args: string[]): Promise<CliResult> {
      try {
        const env = { ...process.env, FURIKAERI_HOME: home, FURIKAERI_LANG: 'ja', FURIKAERI_PASSPHRASE: passphrase };
        const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as CliResult;
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    },
    cleanup(): void {
      fs.rmSync(home, { recursive: true, force: true });
      fs.rmSync(files, { recursive: true, force: true });
    },
  };
}
