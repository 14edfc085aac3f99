import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrepView, RecordingView } from '@furikaeri/core';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTone } from '../../server/test/support/audio-files';
import { cliProcess } from './support/cli-process';

const FIXTURES = fileURLToPath(new URL('../../core/test/fixtures/interviews/', import.meta.url));
const { furikaeri, files, cleanup } = cliProcess('prep', 'CLI の予測テスト 2026');
afterAll(cleanup);

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
