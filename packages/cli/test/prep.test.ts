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

  it('corrects the kind of job with --field / --track, keeps it, and words the round for it', async () => {
    const guessed = JSON.parse((await furikaeri('prep', '人材サービスA', '--json')).stdout) as PrepView;
    expect(guessed.jobChoice).toEqual({ field: null, track: null });
    const set = await furikaeri('prep', '人材サービスA', '--round', '2次', '--field', 'engineering');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/職種: エンジニア・技術職.*（設定あり）/);
    const kept = JSON.parse((await furikaeri('prep', '人材サービスA', '--round', '2次', '--json')).stdout) as PrepView;
    expect(kept.jobChoice).toEqual({ field: 'engineering', track: null });
    expect(kept.job.field).toBe('engineering');
    expect(kept.predictions.map((p) => p.topic)).toContain('round:technical');
    const back = await furikaeri('prep', '人材サービスA', '--field', 'auto', '--json');
    expect((JSON.parse(back.stdout) as PrepView).jobChoice).toEqual({ field: null, track: null });
    const wrong = await furikaeri('prep', '人材サービスA', '--field', 'astronaut');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('--field');
  });

  it('says what is wrong with an unknown company, exit code 1 or 2', async () => {
    const result = await furikaeri('prep', '存在しない会社');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('企業または応募が見つかりません');
  });
});
