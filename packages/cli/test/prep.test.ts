import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { PrepView, RecordingView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTone } from '../../server/test/support/audio-files';

const BIN = fileURLToPath(new URL('../bin/furikaeri.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../core/test/fixtures/interviews/', import.meta.url));
const run = promisify(execFile);

let home: string;
let files: string;

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-cli-prep-'));
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-cli-prep-files-'));
});
afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(files, { recursive: true, force: true });
});

async function furikaeri(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: {
        ...process.env,
        FURIKAERI_HOME: home,
        FURIKAERI_LANG: 'ja',
        FURIKAERI_PASSPHRASE: 'CLI の予測テスト 2026',
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('furikaeri prep', () => {
  it('prints the predictions with kind, source event, moment and quote — as text and as JSON', async () => {
    const tone = writeTone(path.join(files, 'second.m4a'), { seconds: 2, codec: ['-c:a', 'aac'] });
    const imported = await furikaeri(
      'import',
      tone,
      '--company',
      '人材サービスA',
      '--type',
      'interview',
      '--round',
      '2次',
      '--json',
    );
    const { eventId } = JSON.parse(imported.stdout) as RecordingView;
    const transcript = await furikaeri(
      'transcript',
      'import',
      eventId,
      path.join(FIXTURES, '11-teams-second-round.vtt'),
    );
    expect(transcript.code, transcript.stderr).toBe(0);
    await furikaeri('transcript', 'roles', eventId, '石田 部長=interviewer', '木下 拓也=me');

    const text = await furikaeri('prep', '人材サービスA');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('# 人材サービスA — 最終面接');
    expect(text.stdout).toMatch(/p\d+\. \[follow_up\] /);
    expect(text.stdout).toMatch(new RegExp(`出典: ${eventId} \\S+ seg-\\d+.* @\\d+:\\d{2}「`));

    const json = await furikaeri('prep', '人材サービスA', '--json');
    const view = JSON.parse(json.stdout) as PrepView;
    expect(view.predictions.length).toBeGreaterThan(0);
    expect(view.predictions.length).toBeLessThanOrEqual(15);
    expect(view.predictions.find((p) => p.source)?.source?.eventId).toBe(eventId);
  });

  it('says what is wrong with an unknown company, exit code 1 or 2', async () => {
    const result = await furikaeri('prep', '存在しない会社');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('企業または応募が見つかりません');
  });
});
