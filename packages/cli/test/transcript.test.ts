import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AnalysisReport, RecordingView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTone } from '../../server/test/support/audio-files';

const BIN = fileURLToPath(new URL('../bin/furikaeri.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../core/test/fixtures/interviews/', import.meta.url));
const run = promisify(execFile);

let home: string;
let files: string;

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-cli-tr-'));
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-cli-tr-files-'));
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
        FURIKAERI_PASSPHRASE: 'CLI の文字起こしテスト 2026',
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

type TranscriptJson = { transcript: { speakers: Array<{ label: string; role: string }> } };

describe('furikaeri transcript / analysis', () => {
  it('imports a transcript file into an event, analyses it, corrects a role and prints the review', async () => {
    const tone = writeTone(path.join(files, 'case.m4a'), { seconds: 2, codec: ['-c:a', 'aac'] });
    const imported = await furikaeri('import', tone, '--company', 'コンサル', '--type', 'interview', '--json');
    const { eventId } = JSON.parse(imported.stdout) as RecordingView;

    const result = await furikaeri('transcript', 'import', eventId, path.join(FIXTURES, '05-case-interview-srt.srt'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('面接官: interviewer');
    expect(result.stdout).toContain('自分: me');
    expect(result.stdout).toMatch(/q1 \[技術・ケース\] .*市場規模を推定してください/);

    const roles = await furikaeri('transcript', 'roles', eventId, '面接官=interviewer', '自分=unknown', '--json');
    const after = JSON.parse(roles.stdout) as { analysis: { report: AnalysisReport } };
    expect(after.analysis.report.questions.every((q) => q.answer === null)).toBe(true);
    await furikaeri('transcript', 'roles', eventId, '自分=me');

    const markdown = await furikaeri('analysis', eventId);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('# 振り返りレポート — コンサル');
    expect(markdown.stdout).toContain('## 質問と回答');
    expect((await furikaeri('analysis', eventId, '--lang', 'en')).stdout).toContain('## Questions and answers');
  });

  it('remembers the name given as me with --remember, so the next group transcript settles who I am', async () => {
    const group = (me: string) =>
      [
        '高橋 誠: 本日の面接を担当します高橋です。順番に自己紹介をお願いします。',
        '佐藤 花: 青葉大学の佐藤花です。テニスサークルで三年間朝練を続けました。',
        `${me}: 港北大学の佐藤一郎です。研究室でツールを作り、作業時間を週に五時間減らしました。`,
        'Murakami Sho: 東都大学の村上翔です。アルバイトで新人マニュアルを作り直しました。',
        '高橋 誠: 当社を志望する理由は何ですか。',
      ].join('\n');
    const importGroup = async (company: string, me: string, seconds: number) => {
      // Different lengths: the same audio twice would be recognised as a duplicate import.
      const tone = writeTone(path.join(files, `${company}.m4a`), { seconds, codec: ['-c:a', 'aac'] });
      const event = await furikaeri('import', tone, '--company', company, '--type', 'group_interview', '--json');
      const { eventId } = JSON.parse(event.stdout) as RecordingView;
      const file = path.join(files, `${company}.txt`);
      fs.writeFileSync(file, group(me));
      const imported = await furikaeri('transcript', 'import', eventId, file, '--json');
      return { eventId, speakers: (JSON.parse(imported.stdout) as TranscriptJson).transcript.speakers };
    };
    const first = await importGroup('名前一社', '佐藤 一郎', 3);
    expect(first.speakers.some((speaker) => speaker.role === 'me')).toBe(false);
    const roles = await furikaeri('transcript', 'roles', first.eventId, '佐藤 一郎=me', '--remember');
    expect(roles.code, roles.stderr).toBe(0);

    const second = await importGroup('名前二社', '佐藤一郎 (ゲスト)', 4);
    expect(second.speakers.find((speaker) => speaker.role === 'me')?.label).toBe('佐藤一郎 (ゲスト)');
  });

  it('refuses a malformed file with the line number and exit code 2', async () => {
    const bad = path.join(files, 'bad.vtt');
    fs.writeFileSync(bad, 'not a vtt\n');
    const listed = await furikaeri('list', '--json');
    const eventId = (JSON.parse(listed.stdout) as Array<{ id: string }>)[0]?.id ?? '';
    const result = await furikaeri('transcript', 'import', eventId, bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('1行目');
    // 100 000 levels of nesting: a sentence, not "Maximum call stack size exceeded".
    const deep = path.join(files, 'deep.json');
    fs.writeFileSync(deep, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const nested = await furikaeri('transcript', 'import', eventId, deep);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toContain('入れ子が深すぎます');
    expect(nested.stderr).not.toContain('Maximum call stack');
  });
});
