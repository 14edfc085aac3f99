import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interviewScript } from '../../server/test/speech/support/pipeline';
import { SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV } from '../../server/test/support/audio-files';

const BIN = fileURLToPath(new URL('../bin/furikaeri.mjs', import.meta.url));
const run = promisify(execFile);

/** A network namespace with no interface but a downed loopback: any connection attempt fails. Needs root. */
const NO_NETWORK_AVAILABLE = spawnSync('unshare', ['--net', 'true']).status === 0;

let home: string;
let files: string;

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-offline-'));
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-offline-files-'));
});
afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(files, { recursive: true, force: true });
});

describe.skipIf(!NO_NETWORK_AVAILABLE || !SHARED_FIXTURES_PRESENT)(
  'the whole pipeline without a network (skipped without `unshare --net` (root) or ../shared fixtures)',
  () => {
    it('imports, transcribes (fake recogniser) and analyses the interview inside a namespace with no route', async () => {
      const script = path.join(files, 'script.json');
      fs.writeFileSync(script, JSON.stringify(interviewScript()));
      const env = {
        ...process.env,
        FURIKAERI_HOME: home,
        FURIKAERI_LANG: 'en',
        FURIKAERI_PASSPHRASE: 'offline pipeline check 2026',
        FURIKAERI_FAKE_ASR: '1',
        FURIKAERI_FAKE_ASR_SCRIPT: script,
      };
      const offline = (...args: string[]) =>
        run('unshare', ['--net', process.execPath, BIN, ...args], { env, maxBuffer: 16 * 1024 * 1024 });
      const imported = await offline(
        'import',
        SHARED_INTERVIEW_WAV,
        '--company',
        'オフライン商事',
        '--type',
        'interview',
        '--round',
        '1次',
        '--consent',
        'granted',
      );
      expect(imported.stdout + imported.stderr).toMatch(/Analysis: Done/);
      const list = await offline('list', '--json');
      const [event] = JSON.parse(list.stdout) as { id: string }[];
      const report = await offline('analysis', event?.id ?? '', '--lang', 'en');
      expect(report.stdout).toContain('一番苦労したこと');
    }, 120_000);
  },
);
