import { describe, expect, it } from 'vitest';
import { parseTranscriptFile } from '../../src/index';
import { parseError } from './parse-helpers';

describe('plain text import (話者: 発言)', () => {
  it('reads half- and full-width colons, continuation lines, and estimates times (flagged as estimated)', () => {
    const text =
      '面接官：自己紹介をお願いします。\n自分: はい。山田と申します。\n大学では情報工学を専攻しました。\n\n面接官: ありがとうございます。';
    const content = parseTranscriptFile('memo.txt', text);
    expect(content.source).toEqual({ kind: 'import', format: 'text', fileName: 'memo.txt', estimatedTiming: true });
    expect(content.segments.map((s) => [s.speaker, s.text])).toEqual([
      ['面接官', '自己紹介をお願いします。'],
      ['自分', 'はい。山田と申します。大学では情報工学を専攻しました。'],
      ['面接官', 'ありがとうございます。'],
    ]);
    const [first, second] = content.segments;
    expect(first?.startMs).toBe(0);
    expect(second && first && second.startMs > first.endMs).toBe(true);
  });

  it('does not take a colon inside speech for a speaker', () => {
    const content = parseTranscriptFile('m.txt', '自分: 理由は次の通りです。\nポイントは：まず設計です。');
    expect(content.segments).toHaveLength(1);
    expect(content.segments[0]?.text).toBe('理由は次の通りです。ポイントは：まず設計です。');
  });

  it('reads a Google Meet transcript document: preamble skipped, timestamp lines anchor times', () => {
    const text = [
      '一次面接 (2025-05-01) - 文字起こし',
      '出席者',
      '田中 花子, 山田 太郎',
      '文字起こし',
      '00:00:00',
      '田中 花子: 本日はよろしくお願いします。',
      '山田 太郎: よろしくお願いします。',
      '00:05:00',
      '田中 花子: 最後に何か質問はありますか。',
    ].join('\n');
    const content = parseTranscriptFile('transcript.txt', text);
    expect(content.segments.map((s) => s.speaker)).toEqual(['田中 花子', '山田 太郎', '田中 花子']);
    expect(content.segments[2]?.startMs).toBe(300_000);
  });

  it('reads per-line [hh:mm:ss] stamps', () => {
    const content = parseTranscriptFile('m.txt', '[00:00:10] A: はい\n[00:00:15] B: いいえ');
    expect(content.segments.map((s) => s.startMs)).toEqual([10_000, 15_000]);
  });

  it('refuses text without any speaker line, an empty speaker name, and time going backwards', () => {
    const none = parseError(() => parseTranscriptFile('m.txt', 'ただのメモです。\n話者がいません。'));
    expect(none.details).toMatchObject({ line: 1 });
    expect(none.userMessage.ja).toContain('話者: 発言');
    expect(parseError(() => parseTranscriptFile('m.txt', 'A: x\n: 名前なし')).details).toMatchObject({ line: 2 });
    expect(parseError(() => parseTranscriptFile('m.txt', '[00:01:00] A: x\n[00:00:30] B: y')).details).toMatchObject({
      line: 2,
    });
  });

  it('reads name lines with a time and the speech below (Teams Word export, Otter), skipping a date heading', () => {
    const text =
      '面接メモ\n2025年5月14日 14:00\n\n山田 太郎   0:03\n本日はよろしくお願いします。\n\nSpeaker 2  1:05\nThank you.\nGlad to be here.\n';
    const content = parseTranscriptFile('teams.txt', text);
    expect(content.segments.map((s) => [s.speaker, s.startMs, s.text])).toEqual([
      ['山田 太郎', 3000, '本日はよろしくお願いします。'],
      ['Speaker 2', 65_000, 'Thank you. Glad to be here.'],
    ]);
  });

  it('takes neither a time inside speech nor a heading such as 出席者 for a speaker', () => {
    const text =
      '出席者: 田中 花子, 山田 太郎\n田中 花子: 集合は10:30です。\n会議は 10:30 から\n山田 太郎: 承知しました。';
    const content = parseTranscriptFile('meet.txt', text);
    expect(content.speakers.map((s) => s.label)).toEqual(['田中 花子', '山田 太郎']);
    expect(content.segments[0]?.text).toBe('集合は10:30です。会議は 10:30 から');
  });
});
