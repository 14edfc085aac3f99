import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { EventDetail, EventSummary, RecordingView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamedWebm, writeText, writeTone } from '../../server/test/support/audio-files';

const BIN = fileURLToPath(new URL('../bin/furikaeri.mjs', import.meta.url));
const run = promisify(execFile);

let home: string;
let files: string;

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-cli-'));
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-cli-files-'));
});
afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(files, { recursive: true, force: true });
});

/** Runs the real `furikaeri` binary as a user would, with its own data folder. */
const PASSPHRASE = '面接の振り返り 2026 秋';

async function furikaeri(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return furikaeriWith({ FURIKAERI_PASSPHRASE: PASSPHRASE }, ...args);
}

async function furikaeriWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, FURIKAERI_HOME: home, FURIKAERI_LANG: 'ja', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('furikaeri CLI', () => {
  it('imports a file into a new interview event, then lists and shows it (--json for scripts)', async () => {
    const file = writeTone(path.join(files, '一次面接.m4a'), { seconds: 3, codec: ['-c:a', 'aac'] });
    const imported = await furikaeri(
      'import',
      file,
      '--company',
      '株式会社CLI',
      '--type',
      '面接',
      '--round',
      '1次',
      '--title',
      '技術面接\tオンライン',
      '--json',
    );
    expect(imported.code).toBe(0);
    const recording = JSON.parse(imported.stdout) as RecordingView;
    expect(recording).toMatchObject({ status: 'ready', originalName: '一次面接.m4a' });
    expect(recording.jobs.map((job) => job.status)).toEqual(['succeeded', 'unavailable']);
    expect(imported.stderr).toContain('取り込み');
    // The first command created the vault and showed the recovery key once.
    expect(imported.stderr).toMatch(/回復キー[^\n]*\n\n {4}[0-9A-Z]{4}(-[0-9A-Z]{4}){7}/);

    const listed = JSON.parse((await furikaeri('list', '--json')).stdout) as EventSummary[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      companyName: '株式会社CLI',
      type: 'interview',
      round: 'first',
      recordingCount: 1,
    });
    // The title is what tells two first-round interviews apart; one tab-separated cell, tab and all.
    const table = (await furikaeri('list')).stdout.trim().split('\n');
    expect(table).toHaveLength(1);
    expect(table[0]?.split('\t')).toEqual([
      recording.eventId,
      listed[0]?.date,
      '株式会社CLI',
      '1次面接',
      '技術面接 オンライン',
      '1 · 0:03',
    ]);

    const shown = JSON.parse((await furikaeri('show', recording.eventId, '--json')).stdout) as EventDetail;
    expect(shown.recordings[0]?.id).toBe(recording.id);
    const text = await furikaeri('show', recording.eventId);
    expect(text.stdout).toContain('1次面接 · 技術面接');
    expect(text.stdout).toContain('0:03');
  });

  it('reports bad input in words, exits non-zero, and leaves no empty event behind', async () => {
    const notAudio = await furikaeri(
      'import',
      writeText(path.join(files, 'memo.m4a'), 'text'),
      '--company',
      '株式会社CLI',
    );
    expect(notAudio.code).toBe(1);
    expect(notAudio.stderr).toContain('音声として読み込めない');
    // Refused only once decoded (a streamed WebM states no length): said in words, nothing kept.
    const blip = path.join(files, 'blip.webm');
    fs.writeFileSync(blip, streamedWebm(0.4));
    const tooShort = await furikaeri('import', blip, '--company', '株式会社CLI');
    expect(tooShort.code).toBe(1);
    expect(tooShort.stderr).toContain('録音が短すぎます');
    const missing = await furikaeri('import', path.join(files, 'nope.m4a'), '--company', 'X');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ファイルが見つかりません');
    const badRound = await furikaeri('import', path.join(files, '一次面接.m4a'), '--company', 'X', '--round', '9次');
    expect(badRound.code).toBe(2);
    const listed = JSON.parse((await furikaeri('list', '--json')).stdout) as EventSummary[];
    expect(listed).toHaveLength(1);
  });

  it('opens the vault from --passphrase-file, and refuses a wrong passphrase in words', async () => {
    const file = path.join(files, 'passphrase.txt');
    fs.writeFileSync(file, `${PASSPHRASE}\n`);
    const withFile = await furikaeriWith({ FURIKAERI_PASSPHRASE: '' }, 'list', '--passphrase-file', file, '--json');
    expect(withFile.code).toBe(0);
    expect(JSON.parse(withFile.stdout)).toHaveLength(1);
    const wrong = await furikaeriWith({ FURIKAERI_PASSPHRASE: 'まちがったパスフレーズ' }, 'list');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('パスフレーズが違います');
    expect(wrong.stdout).toBe('');
    const none = await furikaeriWith({ FURIKAERI_PASSPHRASE: '' }, 'list');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('FURIKAERI_PASSPHRASE');
  });

  it('stops quietly when the reader of its output goes away (`furikaeri list | head -1`)', async () => {
    for (const args of [['--help'], ['list'], ['list', '--json']]) {
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { ...process.env, FURIKAERI_HOME: home, FURIKAERI_LANG: 'ja', FURIKAERI_PASSPHRASE: PASSPHRASE },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // The reader is gone before the first line is written: every write meets a closed pipe (EPIPE).
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect([args.join(' '), stderr]).toEqual([args.join(' '), '']);
      expect(code).toBe(0);
    }
  });

  it('explains a damaged database or vault.json in words, with what to do', async () => {
    const otherHome = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-cli-damaged-'));
    try {
      const env = { FURIKAERI_HOME: otherHome, FURIKAERI_PASSPHRASE: PASSPHRASE };
      expect((await furikaeriWith(env, 'list')).code).toBe(0);
      const database = path.join(otherHome, 'furikaeri.db');
      const handle = fs.openSync(database, 'r+');
      fs.writeSync(handle, Buffer.alloc(100, 0x5a), 0, 100, 200);
      fs.closeSync(handle);
      const damaged = await furikaeriWith(env, 'list');
      expect(damaged.code).toBe(1);
      expect(damaged.stderr).toContain('furikaeri.db');
      expect(damaged.stderr).toContain('バックアップから');
      fs.writeFileSync(path.join(otherHome, 'vault.json'), '{"format":"furikaeri-vault",');
      const broken = await furikaeriWith(env, 'list');
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('vault.json');
      expect(broken.stderr).toContain('回復キー');
      expect(broken.stderr).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      fs.rmSync(otherHome, { recursive: true, force: true });
    }
  });

  it('prints usage for an unknown command', async () => {
    const result = await furikaeri('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('furikaeri import <file>');
  });
});
